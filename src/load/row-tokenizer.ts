/**
 * Splits delimited text into rows and fields as bytes, without making a string per field: each
 * row is handed on as byte ranges into the buffer read from disk (see {@link RawRow}), so readers
 * that only need to look values up (ids, numbers, timestamps) never allocate for them. Written for
 * nodefinder's loader because decoding every field of a million-row interactions file into strings
 * was most of the load time (bench/results.md).
 *
 * Behaviour (kept from the string parser it replaced): RFC 4180 quoting, so quoted fields may hold
 * delimiters, doubled quotes and newlines; fields are trimmed outside quotes (JavaScript's `trim`,
 * see utf8-whitespace.ts); a quote inside an unquoted field is kept as text (`O"Brien`); text after
 * a closing quote is kept (`"a"b` reads `ab`); rows whose fields are all empty are skipped; a
 * byte-order mark at the start of the file, or of any row, is dropped; a quote left open at the
 * end is an error. With the `whitespace` delimiter, fields are runs of non-blank characters, or
 * quoted as with the other delimiters (so a quoted field may hold spaces, as R's write.table
 * quotes `"Ann Smith"`).
 * Input must already have `\n` line endings (line-endings.ts).
 */
import type { Delimiter } from './delimiter.js';
import { RawRow } from './raw-row.js';
import { whitespaceAt, whitespaceBefore } from './utf8-whitespace.js';

/** Thrown when a quoted field is never closed. */
export class UnclosedQuoteError extends Error {
  /** `column`: the field's, counted from 1. */
  constructor(readonly line: number, readonly column: number) {
    super(`a quoted field opened on line ${line}, column ${column}, is never closed`);
  }
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Reads quote-free rows straight from their bytes, for a reader that knows its columns
 * (edge-rows.ts): faster than splitting each row into a {@link RawRow} and handing it on. It must
 * take only rows whose result it knows to be the row handler's, and leave the others untouched.
 */
export interface PlainRowReader {
  /**
   * Reads rows from `start` (where a row starts, on line `line`) while they end before `limit`,
   * stopping at the first it leaves to the row handler; returns where it stopped, and how many
   * rows it read in {@link rowsTaken}.
   */
  read(data: Buffer, start: number, limit: number, line: number): number;
  readonly rowsTaken: number;
}

/** Byte-level row splitter; feed it chunks with {@link push}, then call {@link end}. */
export class RowTokenizer {
  /** Takes the quote-free rows it can; the others go to the row handler as usual. */
  plainRowReader: PlainRowReader | undefined;
  // Bytes not yet parsed (the start of an incomplete row) are work[0 .. pending); each chunk is
  // copied after them, so no buffer is allocated per chunk.
  private work: Buffer = Buffer.alloc(0);
  private pending = 0;
  private line = 1;
  private rows = 0;
  private first = true;
  private readonly row = new RawRow();
  private readonly delimiter: number;
  private readonly whitespace: boolean;
  // Fields of quoted rows are rebuilt (quotes removed, doubled quotes halved) here.
  private scratch = Buffer.alloc(1024);
  private scratchLength = 0;

  /** `atFileStart` false: the bytes start mid-file (no byte-order mark to drop). */
  constructor(
    delimiter: Delimiter,
    private readonly onRow: (row: RawRow) => void,
    atFileStart = true,
  ) {
    this.whitespace = delimiter === 'whitespace';
    this.delimiter = this.whitespace ? SPACE : delimiter.charCodeAt(0);
    this.first = atFileStart;
  }

  /** Lines finished so far. */
  get linesDone(): number {
    return this.line - 1;
  }

  /** Rows handed on so far (rows of empty fields are not). */
  get rowsDone(): number {
    return this.rows;
  }

  /** Whether every byte pushed so far belongs to a finished row (none waits for more). */
  get complete(): boolean {
    return this.pending === 0;
  }

  /** Parses every complete row in `chunk` (after what is pending). The chunk is not kept. */
  push(chunk: Buffer): void {
    const length = this.pending + chunk.length;
    if (length > this.work.length) {
      const bigger = Buffer.allocUnsafe(Math.max(length, this.work.length * 2));
      this.work.copy(bigger, 0, 0, this.pending);
      this.work = bigger;
    }
    chunk.copy(this.work, this.pending);
    let start = 0;
    if (this.first) {
      const work = this.work;
      if (length < 3 && isBomPrefix(work.subarray(0, length))) {
        this.pending = length;
        return;
      }
      if (work[0] === 0xef && work[1] === 0xbb && work[2] === 0xbf) start = 3;
      this.first = false;
    }
    const consumed = this.parse(this.work.subarray(start, length), false);
    this.work.copyWithin(0, start + consumed, length);
    this.pending = length - start - consumed;
  }

