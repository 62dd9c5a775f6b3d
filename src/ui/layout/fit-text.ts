/**
 * Fits text into a table cell: padded to the width, or cut with an ellipsis when longer, so a
 * row is one line and its columns stay aligned whatever the names in it. Widths are terminal
 * cells (display-width.ts).
 */
import { displayWidth, sliceToWidth } from './display-width.js';

/** `text` exactly `width` cells wide, aligned left or right; cut with "…" when too long. */
export function fitText(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  if (width <= 0) return '';
  const flat = text.replace(/\s+/g, ' ');
  const cells = displayWidth(flat);
  if (cells <= width) return align === 'right' ? ' '.repeat(width - cells) + flat : flat + ' '.repeat(width - cells);
  const cut = `${sliceToWidth(flat, width - 1)}…`;
  // A wide character that did not fit leaves a cell over: pad it.
  return cut + ' '.repeat(width - displayWidth(cut));
}
