/** Labels cut to fit a drawing. */

/** At most `length` characters (code points, so no emoji or CJK character is split), with an ellipsis when cut. */
export function shorten(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join('')}…`;
}
