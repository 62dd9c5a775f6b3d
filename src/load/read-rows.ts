/**
 * The one place that reads input files: streams a delimited text file row by row, whatever
 * its delimiter, line endings or byte-order mark, and numbers each row by its line.
 */
import { open, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { detectDelimiter, parseDelimiterOption, type Delimiter } from './delimiter.js';
import { LineEndingNormaliser } from './line-endings.js';
import { fileNotFound } from './missing-file.js';
import { NotUtf8Error, type RawRow } from './raw-row.js';
import { RowTokenizer, UnclosedQuoteError, type PlainRowReader } from './row-tokenizer.js';

/** One row's fields and the 1-based line it starts on. */
export type RowHandler = (fields: string[], line: number) => void;

/** One row as bytes (valid only during the call); see {@link RawRow}. */
export type RawRowHandler = (row: RawRow) => void;

/** What was read. */
export interface ReadSummary {
  readonly delimiter: Delimiter;
  /** Non-empty rows, the header included. */
  readonly rows: number;
  /** Size of the whole file. */
  readonly bytes: number;
  /** Lines read (the last one counted when it does not end in a newline). */
  readonly lines: number;
  /** Whether the last row ended within the bytes read (always, when they reach the end). */
  readonly complete: boolean;
}

export interface ReadOptions {
  /** Use this delimiter instead of detecting one. */
  readonly delimiter?: Delimiter;
  /** Called with the bytes of the file read so far, after each chunk (1 MiB) is read. */
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Called once, before the first row, with the delimiter given or detected. */
  readonly onDelimiter?: (delimiter: Delimiter) => void;
  /**
   * Read only bytes [from, to) (default: the whole file), numbering lines from 1 at `from`. A
   * part that does not end the file is not closed: whether its last row ended at `to` is
   * {@link ReadSummary.complete}.
   */
  readonly from?: number;
  readonly to?: number;
  /** Asked before each chunk: a reader that takes the quote-free rows it can (see {@link PlainRowReader}). */
  readonly plainRowReader?: () => PlainRowReader | undefined;
}

const SAMPLE_BYTES = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;
/**
 * The first chunk is smaller: it holds the header, and a reader that takes rows itself
 * ({@link ReadOptions.plainRowReader}) is asked for from the next chunk on.
 */
const FIRST_CHUNK_BYTES = 64 * 1024;

/** Streams `file`, calling `onRow` for every non-empty row. Errors thrown by `onRow` stop the read. */
export async function readRows(file: string, onRow: RowHandler, options: ReadOptions = {}): Promise<ReadSummary> {
  return readRawRows(file, (row) => onRow(row.fields(), row.line), options);
}

/**
 * Streams `file` as bytes, calling `onRow` for every non-empty row without decoding its fields
 * (see row-tokenizer.ts). Errors thrown by `onRow` stop the read.
 */
export async function readRawRows(file: string, onRow: RawRowHandler, options: ReadOptions = {}): Promise<ReadSummary> {
  const { size, sample } = await openSample(file);
  const from = options.from ?? 0;
  // Excel's "sep=;" first line names the delimiter; it is no row.
  const sepLine = from === 0 ? separatorLine(sample) : undefined;
  const delimiter = options.delimiter ?? sepLine ?? detectDelimiter(sample);
  options.onDelimiter?.(delimiter);
  const to = options.to ?? size;
  const handOn = sepLine === undefined ? onRow : (row: RawRow) => {
    if (row.line > 1) onRow(row);
  };
  const tokenizer = new RowTokenizer(delimiter, handOn, from === 0);
  const rowsDone = () => tokenizer.rowsDone - (sepLine === undefined ? 0 : 1);
  const lineEndings = new LineEndingNormaliser();
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new InputError('FILE_UNREADABLE', `cannot read the file (${error.code})`, { file }, 'check that you may read it');
  });
  try {
    // Two buffers: the next chunk is read (on libuv's thread pool) while this one is parsed.
    // Waiting for each read in turn had left each thread idle 10–65 ms of a 21,000-person load.
    const chunks = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
    const readAt = (position: number, chunk: Buffer) => {
      const want = position === from ? FIRST_CHUNK_BYTES : CHUNK_BYTES;
      const read = handle.read(chunk, 0, Math.min(want, to - position), position);
      read.catch(() => {}); // awaited below, unless parsing stops first
      return read;
    };
    let position = from;
    let next = position < to ? readAt(position, chunks[0]) : undefined;
    for (let turn = 0; next; turn++) {
      const { bytesRead, buffer: chunk } = await next;
      if (bytesRead === 0) break;
      position += bytesRead;
      next = position < to ? readAt(position, chunks[(turn + 1) % 2]) : undefined;
      tokenizer.plainRowReader = options.plainRowReader?.();
      // The tokenizer keeps no reference to the chunk, so the buffer can be reused.
      tokenizer.push(lineEndings.push(chunk.subarray(0, bytesRead)));
      options.onProgress?.(position, size);
    }
    tokenizer.push(lineEndings.end());
    if (to < size) return { delimiter, rows: rowsDone(), bytes: size, lines: tokenizer.linesDone, complete: tokenizer.complete };
    tokenizer.end();
  } catch (error) {
    if (error instanceof UnclosedQuoteError) {
      throw new InputError('MALFORMED_CSV', 'a quoted field is never closed', { file, line: error.line, column: error.column },
        'check the quoting on that line: a field that starts with " must end with "');
    }
    if (error instanceof NotUtf8Error) {
      throw new InputError('UNSUPPORTED_ENCODING', 'this field has bytes that are not UTF-8: the file was saved in another encoding (Windows-1252 or Latin-1, say)',
        { file, line: error.line, column: error.column }, 'save it as UTF-8 (in Excel: "CSV UTF-8"), or convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW');
    }
    throw error;
  } finally {
    await handle.close();
  }
  return { delimiter, rows: rowsDone(), bytes: size, lines: tokenizer.linesDone, complete: true };
}

