/**
 * Fits a message into one line without cutting a word: its first words say what happened and its
 * last word where (an export's file), so a cut never splits a word ("minimum gr…p size") into
 * something that reads as another. A path as the last word gives up its folders first, from the
 * left and whole ("…/exports/nodefinder-people.csv"), then words go from the middle of the
 * message. Widths are terminal cells.
 */
import { displayWidth, sliceEndToWidth } from '../../present/display-width.js';

/** `text` in at most `width` cells: whole, or its words with the last one's folders left out, or its first words, " … " and the last. */
export function cutBetweenWords(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const words = text.split(' ');
  const last = words.at(-1)!;
  const head = words.slice(0, -1);
  const whole = head.length > 0 ? pathEnd(last, width - displayWidth(head.join(' ')) - 1) : undefined;
  if (whole !== undefined) return `${head.join(' ')} ${whole}`;
  // The file without its folders, "…/c.csv".
  const end = last.lastIndexOf('/') > 0 ? `…${last.slice(last.lastIndexOf('/'))}` : last;
  // An end too long for the line: the end of the text, which names the file.
  if (head.length === 0 || displayWidth(end) + 2 > width) return `…${sliceEndToWidth(text, Math.max(width - 1, 0))}`;
  let start = '';
  for (const word of head) {
    const longer = start === '' ? word : `${start} ${word}`;
    if (displayWidth(longer) + 3 + displayWidth(end) > width) break;
    start = longer;
  }
  return start === '' ? `… ${end}` : `${start} … ${end}`;
}

/** `word` in at most `room` cells, whole or leaving out whole folders from its start ("…/b/c.csv"); undefined when neither fits. */
function pathEnd(word: string, room: number): string | undefined {
  if (displayWidth(word) <= room) return word;
  for (let at = word.indexOf('/', 1); at >= 0; at = word.indexOf('/', at + 1)) {
    const end = `…${word.slice(at)}`;
    if (displayWidth(end) <= room) return end;
  }
  return undefined;
}
