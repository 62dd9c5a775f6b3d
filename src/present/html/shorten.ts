/** Labels cut to fit a drawing. */

/**
 * At most `length` characters (code points, so no emoji or CJK character is split), with an
 * ellipsis when cut: at the end, or in the middle for team names, whose ends tell apart the teams
 * of one department ("Revenues and…Casework", "Revenues and…Commissioning").
 */
export function shorten(text: string, length: number, at: 'end' | 'middle' = 'end'): string {
  const characters = [...text];
  if (characters.length <= length) return text;
  const kept = length - 1;
  if (at === 'end' || kept < 6) return `${characters.slice(0, kept).join('')}…`;
  const head = characters.slice(0, Math.ceil(kept / 2)).join('').trimEnd();
  const tail = characters.slice(characters.length - Math.floor(kept / 2)).join('').trimStart();
  return `${head}…${tail}`;
}
