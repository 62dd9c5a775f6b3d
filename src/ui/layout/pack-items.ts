/**
 * Packs short items (header figures, measure name–value pairs) into as few lines as fit the
 * width, in order, with a separator between items on a line.
 */
import { displayWidth } from '../../present/display-width.js';

/** Groups `items` into lines no wider than `width` when joined by `separator`. An item wider than a line gets a line of its own. */
export function packItems<Item>(items: readonly Item[], width: number, text: (item: Item) => string, separator: string): Item[][] {
  const lines: Item[][] = [];
  let line: Item[] = [];
  let length = 0;
  for (const item of items) {
    const itemLength = displayWidth(text(item));
    const added = line.length === 0 ? itemLength : length + displayWidth(separator) + itemLength;
    if (line.length > 0 && added > width) {
      lines.push(line);
      line = [item];
      length = itemLength;
    } else {
      line.push(item);
      length = added;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
