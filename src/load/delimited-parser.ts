/**
 * A streaming parser for delimited text (RFC 4180 quoting), written for nodefinder's loader
 * because csv-parse was measured as the loader's bottleneck: at 1 million rows a third of the load
 * time went to the info object it builds for every record (bench/results.md). Rows without a quote
 * take a fast path (one split); rows with quotes go through a small state machine, so quoted
 * fields may hold delimiters, doubled quotes and newlines.
 *
 * Behaviour, kept from the csv-parse options used before: fields are trimmed outside quotes;
 * a quote inside an unquoted field is kept as text (`O"Brien`); text after a closing quote is
 * kept (`"a"b` reads `ab`); empty lines are skipped; a quote left open at the end is an error.
 * Input must already have `\n` line endings (see line-endings.ts).
 */

/** Receives each row and the line it starts on. */
export type DelimitedRowHandler = (fields: string[], line: number) => void;

/** Thrown when a quoted field is never closed. */
export class UnclosedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`a quoted field opened on line ${line} is never closed`);
  }
}

export class DelimitedParser {
  private pending = '';
  private line = 1;
  private first = true;

  constructor(
    private readonly delimiter: string,
    private readonly onRow: DelimitedRowHandler,
  ) {}

  /** Parses every complete row in `text` (appended to what is pending). */
  push(text: string): void {
    let data = this.pending + text;
    if (this.first) {
      data = data.replace(/^\uFEFF/, '');
      this.first = false;
    }
    const consumed = this.parse(data, false);
    this.pending = data.slice(consumed);
  }

  /** Parses what is left; throws UnclosedQuoteError if a quote is still open. */
  end(): void {
    const data = this.pending.endsWith('\n') || this.pending === '' ? this.pending : this.pending + '\n';
    this.parse(data, true);
    this.pending = '';
  }

  /** Parses rows from `data`; returns how many characters were consumed. */
  private parse(data: string, final: boolean): number {
    const delimiter = this.delimiter;
    let start = 0;
    for (;;) {
      const newline = data.indexOf('\n', start);
      if (newline < 0) return start;
      const quote = data.indexOf('"', start);
      if (quote < 0 || quote > newline) {
        // Fast path: a row with no quote.
        this.emit(data.slice(start, newline).split(delimiter).map((field) => field.trim()), this.line);
        this.line++;
        start = newline + 1;
        continue;
      }
      const end = this.parseQuotedRow(data, start, final);
      if (end < 0) return start; // the row continues in the next chunk
      start = end;
    }
  }

  /** Hands on a row unless every field is empty (blank lines, and `;;;` rows left by spreadsheets). */
  private emit(fields: string[], line: number): void {
    if (fields.some((value) => value !== '')) this.onRow(fields, line);
  }

  /** Parses one row holding quotes; returns the index after its newline, or -1 if incomplete. */
  private parseQuotedRow(data: string, start: number, final: boolean): number {
    const delimiter = this.delimiter;
    const fields: string[] = [];
    let i = start;
    let newlines = 0;
    for (;;) {
      while (data[i] === ' ' || (data[i] === '\t' && delimiter !== '\t')) i++;
      let field = '';
      if (data[i] === '"') {
        let j = i + 1;
        for (;;) {
          const close = data.indexOf('"', j);
          if (close < 0) {
            if (final) throw new UnclosedQuoteError(this.line);
            return -1;
          }
          const piece = data.slice(j, close);
          field += piece;
          newlines += countNewlines(piece);
          if (data[close + 1] === '"') {
            field += '"';
            j = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        // Text after the closing quote, up to the delimiter, is kept as it is.
        const rest = nextBoundary(data, i, delimiter);
        field += data.slice(i, rest).trimEnd();
        i = rest;
      } else {
        const rest = nextBoundary(data, i, delimiter);
        field = data.slice(i, rest).trim();
        i = rest;
      }
      fields.push(field);
      if (i >= data.length) return -1;
      if (data[i] === '\n') {
        const line = this.line;
        this.line += newlines + 1;
        this.emit(fields, line);
        return i + 1;
      }
      i += delimiter.length;
    }
  }
}

/** The index of the next delimiter or newline at or after `from` (or the end). */
function nextBoundary(data: string, from: number, delimiter: string): number {
  const newline = data.indexOf('\n', from);
  const next = data.indexOf(delimiter, from);
  if (next >= 0 && (newline < 0 || next < newline)) return next;
  return newline < 0 ? data.length : newline;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
