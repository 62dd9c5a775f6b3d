/**
 * Text folded for sorting and searching, so that a name is found as it is typed on an English
 * keyboard: lower case, accents removed ("Lucía" → "lucia"), the Latin letters that carry no
 * separable accent spelt as they are usually written without it ("Małgorzata" → "malgorzata",
 * "Bjørnstad" → "bjornstad", "Straße" → "strasse"), and punctuation left out ("O'Neill" →
 * "oneill", "Anne-Marie" → "annemarie").
 */

/** Letters that Unicode does not decompose into a base letter and a mark, in lower case. */
const SPELT_OUT: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};
const SPELT_OUT_LETTERS = new RegExp(`[${Object.keys(SPELT_OUT).join('')}]`, 'gu');

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{M}\p{P}]/gu, '')
    .replace(SPELT_OUT_LETTERS, (letter) => SPELT_OUT[letter]);
}
