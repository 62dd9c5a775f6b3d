/**
 * ByteStringCache decodes channel names once: the same bytes must give the same text (and the
 * same string object while it has room), whatever else it holds and wherever the bytes sit.
 */
import { describe, expect, it } from 'vitest';
import { ByteStringCache } from '../../src/load/byte-strings.js';

/** `text` placed at `offset` inside other bytes, so the cache reads a slice of a larger buffer. */
function inside(text: string, offset: number): { bytes: Buffer; from: number; to: number } {
  const encoded = Buffer.from(text, 'utf8');
  const bytes = Buffer.concat([Buffer.alloc(offset, 0x78), encoded, Buffer.from(',tail')]);
  return { bytes, from: offset, to: offset + encoded.length };
}

describe('ByteStringCache', () => {
  it('gives each of 200 names back exactly, kept or not, and the same object for a kept one', () => {
    const cache = new ByteStringCache();
    const names = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? `chän${i}` : `c${i}`));
    const first = names.map((name, i) => {
      const { bytes, from, to } = inside(name, i % 7);
      return cache.text(bytes, from, to);
    });
    expect(first).toEqual(names);
    const again = names.map((name, i) => {
      const { bytes, from, to } = inside(name, (i * 5) % 11);
      return cache.text(bytes, from, to);
    });
    expect(again).toEqual(names);
    // The first 64 are kept: the very same string comes back.
    for (let i = 0; i < 64; i++) expect(Object.is(again[i], first[i])).toBe(true);
  });

  it('tells apart names of the same length and an empty field', () => {
    const cache = new ByteStringCache();
    const read = (text: string) => {
      const { bytes, from, to } = inside(text, 3);
      return cache.text(bytes, from, to);
    };
    expect(['ab', 'ba', 'ab', 'aa', '', 'ba'].map(read)).toEqual(['ab', 'ba', 'ab', 'aa', '', 'ba']);
  });
});
