/** Labels cut to fit a drawing. */

/**
 * At most `length` characters (code points, so no emoji or CJK character is split), with an
 * ellipsis when cut: at the end, or in the middle for team names, whose ends tell apart the teams
 * of one department ("Revenues and Be…Casework", "Revenues a…Commissioning"). The end kept
 * starts at a word where it can, the most last words that fit in two thirds of the room, else it
 * is half the room ("…mmissioning").
 */
export function shorten(text: string, length: number, at: 'end' | 'middle' = 'end'): string {
  const characters = [...text];
  if (characters.length <= length) return text;
  const kept = length - 1;
  if (at === 'end' || kept < 6) return `${characters.slice(0, kept).join('')}…`;
  const tailLength = wordTails(characters).filter((tail) => tail <= Math.floor((2 * kept) / 3)).at(-1) ?? Math.floor(kept / 2);
  const head = characters.slice(0, kept - tailLength).join('').trimEnd();
  const tail = characters.slice(characters.length - tailLength).join('').trimStart();
  return `${head}…${tail}`;
}

/** The lengths of the runs of last whole words, shortest first. */
function wordTails(characters: readonly string[]): number[] {
  const tails: number[] = [];
  for (let start = characters.length - 1; start > 0; start--) {
    if (characters[start - 1] === ' ' && characters[start] !== ' ') tails.push(characters.length - start);
  }
  return tails;
}