/** The delimiter named by a first line `sep=X` (as Excel writes and reads it), if there is one. */
function separatorLine(sample: string): Delimiter | undefined {
  const named = /^sep=(.)(?:[\r\n]|$)/i.exec(sample)?.[1];
  return named === undefined ? undefined : parseDelimiterOption(named);
}

async function openSample(file: string): Promise<{ size: number; sample: string }> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      throw new InputError('FILE_UNREADABLE', 'this is a folder, not a file', { file }, 'name the CSV file inside it');
    }
    // A file is read more than once (a sample for the delimiter, then in parts on two threads),
    // which a stream cannot be; its size, 0, would otherwise make it "empty".
    if (!info.isFile()) {
      throw new InputError('FILE_UNREADABLE', 'this is a pipe or device, not a file: nodefinder reads a file more than once, which a stream cannot be', { file },
        'save the stream to a file first (command > saved.csv) and name that file instead');
    }
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw fileNotFound(file);
    if (code === 'ENOTDIR') throw new InputError('FILE_UNREADABLE', 'part of the path is a file, not a folder (ENOTDIR)', { file }, 'name a path whose folders are folders');
    throw new InputError('FILE_UNREADABLE', `cannot read the file (${code})`, { file }, 'check that it exists and that you may read it');
  }
  if (size === 0) throw new InputError('EMPTY_FILE', 'the file is empty', { file }, 'export it again with its header and rows');

  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new InputError('FILE_UNREADABLE', `cannot read the file (${error.code})`, { file }, 'check that you may read it');
  });
  try {
    const buffer = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    await handle.read(buffer, 0, buffer.length, 0);
    refuseNonText(buffer, file);
    return { size, sample: buffer.toString('utf8').replace(/^\uFEFF/, '') };
  } finally {
    await handle.close();
  }
}

/** Workbooks saved under a .csv name: .xlsx (a zip archive) and the older .xls. */
const WORKBOOK_SIGNATURES = [[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]];

/**
 * Refuses a file that is no UTF-8 text, from its first bytes: a workbook, UTF-16 (with a
 * byte-order mark, or without one, when every other byte is 0), or anything else holding a 0 byte,
 * which no text export has. Read as text, any of these gave columns of garbage and every row skipped.
 */
function refuseNonText(start: Buffer, file: string): void {
  if (WORKBOOK_SIGNATURES.some((signature) => signature.every((byte, i) => start[i] === byte))) {
    throw new InputError('UNSUPPORTED_ENCODING', 'this is a spreadsheet workbook (Excel .xlsx or .xls), not a CSV file', { file },
      'open it in the spreadsheet program and save the sheet as "CSV UTF-8"');
  }
  const utf16Hint = 'save it as UTF-8 (in Excel: "CSV UTF-8"), or convert it, e.g. iconv -f UTF-16 -t UTF-8 FILE > NEW';
  if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff)) {
    throw new InputError('UNSUPPORTED_ENCODING', 'the file is UTF-16', { file, line: 1 }, utf16Hint);
  }
  const zero = start.indexOf(0);
  if (zero < 0) return;
  if (zero <= 1) throw new InputError('UNSUPPORTED_ENCODING', 'the file is UTF-16 without a byte-order mark (every other byte is 0)', { file, line: 1 }, utf16Hint);
  const line = 1 + start.subarray(0, zero).filter((byte) => byte === 0x0a).length;
  throw new InputError('UNSUPPORTED_ENCODING', 'the file holds a 0 byte, which no text export has: it is not a text file, or is damaged', { file, line },
    'export the data again as CSV (UTF-8)');
}
