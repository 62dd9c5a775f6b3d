/**
 * Reads a file of things with ids (people, teams): rows without an id are skipped and reported,
 * a repeated id is an error naming both lines, and columns that are no field of nodefinder's
 * are kept as attributes.
 */
import { InputError } from '../errors.js';
import type { ColumnMapping, FieldOf } from './columns.js';
import type { Delimiter } from './delimiter.js';
import { SkipTally, type FileReport } from './report.js';
import { fieldValue, readTable } from './table.js';

export interface IdentifiedTableOptions<K extends 'staff' | 'teams'> {
  readonly columns?: ColumnMapping[K];
  readonly headerless?: boolean;
  readonly delimiter?: Delimiter;
}

/** One row: its id, its fields by name, its other columns, and its line. */
export interface IdentifiedRow<K extends 'staff' | 'teams'> {
  readonly id: string;
  /** Trimmed values of nodefinder's fields; '' when absent. */
  readonly fields: Readonly<Record<FieldOf<K>, string>>;
  readonly attributes: Readonly<Record<string, string>>;
  readonly line: number;
}

/** Reads `file` as a table of `kind`; `noun` names its rows in messages ("staff", "team"). */
export async function readIdentifiedTable<K extends 'staff' | 'teams'>(
  kind: K,
  file: string,
  options: IdentifiedTableOptions<K>,
  noun: string,
  hint: string,
): Promise<{ rows: IdentifiedRow<K>[]; fieldColumns: Partial<Record<FieldOf<K>, number>>; report: FileReport }> {
  const rows: IdentifiedRow<K>[] = [];
  const firstLineOf = new Map<string, number>();
  const skipped = new SkipTally();
  const summary = await readTable({ kind, file, ...options }, (values, line, layout) => {
    const index = layout.index as Partial<Record<string, number>>;
    const id = fieldValue(values, index.id);
    if (id === '') return skipped.skip('malformed', line);
    const earlier = firstLineOf.get(id);
    if (earlier !== undefined) {
      throw new InputError('DUPLICATE_ID', `${noun} id "${id}" appears twice (first on line ${earlier})`,
        { file, line, column: (index.id ?? 0) + 1 }, hint);
    }
    firstLineOf.set(id, line);
    const fields: Record<string, string> = {};
    for (const field of Object.keys(index)) fields[field] = fieldValue(values, index[field]);
    const attributes: Record<string, string> = {};
    for (const extra of layout.extras) attributes[extra.name] = fieldValue(values, extra.index);
    rows.push({ id, fields: fields as Record<FieldOf<K>, string>, attributes, line });
  });
  return {
    rows,
    fieldColumns: summary.layout.index as Partial<Record<FieldOf<K>, number>>,
    report: {
      kind,
      file,
      delimiter: summary.delimiter,
      header: !options.headerless,
      columns: summary.layout.source as Record<string, string>,
      attributes: summary.layout.extras.map((extra) => extra.name),
      unit: 'row',
      rowsRead: summary.rows,
      rowsUsed: rows.length,
      skipped: skipped.toList(),
    },
  };
}
