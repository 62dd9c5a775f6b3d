/**
 * Word wrapping for the detail views, which must know how many lines their text takes in order
 * to scroll. Widths are terminal cells (present/display-width.ts).
 */
import { displayWidth, sliceToWidth } from '../../present/display-width.js';

/**
 * Breaks `text` into lines at most `width` cells wide at spaces; a word longer than a line is
 * cut. Every line after the first starts with `indent` spaces (a hanging indent).
 */
export function wrapText(text: string, width: number, indent = 0): string[] {
  const lines: string[] = [];
  const words = text.split(/\s+/).filter(Boolean);
  const pad = ' '.repeat(Math.min(indent, Math.max(width - 1, 0)));
  let line = '';
  let length = 0;
  const room = () => width - (lines.length === 0 ? 0 : pad.length);
  const push = (content: string) => lines.push(lines.length === 0 ? content : pad + content);
  for (let word of words) {
    let wordWidth = displayWidth(word);
    if (length > 0 && length + 1 + wordWidth <= room()) {
      line += ` ${word}`;
      length += 1 + wordWidth;
      continue;
    }
    if (length > 0) push(line);
    line = '';
    length = 0;
    while (wordWidth > room()) {
      // At least one character per line, even when it is wider than the line.
      const part = sliceToWidth(word, Math.max(room(), 1)) || [...word][0];
      push(part);
      word = word.slice(part.length);
      wordWidth = displayWidth(word);
    }
    line = word;
    length = wordWidth;
  }
  if (length > 0 || lines.length === 0) push(line);
  return lines;
}
