/**
 * Reads one input file as a table: resolves its columns from the header (or from positions,
 * for a file without one) and hands each data row to the caller with that layout.
 */
import { InputError, type InputErrorCode } from '../errors.js';
import { columnList, resolveColumns, type ColumnLayout, type ColumnMapping, type FieldOf, type FileKind } from './columns.js';
import type { Delimiter } from './delimiter.js';
import { readRawRows, type ReadOptions } from './read-rows.js';
import type { RawRow } from './raw-row.js';

/** How to read one file. */
export interface TableOptions<K extends FileKind> {
  readonly kind: K;
  readonly file: string;
  readonly columns?: ColumnMapping[K];
  /** Fields the file must have, when not the kind's usual ones. */
  readonly required?: readonly FieldOf<K>[];
  /** The file has no header row. */
  readonly headerless?: boolean;
  readonly delimiter?: Delimiter;
  readonly onProgress?: ReadOptions['onProgress'];
  readonly onDelimiter?: ReadOptions['onDelimiter'];
  /** Read only the bytes before this offset (see {@link ReadOptions.to}). */
  readonly to?: number;
  /** Takes data rows straight from their bytes once it returns a reader (see {@link ReadOptions.plainRowReader}). */
  readonly plainRowReader?: ReadOptions['plainRowReader'];
}

/** What reading the table found. */
export interface TableSummary<K extends FileKind> {
  readonly layout: ColumnLayout<K>;
  readonly delimiter: Delimiter;
  /** Data rows, the header not counted. */
  readonly rows: number;
  /** Lines read, and whether the last row ended within them (see {@link ReadSummary}). */
  readonly lines: number;
  readonly complete: boolean;
}

/**
 * Streams the table as bytes, calling `onRecord` for each data row without decoding its fields
 * (the row is valid only during the call; see row-tokenizer.ts).
 */
export async function readRawTable<K extends FileKind>(
  options: TableOptions<K>,
  onRecord: (row: RawRow, layout: ColumnLayout<K>) => void,
): Promise<TableSummary<K>> {
  let layout: ColumnLayout<K> | undefined;
  const resolve = (fields: string[], columns = options.columns) =>
    resolveColumns(options.kind, options.headerless ? null : fields, fields.length, columns, options.file, options.required, options.delimiter);
  // A first row that names no required column: the header may be a few lines down.
  let missing: { error: InputError; looked: number } | undefined;
  // A row below is the header if it names the columns itself: a column given by position fits any row.
  const byName = Object.fromEntries(Object.entries(options.columns ?? {}).filter(([, spec]) => !/^\d+$/.test(String(spec).trim()))) as ColumnMapping[K];
  const summary = await readRawRows(
    options.file,
    (row) => {
      if (missing) {
        const fields = row.fields();
        if (namesColumns(() => resolve(fields, byName))) throw headerBelow(missing.error, row.line, fields);
        if (++missing.looked >= HEADER_SEARCH_ROWS) throw missing.error;
        return;
      }
      if (!layout) {
        const fields = row.fields();
        try {
          layout = resolve(fields);
        } catch (error) {
          if (options.headerless || !(error instanceof InputError) || error.code !== 'MISSING_COLUMN') throw error;
          missing = { error, looked: 0 };
          return;
        }
        if (!options.headerless) return;
      }
      onRecord(row, layout);
    },
    { delimiter: options.delimiter, onProgress: options.onProgress, onDelimiter: options.onDelimiter, to: options.to, plainRowReader: options.plainRowReader },
  );
  if (missing) throw missing.error;
  if (!layout) {
    throw new InputError('EMPTY_FILE', 'the file holds only blank lines', { file: options.file }, 'export it again with its header and rows');
  }
  return {
    layout,
    delimiter: summary.delimiter,
    rows: options.headerless ? summary.rows : summary.rows - 1,
    lines: summary.lines,
    complete: summary.complete,
  };
}

/** Rows after a first row that names no required column in which the header is looked for. */
const HEADER_SEARCH_ROWS = 5;

/** Whether `resolve` finds the columns (a later row is the header). */
function namesColumns(resolve: () => unknown): boolean {
  try {
    resolve();
    return true;
  } catch {
    return false;
  }
}

/**
 * The first row's MISSING_COLUMN error, with a hint naming the line below that holds the header:
 * lines above it (a report's title, an export's date) are no part of the table.
 */
function headerBelow(error: InputError, headerLine: number, header: readonly string[]): InputError {
  const above = headerLine - 1;
  return new InputError(error.code as InputErrorCode, error.message, { file: error.file, line: error.line },
    `line ${headerLine} looks like the header (${columnList(header.map((name) => name.trim()))}): delete the ${above === 1 ? 'line' : `${above} lines`} above it (a title or a note is no part of the table)`);
}

/** The trimmed value of a field in a row, or '' when the row is too short or the field is absent. */
export function fieldValue(fields: readonly string[], index: number | undefined): string {
  if (index === undefined) return '';
  return fields[index]?.trim() ?? '';
}
