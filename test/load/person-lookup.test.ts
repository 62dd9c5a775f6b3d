/**
 * PersonLookup finds a person from the bytes of their id as they sit in a file's buffer. The row
 * reader falls back to decoding when it finds nobody, so a wrong byte table would only show as
 * slowness there: these tests ask the table itself.
 */
import { describe, expect, it } from 'vitest';
import { PersonLookup, textFinder } from '../../src/load/person-lookup.js';

/** Looks `id` up with its bytes placed inside other bytes. */
function find(lookup: PersonLookup, id: string): number {
  const bytes = Buffer.concat([Buffer.from('x,'), Buffer.from(id, 'utf8'), Buffer.from(',y')]);
  return lookup.find(bytes, 2, bytes.length - 2);
}

describe('PersonLookup', () => {
  it('finds every id of an ASCII staff list, and nobody for ids it does not hold', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `P${String(i).padStart(6, '0')}`);
    const lookup = PersonLookup.fromIndex(new Map(ids.map((id, i) => [id, i])));
    ids.forEach((id, i) => expect(find(lookup, id)).toBe(i));
    for (const stranger of ['P005000', 'P00000', 'P0000000', '', 'p000001']) expect(find(lookup, stranger)).toBe(-1);
  });

  it('finds ids with multi-byte characters wherever they sit in the list, with the index the map gives', () => {
    const ids = ['Åsa', 'a1', '李雷', 'b2', 'Zoë-7', 'c3', '\u{1F600}x', 'd4', 'e\uFFFD'];
    // Indices not in list order, as a caller's map may hold them.
    const index = new Map(ids.map((id, i) => [id, (i * 5) % ids.length]));
    const lookup = PersonLookup.fromIndex(index);
    for (const id of ids) expect(find(lookup, id), id).toBe(index.get(id));
    expect(find(lookup, 'Asa')).toBe(-1);
    expect(find(lookup, '李')).toBe(-1);
  });

  it('finds ids of every length, held in their bucket (up to 8 bytes) or by their bytes (longer)', () => {
    // Ids of 1 to 24 bytes that share their first 4 or 8 bytes, so that no id is told from
    // another by its first word(s) alone; and multi-byte ids either side of 8 bytes.
    // 'ab' and 'ab\0' have the same words: only their lengths tell them apart.
    const ids = ['é', 'éé', 'ééé', 'éééé', 'ééééé', '李雷李', '李雷李x', '李雷李xy', 'ab', 'ab\u0000'];
    for (let length = 1; length <= 24; length++) {
      ids.push('abcdefghijklmnopqrstuvwx'.slice(0, length), 'abcdefgh'.slice(0, Math.min(length, 8)) + 'Z'.repeat(Math.max(0, length - 8)));
    }
    const unique = [...new Set(ids)];
    const index = new Map(unique.map((id, i) => [id, i]));
    for (const lookup of [PersonLookup.fromIndex(index), PersonLookup.fromTable(structuredClone(PersonLookup.fromIndex(index).table))]) {
      for (const id of unique) expect(find(lookup, id), id).toBe(index.get(id));
      for (const stranger of ['abcdefghA', 'abcdefgZ', 'abcA', 'abcdefghijklmnopqrstuvwxy', '李雷', 'ê']) expect(find(lookup, stranger), stranger).toBe(-1);
      expect(lookup.findDecoded('李雷李xy')).toBe(index.get('李雷李xy'));
    }
  });

  it('made from another lookup’s table, as a worker makes it, finds the same people by bytes and by decoded text', () => {
    const ids = ['Åsa', 'a1', '李雷', 'e\uFFFD', ...Array.from({ length: 100 }, (_, i) => `P${i}`)];
    const index = new Map(ids.map((id, i) => [id, (i * 7) % ids.length]));
    const here = PersonLookup.fromIndex(index);
    const copy = PersonLookup.fromTable(structuredClone(here.table)); // what postMessage sends
    for (const id of ids) expect(find(copy, id), id).toBe(index.get(id));
    for (const lookup of [here, copy]) {
      // Invalid UTF-8 decodes to U+FFFD: the bytes "e\xff" are nobody's, their text is this id.
      expect(lookup.find(Buffer.from([0x65, 0xff]), 0, 2)).toBe(-1);
      expect(lookup.findDecoded('e\uFFFD')).toBe(index.get('e\uFFFD'));
      expect(lookup.findDecoded('Åsa')).toBe(index.get('Åsa'));
      expect(lookup.findDecoded('李')).toBe(-1);
    }
  });

  it('finds an id written in another Unicode form (decomposed) by its composed form, on either thread', () => {
    const composed = 'Si\u00e2n'; // â as one character
    const decomposed = 'Sia\u0302n'; // a + combining circumflex
    const index = new Map([[composed, 0], ['Zo\u00eb', 1], ['P2', 2]]);
    for (const lookup of [PersonLookup.fromIndex(index), PersonLookup.fromTable(structuredClone(PersonLookup.fromIndex(index).table))]) {
      expect(find(lookup, decomposed)).toBe(-1); // other bytes…
      expect(lookup.findDecoded(decomposed)).toBe(0); // …the same text once composed
      expect(lookup.findDecoded('Zoe\u0308')).toBe(1);
    }
    // A staff list holding both forms as two ids finds each as written, and neither by composing.
    const both = textFinder(new Map([[composed, 0], [decomposed, 1]]));
    expect(both(composed)).toBe(0);
    expect(both(decomposed)).toBe(1);
    expect(textFinder(new Map([[decomposed, 0], ['Sia\u0302n\u0301', 1]]))(composed)).toBe(0);
    expect(both('Si\u00e2n ')).toBeUndefined();
  });

  it('finds an id with invisible characters pasted in (zero-width space, direction mark, soft hyphen), in either file, on either thread', () => {
    const index = new Map([['P03', 0], ['P04\u200b', 1], ['Zo\u00eb', 2], ['ann@x.org', 3]]);
    for (const lookup of [PersonLookup.fromIndex(index), PersonLookup.fromTable(structuredClone(PersonLookup.fromIndex(index).table))]) {
      expect(lookup.findDecoded('\u200bP03')).toBe(0);
      expect(lookup.findDecoded('P03\u200e')).toBe(0);
      expect(lookup.findDecoded('P0\u00ad3')).toBe(0);
      // A space before the invisible character survived the field's trimming.
      expect(lookup.findDecoded('P03 \u200b')).toBe(0);
      // The staff file's id holds the invisible character, the interactions' does not.
      expect(lookup.findDecoded('P04')).toBe(1);
      expect(lookup.findDecoded('\ufeffZoe\u0308')).toBe(2);
      expect(lookup.findDecoded('Ann@X.org\u200b')).toBe(3);
      expect(lookup.findDecoded('P05\u200b')).toBe(-1);
    }
    // Without an invisible character in any staff id, an ASCII value is nobody's but as written.
    expect(PersonLookup.fromIndex(new Map([['P03', 0]])).findDecoded('P04')).toBe(-1);
    // Two staff ids that show alike find no one by a third form, and each as written.
    const twins = textFinder(new Map([['P05', 0], ['P05\u200b', 1]]));
    expect(twins('P05\u2060')).toBeUndefined();
    expect(twins('P05')).toBe(0);
    expect(twins('P05\u200b')).toBe(1);
  });
});
