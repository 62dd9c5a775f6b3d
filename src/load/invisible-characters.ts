/**
 * Characters that show as nothing: zero-width spaces and joiners, direction marks, embeddings and
 * isolates, the word joiner and invisible operators, a byte-order mark inside text, and the soft
 * hyphen. Pasted from a web page, a chat or a document, they ride along in ids ("\u200bP03") that
 * then look exactly like the id they fail to match.
 */
const INVISIBLE = '\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff';

/** Every invisible character of a text (a global pattern, for `replace`). */
export const INVISIBLE_CHARACTERS = new RegExp(`[${INVISIBLE}]`, 'g');
const ANY_INVISIBLE = new RegExp(`[${INVISIBLE}]`);

/** Whether `text` holds an invisible character. */
export function hasInvisible(text: string): boolean {
  return ANY_INVISIBLE.test(text);
}

/** `text` without its invisible characters. */
export function withoutInvisible(text: string): string {
  return hasInvisible(text) ? text.replace(INVISIBLE_CHARACTERS, '') : text;
}
