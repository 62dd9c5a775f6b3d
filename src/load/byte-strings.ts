/**
 * Decodes short, often repeated byte strings (channel names) once: the same bytes give the same
 * string object, looked up by a hash of the bytes. Holds at most `capacity` strings; others are
 * decoded each time.
 */
import { hashBytes } from './person-lookup.js';

export class ByteStringCache {
  private readonly byHash = new Map<number, { bytes: Buffer; text: string }[]>();
  private size = 0;

  constructor(private readonly capacity = 64) {}

  /** The text of `bytes[from .. to)`. */
  text(bytes: Buffer, from: number, to: number): string {
    if (from === to) return '';
    const hash = hashBytes(bytes, from, to);
    const entries = this.byHash.get(hash);
    if (entries) {
      for (const entry of entries) {
        if (sameBytes(entry.bytes, bytes, from, to)) return entry.text;
      }
    }
    const text = bytes.toString('utf8', from, to);
    if (this.size < this.capacity) {
      const entry = { bytes: Buffer.from(bytes.subarray(from, to)), text };
      if (entries) entries.push(entry);
      else this.byHash.set(hash, [entry]);
      this.size++;
    }
    return text;
  }
}

function sameBytes(known: Buffer, bytes: Buffer, from: number, to: number): boolean {
  if (known.length !== to - from) return false;
  for (let i = 0; i < known.length; i++) if (known[i] !== bytes[from + i]) return false;
  return true;
}
