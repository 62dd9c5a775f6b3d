/**
 * Decodes short, often repeated byte strings (channel names) once: the same bytes give the same
 * string object, found by a hash of the bytes in a small open-addressing table (a Map of lists
 * cost ~30 ns a row more). Holds at most {@link CAPACITY} strings; others are decoded each time.
 */
import { isUtf8 } from 'node:buffer';
import { hashBytes } from './person-lookup.js';
import { printable } from './printable.js';

/** Strings kept; the table has four slots for each, so probes end quickly. */
const CAPACITY = 64;
const SLOTS = CAPACITY * 4;

export class ByteStringCache {
  /** Per slot, 1 + the entry it holds, or 0 when empty. */
  private readonly slots = new Int32Array(SLOTS);
  private readonly hashes: number[] = [];
  private readonly keys: Buffer[] = [];
  private readonly texts: string[] = [];

  /** The text of `bytes[from .. to)`, or undefined when they are not UTF-8 (the caller reports it). */
  text(bytes: Buffer, from: number, to: number): string | undefined {
    if (from === to) return '';
    const hash = hashBytes(bytes, from, to);
    let slot = hash & (SLOTS - 1);
    for (let entry = this.slots[slot] - 1; entry >= 0; entry = this.slots[slot] - 1) {
      if (this.hashes[entry] === hash && sameBytes(this.keys[entry], bytes, from, to)) return this.texts[entry];
      slot = (slot + 1) & (SLOTS - 1);
    }
    if (!isUtf8(bytes.subarray(from, to))) return undefined;
    const text = printable(bytes.toString('utf8', from, to));
    if (this.texts.length < CAPACITY) {
      this.slots[slot] = this.texts.push(text);
      this.hashes.push(hash);
      this.keys.push(Buffer.from(bytes.subarray(from, to)));
    }
    return text;
  }
}

function sameBytes(known: Buffer, bytes: Buffer, from: number, to: number): boolean {
  if (known.length !== to - from) return false;
  for (let i = 0; i < known.length; i++) if (known[i] !== bytes[from + i]) return false;
  return true;
}
