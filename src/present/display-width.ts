/**
 * How many terminal cells text takes, counted as terminals count them (wcwidth, per code point):
 * a combining mark or format character takes none (so "é" written as e + accent is one cell), a
 * wide character of an East Asian script, a fullwidth form or an emoji takes two, anything else
 * one (including the spacing vowel signs of Indic scripts, which terminals draw as a cell each).
 * Text is only ever cut between user-perceived characters (grapheme clusters). The dashboard's
 * tables and wrapping, and the comparison's text tables, count in these cells, so rows with
 * Chinese or Hindi names stay aligned.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Code point ranges drawn two cells wide (Unicode East Asian Width W and F, main blocks). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f], // CJK compatibility forms, small forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x20000, 0x3fffd], // CJK extensions B onwards
];

function isWide(codePoint: number): boolean {
  let low = 0;
  let high = WIDE.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = WIDE[middle];
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

/** Marks that combine with the character before, and invisible format characters (joiners, selectors). */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u1160-\u11FF]$/u;

/** Cells one code point takes: 0 for control, combining and format characters, 2 for wide ones, else 1. */
export function codePointWidth(codePoint: number): number {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  if (isWide(codePoint)) return 2;
  return ZERO_WIDTH.test(String.fromCodePoint(codePoint)) ? 0 : 1;
}

/** Cells one grapheme cluster takes: the sum over its code points. */
export function graphemeWidth(grapheme: string): number {
  let cells = 0;
  for (const character of grapheme) cells += codePointWidth(character.codePointAt(0)!);
  return cells;
}

/** The graphemes of `text`, in order. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), ({ segment }) => segment);
}

/** Cells `text` takes in a terminal. */
export function displayWidth(text: string): number {
  let cells = 0;
  for (const character of text) cells += codePointWidth(character.codePointAt(0)!);
  return cells;
}

/** The longest start of `text` that fits in `cells`. */
export function sliceToWidth(text: string, cells: number): string {
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const width = graphemeWidth(segment);
    if (used + width > cells) break;
    out += segment;
    used += width;
  }
  return out;
}

/** The longest end of `text` that fits in `cells`. */
export function sliceEndToWidth(text: string, cells: number): string {
  const parts = graphemes(text);
  let start = parts.length;
  let used = 0;
  while (start > 0 && used + graphemeWidth(parts[start - 1]) <= cells) used += graphemeWidth(parts[--start]);
  return parts.slice(start).join('');
}
