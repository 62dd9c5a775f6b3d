/**
 * Fits text into a table cell: padded to the width, or cut with an ellipsis when longer, so a
 * row is one line and its columns stay aligned whatever the names in it. Widths are terminal
 * cells (present/display-width.ts).
 */
import { keptEndWidth } from '../../present/kept-end.js';
import { displayWidth, graphemes, graphemeWidth, sliceEndToWidth, sliceToWidth } from '../../present/display-width.js';

/**
 * Where a long text loses cells: at its end, or in its middle, for names that share a long start
 * and differ at the end ("Revenues and Benefits Casework" and "… Commissioning"), keeping the end
 * from a word where it can, as the report's drawings do (keptEndWidth).
 */
export type Cut = 'end' | 'middle';

/** `text` exactly `width` cells wide, aligned left or right; cut with "…" when too long. */
export function fitText(text: string, width: number, align: 'left' | 'right' = 'left', at: Cut = 'end'): string {
  if (width <= 0) return '';
  const flat = text.replace(/\s+/g, ' ');
  const cells = displayWidth(flat);
  if (cells <= width) return align === 'right' ? ' '.repeat(width - cells) + flat : flat + ' '.repeat(width - cells);
  const kept = width - 1;
  const cut = at === 'middle' && kept >= 6 ? cutMiddle(flat, kept) : `${sliceToWidth(flat, kept)}…`;
  // A wide character that did not fit leaves a cell over: pad it.
  return cut + ' '.repeat(width - displayWidth(cut));
}

/** `kept` cells of `text`: its start, "…", and its end (as many last words as keptEndWidth allows). */
function cutMiddle(text: string, kept: number): string {
  const end = sliceEndToWidth(text, keptEndWidth(graphemes(text), kept, graphemeWidth));
  return `${sliceToWidth(text, kept - displayWidth(end)).trimEnd()}…${end.trimStart()}`;
}