  /** Parses what is left; throws UnclosedQuoteError if a quote is still open. */
  end(): void {
    let data = Buffer.from(this.work.subarray(0, this.pending));
    if (this.first && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
    this.first = false;
    if (data.length > 0 && data[data.length - 1] !== NEWLINE) data = Buffer.concat([data, Buffer.from([NEWLINE])]);
    this.parse(data, true);
    this.pending = 0;
  }

  /** Parses rows from `data`; returns how many bytes were consumed. */
  private parse(data: Buffer, final: boolean): number {
    let start = 0;
    let quote = data.indexOf(QUOTE);
    if (this.whitespace) {
      for (let newline = data.indexOf(NEWLINE); newline >= 0; newline = data.indexOf(NEWLINE, start)) {
        if (quote >= 0 && quote < start) quote = data.indexOf(QUOTE, start);
        if (quote >= 0 && quote < newline) {
          // Quoted fields may hold blanks, and line breaks: the row may end on a later line.
          const after = this.quotedRow(data, start, final);
          if (after < 0) return start;
          start = after;
          continue;
        }
        this.whitespaceRow(data, start, newline);
        this.line++;
        start = newline + 1;
      }
      return start;
    }
    for (;;) {
      if (quote >= 0 && quote < start) quote = data.indexOf(QUOTE, start);
      // Rows with no quote before their newline are split in one pass (the usual case).
      const limit = quote < 0 ? data.length : quote;
      start = this.plainRowReader ? this.readPlainRows(this.plainRowReader, data, start, limit) : this.plainRows(data, start, limit);
      if (quote < 0) return start; // no newline yet: the row continues in the next chunk
      // The row at `start` holds the quote.
      const after = this.quotedRow(data, start, final);
      if (after < 0) return start;
      start = after;
    }
  }

  /**
   * Splits every row from `start` whose newline comes before `limit` (the next quote, or the end
   * of the data) at its delimiters; returns where the first row not ending before `limit` starts.
   * One call for many rows, so that the loop keeps its state in registers.
   */
  private plainRows(data: Buffer, start: number, limit: number): number {
    const row = this.row;
    const delimiter = this.delimiter;
    const onRow = this.onRow;
    let rowStart = start;
    let fieldStart = start;
    row.reset(data, this.line);
    for (let i = start; i < limit; i++) {
      const b = data[i];
      if (b === delimiter) {
        row.addValue(fieldStart, i);
        fieldStart = i + 1;
      } else if (b === NEWLINE) {
        row.addValue(fieldStart, i);
        this.line++;
        if (row.hasValue) {
          this.rows++;
          onRow(row);
        }
        rowStart = fieldStart = i + 1;
        row.reset(data, this.line);
      }
    }
    return rowStart;
  }

  /** As {@link plainRows}, letting `reader` take the rows it can. */
  private readPlainRows(reader: PlainRowReader, data: Buffer, start: number, limit: number): number {
    let at = start;
    for (;;) {
      at = reader.read(data, at, limit, this.line);
      this.line += reader.rowsTaken;
      this.rows += reader.rowsTaken;
      // The reader left the row at `at`, or it does not end before `limit`.
      const newline = data.indexOf(NEWLINE, at);
      if (newline < 0 || newline >= limit) return at;
      at = this.plainRows(data, at, newline + 1);
    }
  }

  /** A line of a whitespace-separated file: trimmed, then split at runs of spaces and tabs. */
  private whitespaceRow(data: Buffer, start: number, newline: number): void {
    let s = start;
    let e = newline;
    for (let w: number; s < e && (w = whitespaceAt(data, s, e)) > 0; ) s += w;
    for (let w: number; e > s && (w = whitespaceBefore(data, s, e)) > 0; ) e -= w;
    if (s === e) return;
    const row = this.row;
    row.reset(data, this.line);
    let fieldStart = s;
    for (let i = s; i < e; i++) {
      const b = data[i];
      if (b === SPACE || b === TAB) {
        row.add(fieldStart, i);
        while (i + 1 < e && (data[i + 1] === SPACE || data[i + 1] === TAB)) i++;
        fieldStart = i + 1;
      }
    }
    row.add(fieldStart, e);
    this.rows++;
    this.onRow(row);
  }

  /**
   * A row holding a quote, parsed field by field into the scratch buffer; returns the index after
   * its newline, or -1 when the row is not complete in `data`.
   */
  private quotedRow(data: Buffer, start: number, final: boolean): number {
    const delimiter = this.delimiter;
    const whitespace = this.whitespace;
    const tabIsDelimiter = delimiter === TAB;
    const ranges: number[] = [];
    this.scratchLength = 0;
    let i = start;
    // A byte-order mark starting a row that is not the file's first (two exports joined) is no
    // text: the quote after it opens a field, as at the start of the file.
    if (data[i] === 0xef && data[i + 1] === 0xbb && data[i + 2] === 0xbf) i += 3;
    let newlines = 0;
    for (;;) {
      if (whitespace) i = afterBlanks(data, i);
      else while (data[i] === SPACE || (data[i] === TAB && !tabIsDelimiter)) i++;
      const fieldStart = this.scratchLength;
      if (data[i] === QUOTE) {
        let j = i + 1;
        for (;;) {
          const close = data.indexOf(QUOTE, j);
          if (close < 0) {
            // The line where the quote opens: the row's first, moved on by the fields before that span lines.
            if (final) throw new UnclosedQuoteError(this.line + newlines, ranges.length / 2 + 1);
            return -1;
          }
          this.append(data, j, close);
          for (let k = j; k < close; k++) if (data[k] === NEWLINE) newlines++;
          if (data[close + 1] === QUOTE) {
            this.append(data, close, close + 1);
            j = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        // Text after the closing quote, up to the delimiter, is kept, without trailing blanks.
        const rest = nextBoundary(data, i, delimiter, whitespace);
        let end = rest;
        for (let w: number; end > i && (w = whitespaceBefore(data, i, end)) > 0; ) end -= w;
        this.append(data, i, end);
        i = rest;
      } else {
        const rest = nextBoundary(data, i, delimiter, whitespace);
        let s = i;
        let e = rest;
        for (let w: number; s < e && (w = whitespaceAt(data, s, e)) > 0; ) s += w;
        for (let w: number; e > s && (w = whitespaceBefore(data, s, e)) > 0; ) e -= w;
        this.append(data, s, e);
        i = rest;
      }
      ranges.push(fieldStart, this.scratchLength);
      // A run of blanks is one delimiter, and blanks that end the line are none.
      if (whitespace) i = afterBlanks(data, i);
      if (i >= data.length) return -1;
      if (data[i] === NEWLINE) {
        const line = this.line;
        this.line += newlines + 1;
        const row = this.row;
        row.reset(this.scratch, line);
        row.lastLine = line + newlines;
        let empty = true;
        for (let f = 0; f < ranges.length; f += 2) {
          row.add(ranges[f], ranges[f + 1]);
          if (ranges[f] !== ranges[f + 1]) empty = false;
        }
        if (!empty) {
          this.rows++;
          this.onRow(row);
        }
        return i + 1;
      }
      if (!whitespace) i += 1; // the delimiter
    }
  }

  /** Appends `data[from .. to)` to the scratch buffer. */
  private append(data: Buffer, from: number, to: number): void {
    const length = to - from;
    if (this.scratchLength + length > this.scratch.length) {
      const bigger = Buffer.alloc(Math.max(this.scratch.length * 2, this.scratchLength + length));
      this.scratch.copy(bigger, 0, 0, this.scratchLength);
      this.scratch = bigger;
    }
    data.copy(this.scratch, this.scratchLength, from, to);
    this.scratchLength += length;
  }
}

/**
 * The index of the next delimiter or newline at or after `from` (or the end); a `whitespace`
 * file's delimiters are spaces and tabs.
 */
function nextBoundary(data: Buffer, from: number, delimiter: number, whitespace: boolean): number {
  for (let i = from; i < data.length; i++) {
    const b = data[i];
    if (b === delimiter || b === NEWLINE || (whitespace && b === TAB)) return i;
  }
  return data.length;
}

/** The index after the white space at `i` on its line (as whitespaceRow trims, the newline aside). */
function afterBlanks(data: Buffer, i: number): number {
  for (let w: number; data[i] !== NEWLINE && (w = whitespaceAt(data, i, data.length)) > 0; ) i += w;
  return i;
}

function isBomPrefix(data: Buffer): boolean {
  const bom = [0xef, 0xbb, 0xbf];
  for (let i = 0; i < data.length; i++) if (data[i] !== bom[i]) return false;
  return true;
}
