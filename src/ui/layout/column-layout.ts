/**
 * Fits a table's columns to the terminal width: hides the columns of lowest priority until the
 * rest fit at their widths, then shares the spare width among the columns that grow, up to their
 * maximum. Pure, so a resize is just a new call.
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
  const shown = columns.map((_, index) => index);
  const needed = () => shown.reduce((sum, index) => sum + columns[index].width, 0) + gap * Math.max(shown.length - 1, 0);
  while (shown.length > 1 && needed() > total) {
    // The lowest priority goes first; among equals, the rightmost.
    let drop = 0;
    for (let i = 1; i < shown.length; i++) if (columns[shown[i]].priority <= columns[shown[drop]].priority) drop = i;
    shown.splice(drop, 1);
  }
  const widths = shown.map((index) => columns[index].width);
  let spare = total - needed();
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
