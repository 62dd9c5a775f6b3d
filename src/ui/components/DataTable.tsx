/**
 * A tab's table: the columns that fit the width, a header, and the rows in the window from
 * `top`, with the selected row marked by a pointer (and highlighted where colour is on).
 */
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { layoutColumns } from '../layout/column-layout.js';
import { displayWidth } from '../../present/display-width.js';
import { fitText } from '../layout/fit-text.js';
import type { AnyTab, TabContext } from '../tabs/tab-definition.js';

/** Cells taken by the pointer before each row. */
const POINTER_WIDTH = 2;

export interface DataTableProps {
  readonly tab: AnyTab;
  readonly context: TabContext;
  /** Every row of the table as sorted and filtered; only the window is drawn. */
  readonly rows: readonly unknown[];
  readonly selected: number;
  readonly top: number;
  /** Rows that fit under the header. */
  readonly page: number;
  readonly width: number;
  /** Shown when there are no rows. */
  readonly emptyText: string;
  /** The id of the column the rows are sorted by. */
  readonly sortedBy?: string;
}

export function DataTable({ tab, context, rows, selected, top, page, width, emptyText, sortedBy }: DataTableProps) {
  const textOf = (column: AnyTab['columns'][number], row: unknown) => (column.text ? column.text(row, context) : String(column.value(row, context) ?? ''));
  // Over every row, not just those in view, so columns do not come and go or change width while
  // scrolling; once per table, not per key that moves the selection. A column that tells the rows
  // apart, or that they are sorted by, is hidden only after every other but the first: a sort
  // whose column is hidden would order the rows by nothing on screen.
  const columns = useMemo(() => {
    const needed = Math.max(...tab.columns.map((column) => column.priority)) - 0.5;
    const isNeeded = (column: AnyTab['columns'][number]) => column.id === sortedBy || (column.neededBy !== undefined && rows.some((row) => column.neededBy!(row, context)));
    return tab.columns
      .map((column, index) => ({
        column: {
          ...column,
          width: column.fitContent ? contentWidth(column, rows, textOf) : column.width,
          priority: isNeeded(column) ? Math.max(needed, column.priority) : column.priority,
        },
        index,
      }))
      .filter(({ column }) => !column.hideWhenEmpty || rows.some((row) => textOf(column, row) !== ''));
    // textOf reads only tab and context.
  }, [tab, context, rows, sortedBy]);
  const placed = layoutColumns(columns.map(({ column }) => column), width - POINTER_WIDTH).map((place) => ({ ...place, index: columns[place.index].index }));
  const cells = (text: (index: number) => string) => placed.map(({ index, width: w }) => fitText(text(index), w, tab.columns[index].align));
  const header = cells((index) => tab.columns[index].title);
  if (rows.length === 0) {
    return (
      <Box flexDirection="column" height={page + 1}>
        <Text dimColor>{emptyText}</Text>
      </Box>
    );
  }
  const window = rows.slice(top, top + page);
  return (
    <Box flexDirection="column" height={page + 1}>
      <Text bold wrap="truncate-end">
        {' '.repeat(POINTER_WIDTH)}
        {header.join(' ')}
      </Text>
      {window.map((row, i) => {
        const isSelected = top + i === selected;
        return (
          <Text key={tab.key(row)} wrap="truncate-end" inverse={isSelected}>
            {isSelected ? '› ' : '  '}
            {placed.map(({ index, width: w, narrow }, j) => {
              const column = tab.columns[index];
              return (
                <Text key={column.id} color={column.colour?.(row, context)}>
                  {j > 0 ? ' ' : ''}
                  {fitText(narrow && column.narrow?.text ? column.narrow.text(row, context) : textOf(column, row), w, column.align, column.cut, column.pairedBy)}
                </Text>
              );
            })}
          </Text>
        );
      })}
    </Box>
  );
}

/** A fitted column's width: its longest text or title, at least its width and at most its max. */
function contentWidth(column: AnyTab['columns'][number], rows: readonly unknown[], textOf: (column: AnyTab['columns'][number], row: unknown) => string): number {
  let longest = displayWidth(column.title);
  for (const row of rows) longest = Math.max(longest, displayWidth(textOf(column, row)));
  return Math.min(Math.max(longest, column.width), column.max ?? Infinity);
}
