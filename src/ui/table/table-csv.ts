/**
 * A table as CSV: every column of the tab (not only those that fit the terminal) but those shown
 * only on screen, the rows given,
 * through formatCsv so spreadsheet formulas are neutralised.
 */
import { formatCsv } from '../../present/csv.js';
import type { AnyTab, TabContext } from '../tabs/tab-definition.js';

/** The rows as CSV text with a header of column ids. */
export function tableCsv(tab: AnyTab, context: TabContext, rows: readonly unknown[]): string {
  const columns = tab.columns.filter((column) => !column.screenOnly);
  return formatCsv(
    columns.map((column) => column.id),
    rows.map((row) => columns.map((column) => column.value(row, context))),
  );
}
