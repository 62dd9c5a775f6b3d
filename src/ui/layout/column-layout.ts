/**
 * Fits a table's columns to the terminal width: takes the columns in order of priority, each
 * that still fits beside those taken before it (so a narrow column is not hidden only because a
 * wider, more important one was), then shares the spare width among the columns that grow, up to
 * their maximum. A column with a narrow form (a shorter text) is taken in that form at its
 * priority and widened to its full width at a lower one, so that a terminal too narrow for its
 * full text still shows it, while a wide one does not give its full text up for a lesser column.
 * Pure, so a resize is just a new call.
 */

/** What the layout needs to know of a column. */
export interface ColumnSize {
  readonly width: number;
  readonly grow?: number;
  /** The most a growing column takes; unlimited when absent. */
  readonly max?: number;
  readonly priority: number;
  /** A narrower form of the column, and the priority (below `priority`) at which it widens to `width`. */
  readonly narrow?: { readonly width: number; readonly widenPriority: number };
}

/** A column that is shown: its index among the columns given, and its width. */
export interface PlacedColumn {
  readonly index: number;
  readonly width: number;
  /** Shown in its narrow form. */
  readonly narrow?: true;
}

/** The columns shown, left to right, for a table `total` cells wide with `gap` cells between columns. */
export function layoutColumns(columns: readonly ColumnSize[], total: number, gap = 1): PlacedColumn[] {
  // Each column taken in its narrow form or whole, then widened; highest priority first, among
  // equals the leftmost, a column before its widening.
  const steps = columns.flatMap((column, index) =>
    column.narrow
      ? [
          { index, cells: column.narrow.width, priority: column.priority, widen: false },
          { index, cells: column.width - column.narrow.width, priority: Math.min(column.narrow.widenPriority, column.priority), widen: true },
        ]
      : [{ index, cells: column.width, priority: column.priority, widen: false }],
  );
  steps.sort((a, b) => b.priority - a.priority || a.index - b.index || Number(a.widen) - Number(b.widen));
  const taken = new Map<number, number>();
  const narrow = new Set<number>();
  let used = 0;
  for (const { index, cells, widen } of steps) {
    if (widen) {
      if (narrow.has(index) && used + cells <= total) {
        taken.set(index, taken.get(index)! + cells);
        narrow.delete(index);
        used += cells;
      }
    } else if (taken.size === 0 || used + gap + cells <= total) {
      used += (taken.size === 0 ? 0 : gap) + cells;
      taken.set(index, cells);
      if (columns[index].narrow) narrow.add(index);
    }
  }
  const shown = [...taken.keys()].sort((a, b) => a - b);
  const widths = shown.map((index) => taken.get(index)!);
  let spare = total - used;
  if (spare < 0) widths[0] = Math.max(1, widths[0] + spare);
  // Share the spare width among growing columns by their weights; a column that reaches its
  // maximum stops, and what it would have taken goes round again to the others.
  const limit = shown.map((index) => columns[index].max ?? Infinity);
  // A column in its narrow form does not grow: its text is short, or it widens only at its widen priority.
  let growing = shown.map((index, i) => ((columns[index].grow ?? 0) > 0 && !narrow.has(index) && widths[i] < limit[i] ? i : -1)).filter((i) => i >= 0);
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
  return shown.map((index, i) => ({ index, width: widths[i], ...(narrow.has(index) ? { narrow: true as const } : {}) }));
}
