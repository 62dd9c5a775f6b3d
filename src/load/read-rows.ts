/**
 * The one place that reads input files: streams a delimited text file row by row, whatever
 * its delimiter, line endings or byte-order mark, and numbers each row by its line.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { StringDecoder } from 'node:string_decoder';
import { InputError } from '../errors.js';
import { DelimitedParser, UnclosedQuoteError } from './delimited-parser.js';
import { detectDelimiter, type Delimiter } from './delimiter.js';
import { normaliseLineEndings } from './line-endings.js';

/** One row's fields and the 1-based line it starts on. */
export type RowHandler = (fields: string[], line: number) => void;

/** What was read. */
export interface ReadSummary {
  readonly delimiter: Delimiter;
  /** Non-empty rows, the header included. */
  readonly rows: number;
  readonly bytes: number;
}

export interface ReadOptions {
  /** Use this delimiter instead of detecting one. */
  readonly delimiter?: Delimiter;
  /** Called with the bytes of the file read so far, about every 64 KiB. */
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Called once, before the first row, with the delimiter given or detected. */
  readonly onDelimiter?: (delimiter: Delimiter) => void;
}

const SAMPLE_BYTES = 64 * 1024;

/** Streams `file`, calling `onRow` for every non-empty row. Errors thrown by `onRow` stop the read. */
export async function readRows(file: string, onRow: RowHandler, options: ReadOptions = {}): Promise<ReadSummary> {
  const { size, sample } = await openSample(file);
  const delimiter = options.delimiter ?? detectDelimiter(sample);
  options.onDelimiter?.(delimiter);
  const source = createReadStream(file, { highWaterMark: SAMPLE_BYTES });
  if (options.onProgress) {
    const report = options.onProgress;
    let read = 0;
    source.on('data', (chunk) => {
      read += chunk.length;
      report(read, size);
    });
  }
  const text = source.pipe(normaliseLineEndings());
  source.on('error', (error) => text.destroy(error));
  const rows =
    delimiter === 'whitespace' ? await readWhitespaceRows(text, onRow) : await readDelimitedRows(text, delimiter, file, onRow);
  return { delimiter, rows, bytes: size };
}

async function openSample(file: string): Promise<{ size: number; sample: string }> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      throw new InputError('FILE_UNREADABLE', 'this is a folder, not a file', { file }, 'name the CSV file inside it');
    }
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError('FILE_NOT_FOUND', 'file not found', { file }, 'check the path, or name the file with --staff, --teams or --interactions');
    }
    throw new InputError('FILE_UNREADABLE', `cannot read the file (${code})`, { file }, 'check that it exists and that you may read it');
  }
  if (size === 0) throw new InputError('EMPTY_FILE', 'the file is empty', { file }, 'export it again with its header and rows');

  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new InputError('FILE_UNREADABLE', `cannot read the file (${error.code})`, { file }, 'check that you may read it');
  });
  try {
    const buffer = Buffer.alloc(Math.min(size, SAMPLE_BYTES));
    await handle.read(buffer, 0, buffer.length, 0);
    if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
      throw new InputError('UNSUPPORTED_ENCODING', 'the file is UTF-16', { file, line: 1 }, 'save it as UTF-8 (in Excel: "CSV UTF-8")');
    }
    return { size, sample: buffer.toString('utf8').replace(/^\uFEFF/, '') };
  } finally {
    await handle.close();
  }
}

async function readDelimitedRows(
  text: NodeJS.ReadableStream,
  delimiter: string,
  file: string,
  onRow: RowHandler,
): Promise<number> {
  let rows = 0;
  const parser = new DelimitedParser(delimiter, (fields, line) => {
    rows++;
    onRow(fields, line);
  });
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of text) parser.push(decoder.write(chunk as Buffer));
    parser.push(decoder.end());
    parser.end();
  } catch (error) {
    if (error instanceof UnclosedQuoteError) {
      throw new InputError('MALFORMED_CSV', 'a quoted field is never closed', { file, line: error.line },
        'check the quoting on that line: a field that starts with " must end with "');
    }
    throw error;
  }
  return rows;
}

async function readWhitespaceRows(text: NodeJS.ReadableStream, onRow: RowHandler): Promise<number> {
  const lines = createInterface({ input: text, crlfDelay: Infinity });
  let line = 0;
  let rows = 0;
  let first = true;
  for await (let content of lines) {
    line++;
    if (first) {
      content = content.replace(/^\uFEFF/, '');
      first = false;
    }
    const trimmed = content.trim();
    if (trimmed === '') continue;
    rows++;
    onRow(trimmed.split(/[ \t]+/), line);
  }
  return rows;
}
