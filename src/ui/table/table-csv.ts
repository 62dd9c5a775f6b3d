/**
 * A table as CSV: every column of the tab (not only those that fit the terminal), the rows given,
 * through formatCsv so spreadsheet formulas are neutralised.
 */
import { formatCsv } from '../../present/csv.js';
import type { AnyTab, TabContext } from '../tabs/tab-definition.js';

/** The rows as CSV text with a header of column ids. */
export function tableCsv(tab: AnyTab, context: TabContext, rows: readonly unknown[]): string {
  return formatCsv(
    tab.columns.map((column) => column.id),
    rows.map((row) => tab.columns.map((column) => column.value(row, context))),
  );
}
