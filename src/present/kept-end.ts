/**
 * How much of a name's end a cut in the middle keeps, shared by the report's drawings (shorten)
 * and the dashboard's tables (fitText), so both cut a team's name alike: the end tells apart the
 * teams of one department ("Adult Learning 2 Assessment", "Adult Learning 3 Assessment").
 */

/**
 * The width of the end to keep, of `room` units: the most last whole words that fit in two thirds
 * of the room, else half the room. `parts` are the name's characters, `widthOf` the units each takes.
 */
export function keptEndWidth(parts: readonly string[], room: number, widthOf: (part: string) => number): number {
  const most = Math.floor((2 * room) / 3);
  let best: number | undefined;
  let width = 0;
  for (let start = parts.length - 1; start > 0; start--) {
    width += widthOf(parts[start]);
    if (width > most) break;
    if (parts[start - 1] === ' ' && parts[start] !== ' ') best = width;
  }
  return best ?? Math.floor(room / 2);
}
