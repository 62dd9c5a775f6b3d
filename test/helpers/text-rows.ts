/**
 * The loader's byte-level row tokenizer (src/load/row-tokenizer.ts, which states the behaviour)
 * with a string interface for tests: text in, rows of field strings out, in chunks cut anywhere.
 * Input must already have `\n` line endings (see line-endings.ts).
 */
import type { Delimiter } from '../../src/load/delimiter.js';
import { RowTokenizer } from '../../src/load/row-tokenizer.js';

export { UnclosedQuoteError } from '../../src/load/row-tokenizer.js';

/** Receives each row and the line it starts on. */
export type DelimitedRowHandler = (fields: string[], line: number) => void;

export class DelimitedParser {
  private readonly tokenizer: RowTokenizer;
  // A high surrogate at the end of a chunk waits for its low half, so the pair encodes as one character.
  private heldBack = '';

  constructor(delimiter: string, onRow: DelimitedRowHandler) {
    this.tokenizer = new RowTokenizer(delimiter as Delimiter, (row) => onRow(row.fields(), row.line));
  }

  /** Parses every complete row in `text` (appended to what is pending). */
  push(text: string): void {
    let data = this.heldBack + text;
    this.heldBack = '';
    const last = data.charCodeAt(data.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.heldBack = data.slice(-1);
      data = data.slice(0, -1);
    }
    this.tokenizer.push(Buffer.from(data, 'utf8'));
  }

  /** Parses what is left; throws UnclosedQuoteError if a quote is still open. */
  end(): void {
    if (this.heldBack !== '') this.tokenizer.push(Buffer.from(this.heldBack, 'utf8'));
    this.heldBack = '';
    this.tokenizer.end();
  }
}
