/** Labels cut to fit a drawing. */
import { keptEndWidth } from '../kept-end.js';

/**
 * At most `length` characters (code points, so no emoji or CJK character is split), with an
 * ellipsis when cut: at the end, or in the middle for team names, whose ends tell apart the teams
 * of one department ("Revenues and Be…Casework", "Revenues a…Commissioning"). The end kept
 * starts at a word where it can (keptEndWidth).
 */
export function shorten(text: string, length: number, at: 'end' | 'middle' = 'end'): string {
  const characters = [...text];
  if (characters.length <= length) return text;
  const kept = length - 1;
  if (at === 'end' || kept < 6) return `${characters.slice(0, kept).join('')}…`;
  const tailLength = keptEndWidth(characters, kept, () => 1);
  const head = characters.slice(0, kept - tailLength).join('').trimEnd();
  const tail = characters.slice(characters.length - tailLength).join('').trimStart();
  return `${head}…${tail}`;
}
