/**
 * Finds a person's index from the bytes of an id as they sit in the file's buffer, without
 * decoding them into a string: an open-addressing hash table over the UTF-8 bytes of every staff
 * id. The interactions file names two people per row, so at a million rows this saves two million
 * short strings and their Map lookups.
 */
import { hasInvisible, withoutInvisible } from './invisible-characters.js';

const EMPTY = -1;
/** A character outside ASCII (whose UTF-8 bytes differ from its Latin-1 ones). */
const NON_ASCII = /[^\x00-\x7f]/;

/** A lookup's arrays: what a worker needs to make the same lookup (postMessage copies them). */
export interface PersonTable {
  /** Every id's UTF-8 bytes, one after another. */
  readonly bytes: Uint8Array;
  /**
   * Per bucket, side by side so that a probe touches one cache line: two words, the id's byte
   * length, and the person (-1 when the bucket is empty). An id of up to 8 bytes (the usual) is
   * held in the two words themselves, so that finding it reads nothing else; a longer id's words
   * are its full hash and where its bytes start in `bytes`.
   */
  readonly buckets: Int32Array;
  /** Whether an id holds an invisible character (invisible-characters.ts). */
  readonly invisibleIds: boolean;
}

/** Person index by id bytes. */
export class PersonLookup {
  private readonly bytes: Uint8Array;
  private readonly buckets: Int32Array;
  private readonly mask: number;
  private readonly invisibleIds: boolean;
  private findText: ((text: string) => number | undefined) | undefined;

  private constructor(table: PersonTable, private readonly byText?: ReadonlyMap<string, number>) {
    this.bytes = table.bytes;
    this.buckets = table.buckets;
    this.mask = table.buckets.length / 4 - 1;
    this.invisibleIds = table.invisibleIds;
  }

  /** The lookup for `personIndex` (id → index). */
  static fromIndex(personIndex: ReadonlyMap<string, number>): PersonLookup {
    const ids = [...personIndex.keys()];
    const persons = [...personIndex.values()];
    // All ids encoded at once: one Buffer per id cost ~1 µs each (0.1 s at 100,000 people).
    const joined = ids.join('');
    const ascii = !NON_ASCII.test(joined);
    const all = Buffer.from(joined, ascii ? 'latin1' : 'utf8');
    const bytes = new Uint8Array(all.buffer, all.byteOffset, all.length);
    let size = 16;
    while (size < ids.length * 2) size *= 2;
    const mask = size - 1;
    const buckets = new Int32Array(size * 4);
    for (let bucket = 0; bucket < size; bucket++) buckets[bucket * 4 + 3] = EMPTY;
    let at = 0;
    for (let k = 0; k < ids.length; k++) {
      const length = ascii ? ids[k].length : Buffer.byteLength(ids[k], 'utf8');
      const short = length <= SHORT_ID;
      // Read from the Buffer, as find reads its files': one kind of array keeps word() monomorphic.
      const first = short ? word(all, at, at + length) : hashBytes(all, at, at + length);
      const second = short ? word(all, at + 4, at + length) : at;
      let bucket = (short ? hashWords(first, second, length) : first) & mask;
      while (buckets[bucket * 4 + 3] !== EMPTY) bucket = (bucket + 1) & mask;
      buckets[bucket * 4] = first;
      buckets[bucket * 4 + 1] = second;
      buckets[bucket * 4 + 2] = length;
      buckets[bucket * 4 + 3] = persons[k];
      at += length;
    }
    return new PersonLookup({ bytes, buckets, invisibleIds: !ascii && hasInvisible(joined) }, personIndex);
  }

  /** The lookup made elsewhere from `table` (a worker's, from the table its request holds). */
  static fromTable(table: PersonTable): PersonLookup {
    return new PersonLookup(table);
  }

  get table(): PersonTable {
    return { bytes: this.bytes, buckets: this.buckets, invisibleIds: this.invisibleIds };
  }

  /** The index of the person whose id is `bytes[from .. to)`, or -1. */
  find(bytes: Uint8Array, from: number, to: number): number {
    const length = to - from;
    if (length > SHORT_ID) return this.findLong(bytes, from, to);
    const buckets = this.buckets;
    const mask = this.mask;
    const first = word(bytes, from, to);
    const second = word(bytes, from + 4, to);
    for (let bucket = hashWords(first, second, length) & mask; ; bucket = (bucket + 1) & mask) {
      const at = bucket * 4;
      const person = buckets[at + 3];
      if (person === EMPTY) return -1;
      if (buckets[at] === first && buckets[at + 1] === second && buckets[at + 2] === length) return person;
    }
  }

