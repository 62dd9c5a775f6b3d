/**
 * Reads one input file as a table: resolves its columns from the header (or from positions,
 * for a file without one) and hands each data row to the caller with that layout.
 */
import { InputError } from '../errors.js';
import { resolveColumns, type ColumnLayout, type ColumnMapping, type FieldOf, type FileKind } from './columns.js';
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
  const summary = await readRawRows(
    options.file,
    (row) => {
      if (!layout) {
        const fields = row.fields();
        layout = resolveColumns(options.kind, options.headerless ? null : fields, fields.length, options.columns, options.file, options.required, options.delimiter);
        if (!options.headerless) return;
      }
      onRecord(row, layout);
    },
    { delimiter: options.delimiter, onProgress: options.onProgress, onDelimiter: options.onDelimiter, to: options.to, plainRowReader: options.plainRowReader },
  );
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

/** The trimmed value of a field in a row, or '' when the row is too short or the field is absent. */
export function fieldValue(fields: readonly string[], index: number | undefined): string {
  if (index === undefined) return '';
  return fields[index]?.trim() ?? '';
}
