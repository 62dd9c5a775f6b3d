/**
 * Fits a table's columns to the terminal width: takes the columns in order of priority, each
 * that still fits beside those taken before it (so a narrow column is not hidden only because a
 * wider, more important one was), then shares the spare width among the columns that grow, up to
 * their maximum. Pure, so a resize is just a new call.
 */

/** What the layout needs to know of a column. */
export interface ColumnSize {
  readonly width: number;
  readonly grow?: number;
  /** The most a growing column takes; unlimited when absent. */
  readonly max?: number;
  readonly priority: number;
}

/** A column that is shown: its index among the columns given, and its width. */
export interface PlacedColumn {
  readonly index: number;
  readonly width: number;
}

/** The columns shown, left to right, for a table `total` cells wide with `gap` cells between columns. */
export function layoutColumns(columns: readonly ColumnSize[], total: number, gap = 1): PlacedColumn[] {
  const widthOf = (indices: readonly number[]) => indices.reduce((sum, index) => sum + columns[index].width, 0) + gap * Math.max(indices.length - 1, 0);
  // Highest priority first; among equals, the leftmost.
  const byPriority = columns.map((_, index) => index).sort((a, b) => columns[b].priority - columns[a].priority || a - b);
  const taken: number[] = [];
  for (const index of byPriority) if (taken.length === 0 || widthOf([...taken, index]) <= total) taken.push(index);
  const shown = taken.sort((a, b) => a - b);
  const widths = shown.map((index) => columns[index].width);
  let spare = total - widthOf(shown);
  if (spare < 0) widths[0] = Math.max(1, widths[0] + spare);
  // Share the spare width among growing columns by their weights; a column that reaches its
  // maximum stops, and what it would have taken goes round again to the others.
  const limit = shown.map((index) => columns[index].max ?? Infinity);
  let growing = shown.map((index, i) => ((columns[index].grow ?? 0) > 0 && widths[i] < limit[i] ? i : -1)).filter((i) => i >= 0);
  while (spare > 0 && growing.length > 0) {
    const weight = growing.reduce((sum, i) => sum + (columns[shown[i]].grow ?? 0), 0);
    let given = 0;
    for (const i of growing) {
      const extra = Math.min(Math.floor((spare * (columns[shown[i]].grow ?? 0)) / weight), limit[i] - widths[i]);
      widths[i] += extra;
      given += extra;
    }
    if (given === 0) {
      // Rounding leftovers: one cell each, from the left.
      for (const i of growing) {
        if (spare - given === 0) break;
        widths[i]++;
        given++;
      }
    }
    spare -= given;
    growing = growing.filter((i) => widths[i] < limit[i]);
  }
  return shown.map((index, i) => ({ index, width: widths[i] }));
}
