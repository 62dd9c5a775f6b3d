/**
 * One row of a delimited file as byte ranges into the buffer it was read into (row-tokenizer.ts
 * fills it), decoded to text only when asked.
 */
import { isUtf8 } from 'node:buffer';
import { isPlainValue, whitespaceAt, whitespaceBefore } from './utf8-whitespace.js';
import { printable } from './printable.js';

/** A field whose bytes are not UTF-8 (a file saved as Windows-1252 or Latin-1, say); read-rows.ts names the file. */
export class NotUtf8Error extends Error {
  constructor(readonly line: number, readonly column: number) {
    super(`line ${line}, field ${column} is not UTF-8`);
  }
}

/**
 * One row, valid only during the callback that receives it (the tokenizer reuses it). Field i is
 * `bytes[fieldStart[i] .. fieldEnd[i])`, exactly the field the string parser gave; its *value*
 * (`valueStart`/`valueEnd`) is that field trimmed again, as `fieldValue` in table.ts reads it.
 * A row without quotes (the usual kind) stores only values: its fields are its values.
 */
export class RawRow {
  bytes: Buffer = Buffer.alloc(0);
  /** 1-based line the row starts on. */
  line = 0;
  /** 1-based line the row ends on: after {@link line} when a quoted field holds line breaks. */
  lastLine = 0;
  /** Number of fields. */
  count = 0;
  private fieldStart = new Int32Array(16);
  private fieldEnd = new Int32Array(16);
  /** Whether fields are stored apart from values (quoted and whitespace-separated rows). */
  private separateFields = false;
  valueStart = new Int32Array(16);
  valueEnd = new Int32Array(16);
  /** Whether some field's value is not empty (rows of empty fields are skipped). */
  hasValue = false;

  // The row's bytes decoded once, when they are all ASCII (then byte offsets are character
  // offsets and each field is a slice): one decode per row instead of one per field.
  private text: string | undefined;
  private textFrom = -1;

  /** Field `i` as text, or '' past the end of the row. */
  field(i: number): string {
    if (i >= this.count) return '';
    return this.separateFields ? this.decode(this.fieldStart[i], this.fieldEnd[i]) : this.decode(this.valueStart[i], this.valueEnd[i]);
  }

  /** Every field as text. */
  fields(): string[] {
    const out = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.field(i);
    return out;
  }

  /** The trimmed value of field `i`; '' when `i` is undefined or past the end. */
  value(i: number | undefined): string {
    if (i === undefined || i >= this.count) return '';
    return this.decode(this.valueStart[i], this.valueEnd[i]);
  }

  private decode(from: number, to: number): string {
    if (from === to) return '';
    if (this.text === undefined) this.decodeRow();
    if (this.textFrom >= 0) return this.text!.slice(from - this.textFrom, to - this.textFrom);
    return printable(this.bytes.toString('utf8', from, to));
  }

  private decodeRow(): void {
    const bytes = this.bytes;
    const from = this.separateFields ? this.fieldStart[0] : this.valueStart[0];
    const to = this.separateFields ? this.fieldEnd[this.count - 1] : this.valueEnd[this.count - 1];
    let bits = 0;
    let control = false;
    for (let b = from; b < to; b++) {
      const byte = bytes[b];
      bits |= byte;
      // Tabs and line breaks are no control characters to printable.ts: no regex for them.
      if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) control = true;
    }
    this.textFrom = bits < 0x80 ? from : -1;
    if (bits >= 0x80) this.text = '';
    else this.text = control ? printable(bytes.toString('latin1', from, to)) : bytes.toString('latin1', from, to);
    // Decoding would turn such bytes into U+FFFD silently, and two different names into one.
    if (bits >= 0x80 && !isUtf8(bytes.subarray(from, to))) throw new NotUtf8Error(this.line, this.firstNotUtf8Field() + 1);
  }

  private firstNotUtf8Field(): number {
    const start = this.separateFields ? this.fieldStart : this.valueStart;
    const end = this.separateFields ? this.fieldEnd : this.valueEnd;
    let i = 0;
    while (i < this.count - 1 && isUtf8(this.bytes.subarray(start[i], end[i]))) i++;
    return i;
  }

  /** Starts a new row over `bytes`. */
  reset(bytes: Buffer, line: number): void {
    this.bytes = bytes;
    this.line = line;
    this.lastLine = line;
    this.count = 0;
    this.text = undefined;
    this.hasValue = false;
    this.separateFields = false;
  }

  /** Adds a field; its value is the field trimmed. */
  add(start: number, end: number): void {
    this.separateFields = true;
    this.addValue(start, end);
    this.fieldStart[this.count - 1] = start;
    this.fieldEnd[this.count - 1] = end;
  }

  /** Adds a field outside quotes: the field is its value, trimmed. */
  addValue(start: number, end: number): void {
    if (this.count === this.valueStart.length) this.grow();
    let s = start;
    let e = end;
    const bytes = this.bytes;
    if (!isPlainValue(bytes, s, e)) {
      for (let w: number; s < e && (w = whitespaceAt(bytes, s, e)) > 0; ) s += w;
      for (let w: number; e > s && (w = whitespaceBefore(bytes, s, e)) > 0; ) e -= w;
    }
    const i = this.count++;
    this.valueStart[i] = s;
    this.valueEnd[i] = e;
    if (s !== e) this.hasValue = true;
  }

  private grow(): void {
    const size = this.fieldStart.length * 2;
    const copy = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.fieldStart = copy(this.fieldStart);
    this.fieldEnd = copy(this.fieldEnd);
    this.valueStart = copy(this.valueStart);
    this.valueEnd = copy(this.valueEnd);
  }
}
