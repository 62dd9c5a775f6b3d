/**
 * JavaScript's `String.prototype.trim` on UTF-8 bytes: the same characters (ASCII tab, line feed,
 * vertical tab, form feed, carriage return and space; no-break space; the Unicode space
 * separators; line and paragraph separators; the byte-order mark), so a field trimmed as bytes
 * decodes to exactly the string `.trim()` would give.
 */

/**
 * Whether `bytes[from .. to)` is not empty and has nothing to trim: its first and last bytes are
 * printable ASCII (most fields of an export), so no whitespace need be looked for.
 */
export function isPlainValue(bytes: Uint8Array, from: number, to: number): boolean {
  if (from >= to) return false;
  const first = bytes[from];
  const last = bytes[to - 1];
  return first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80;
}

/** Length in bytes of the whitespace character starting at `i` (0 when there is none). */
export function whitespaceAt(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i];
  if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) return 1;
  if (b < 0xc2) return 0;
  if (b === 0xc2) return i + 1 < end && bytes[i + 1] === 0xa0 ? 2 : 0;
  if (i + 2 >= end) return 0;
  const b1 = bytes[i + 1];
  const b2 = bytes[i + 2];
  return isThreeByteSpace(b, b1, b2) ? 3 : 0;
}

/** Length in bytes of the whitespace character ending just before `end` (0 when there is none). */
export function whitespaceBefore(bytes: Uint8Array, start: number, end: number): number {
  const b = bytes[end - 1];
  if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) return 1;
  if (b < 0x80) return 0;
  if (end - 2 >= start && bytes[end - 2] === 0xc2 && b === 0xa0) return 2;
  if (end - 3 >= start && isThreeByteSpace(bytes[end - 3], bytes[end - 2], b)) return 3;
  return 0;
}

function isThreeByteSpace(b0: number, b1: number, b2: number): boolean {
  switch (b0) {
    case 0xe1:
      return b1 === 0x9a && b2 === 0x80; // U+1680
    case 0xe2:
      if (b1 === 0x80) return (b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf; // U+2000–200A, 2028, 2029, 202F
      return b1 === 0x81 && b2 === 0x9f; // U+205F
    case 0xe3:
      return b1 === 0x80 && b2 === 0x80; // U+3000
    case 0xef:
      return b1 === 0xbb && b2 === 0xbf; // U+FEFF
    default:
      return false;
  }
}
