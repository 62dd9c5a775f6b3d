/**
 * PersonLookup finds a person from the bytes of their id as they sit in a file's buffer. The row
 * reader falls back to decoding when it finds nobody, so a wrong byte table would only show as
 * slowness there: these tests ask the table itself.
 */
import { describe, expect, it } from 'vitest';
import { PersonLookup } from '../../src/load/person-lookup.js';

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
});
