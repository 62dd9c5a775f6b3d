/**
 * Finds a person's index from the bytes of an id as they sit in the file's buffer, without
 * decoding them into a string: an open-addressing hash table over the UTF-8 bytes of every staff
 * id. The interactions file names two people per row, so at a million rows this saves two million
 * short strings and their Map lookups.
 */

const EMPTY = -1;

/** Person index by id bytes. */
export class PersonLookup {
  private readonly bytes: Uint8Array;
  /**
   * Per bucket, side by side so that a probe touches one cache line: the id's full hash, where
   * its bytes start, their length, and the person (-1 when the bucket is empty).
   */
  private readonly table: Int32Array;
  private readonly mask: number;

  /** Builds the table from `personIndex` (id → index). */
  constructor(personIndex: ReadonlyMap<string, number>) {
    const ids = [...personIndex.keys()];
    const persons = [...personIndex.values()];
    // All ids encoded at once: one Buffer per id cost ~1 µs each (0.1 s at 100,000 people).
    const joined = ids.join('');
    const ascii = !/[^\x00-\x7f]/.test(joined);
    const all = Buffer.from(joined, ascii ? 'latin1' : 'utf8');
    this.bytes = new Uint8Array(all.buffer, all.byteOffset, all.length);
    let size = 16;
    while (size < ids.length * 2) size *= 2;
    this.mask = size - 1;
    const table = new Int32Array(size * 4);
    for (let bucket = 0; bucket < size; bucket++) table[bucket * 4 + 3] = EMPTY;
    let at = 0;
    for (let k = 0; k < ids.length; k++) {
      const length = ascii ? ids[k].length : Buffer.byteLength(ids[k], 'utf8');
      const h = hashBytes(this.bytes, at, at + length);
      let bucket = h & this.mask;
      while (table[bucket * 4 + 3] !== EMPTY) bucket = (bucket + 1) & this.mask;
      table[bucket * 4] = h;
      table[bucket * 4 + 1] = at;
      table[bucket * 4 + 2] = length;
      table[bucket * 4 + 3] = persons[k];
      at += length;
    }
    this.table = table;
  }

  /** The index of the person whose id is `bytes[from .. to)`, or -1. */
  find(bytes: Uint8Array, from: number, to: number): number {
    const length = to - from;
    const own = this.bytes;
    const table = this.table;
    const mask = this.mask;
    const h = hashBytes(bytes, from, to);
    for (let bucket = h & mask; ; bucket = (bucket + 1) & mask) {
      const at = bucket * 4;
      const person = table[at + 3];
      if (person === EMPTY) return -1;
      if (table[at] !== h || table[at + 2] !== length) continue;
      const start = table[at + 1];
      let i = 0;
      while (i < length && own[start + i] === bytes[from + i]) i++;
      if (i === length) return person;
    }
  }
}

/** FNV-1a over bytes, with a final mix so that short ids spread over the table (a signed 32-bit value). */
export function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