  /** {@link find} for an id longer than {@link SHORT_ID} bytes: by its hash, then its bytes. */
  private findLong(bytes: Uint8Array, from: number, to: number): number {
    const length = to - from;
    const own = this.bytes;
    const buckets = this.buckets;
    const mask = this.mask;
    const h = hashBytes(bytes, from, to);
    for (let bucket = h & mask; ; bucket = (bucket + 1) & mask) {
      const at = bucket * 4;
      const person = buckets[at + 3];
      if (person === EMPTY) return -1;
      if (buckets[at] !== h || buckets[at + 2] !== length) continue;
      const start = buckets[at + 1];
      let i = 0;
      while (i < length && own[start + i] === bytes[from + i]) i++;
      if (i === length) return person;
    }
  }

  /**
   * The person whose id is `text`, the decoded value of bytes that {@link find} did not find, or
   * -1 (by {@link textFinder}: as written, composed and without invisible characters, or an
   * address in any case). Bytes that are not valid UTF-8 decode to U+FFFD, which an id could in
   * principle hold; an ASCII value's bytes are its text, so it is nobody's id unless it is an
   * e-mail address or some staff id holds an invisible character.
   */
  findDecoded(text: string): number {
    if (!NON_ASCII.test(text) && !text.includes('@') && !this.invisibleIds) return -1;
    this.findText ??= textFinder(this.byText ?? this.decodeIds());
    return this.findText(text) ?? -1;
  }

  /** Every id as text, for a lookup made from a table (ids read from a file decode to themselves). */
  private decodeIds(): Map<string, number> {
    const byText = new Map<string, number>();
    const bytes = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length);
    const words = Buffer.alloc(8);
    for (let at = 0; at < this.buckets.length; at += 4) {
      const person = this.buckets[at + 3];
      if (person === EMPTY) continue;
      const length = this.buckets[at + 2];
      if (length > SHORT_ID) {
        byText.set(bytes.toString('utf8', this.buckets[at + 1], this.buckets[at + 1] + length), person);
      } else {
        words.writeInt32LE(this.buckets[at], 0);
        words.writeInt32LE(this.buckets[at + 1], 4);
        byText.set(words.toString('utf8', 0, length), person);
      }
    }
    return byText;
  }
}

/**
 * Finds a person by an id as text: as written, or else as it shows ({@link visibleForm}), so that
 * "Siân" written as "Sia" + a combining circumflex, as some systems export it, is still Siân, and
 * "P03" with a zero-width space pasted in is still P03; and an e-mail address in any case (mail
 * systems write Ann.Smith@x.org and ann.smith@x.org alike). Two ids that become the same text
 * that way find no one by it.
 */
export function textFinder(personIndex: ReadonlyMap<string, number>): (text: string) => number | undefined {
  let visible: Map<string, number> | undefined;
  let addresses: Map<string, number> | undefined;
  let invisibleIds: boolean | undefined;
  const found = (person: number | undefined) => (person === undefined || person < 0 ? undefined : person);
  return (text) => {
    const exact = personIndex.get(text);
    if (exact !== undefined) return exact;
    invisibleIds ??= [...personIndex.keys()].some((id) => NON_ASCII.test(id) && hasInvisible(id));
    if (NON_ASCII.test(text) || invisibleIds) {
      // Every id, ASCII ones too: "\u200bP03" is P03.
      visible ??= idsBy(personIndex, visibleForm);
      const person = found(visible.get(visibleForm(text)));
      if (person !== undefined) return person;
    }
    if (!text.includes('@')) return undefined;
    addresses ??= idsBy(personIndex, (id) => (id.includes('@') ? visibleForm(id).toLowerCase() : undefined));
    return found(addresses.get(visibleForm(text).toLowerCase()));
  };
}

/**
 * An id as it shows: composed (NFC), without invisible characters, trimmed again (a space before
 * a zero-width one survived the field's trimming). ASCII text is its own.
 */
export function visibleForm(id: string): string {
  return NON_ASCII.test(id) ? withoutInvisible(id.normalize('NFC')).trim() : id;
}

/** The ids that have a `key`, by it (-1 for a key two ids share). */
function idsBy(personIndex: ReadonlyMap<string, number>, key: (id: string) => string | undefined): Map<string, number> {
  const byKey = new Map<string, number>();
  for (const [id, person] of personIndex) {
    const k = key(id);
    if (k !== undefined) byKey.set(k, byKey.has(k) ? -1 : person);
  }
  return byKey;
}

/** Ids of up to this many bytes are held in their bucket. */
const SHORT_ID = 8;

/** Bytes [from, min(from + 4, to)) as a little-endian 32-bit word (0 when there are none). */
function word(bytes: Uint8Array, from: number, to: number): number {
  if (to - from >= 4) return bytes[from] | (bytes[from + 1] << 8) | (bytes[from + 2] << 16) | (bytes[from + 3] << 24);
  let w = 0;
  for (let i = from; i < to; i++) w |= bytes[i] << (8 * (i - from));
  return w;
}

/** Mixes a short id's two words and length into 32 bits. */
function hashWords(first: number, second: number, length: number): number {
  let h = Math.imul(first ^ length, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ second, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** FNV-1a over bytes, with a final mix so that short ids spread over the table (a signed 32-bit value). */
export function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
