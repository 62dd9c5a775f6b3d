/**
 * Reads the teams file: one row per team, `id` required, `name` and `parent` (the department
 * or directorate above it) optional, other columns kept as attributes.
 */
import { InputError } from '../errors.js';
import type { ColumnMapping } from './columns.js';
import type { Delimiter } from './delimiter.js';
import { SkipTally, type FileReport } from './report.js';
import { fieldValue, readTable } from './table.js';

/** One team as read. */
export interface TeamRecord {
  readonly id: string;
  readonly name: string;
  readonly parent: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly line: number;
}

export interface TeamsTable {
  readonly records: readonly TeamRecord[];
  readonly report: FileReport;
}

export interface TeamsReadOptions {
  readonly columns?: ColumnMapping['teams'];
  readonly headerless?: boolean;
  readonly delimiter?: Delimiter;
}

/** Reads and checks a teams file. Duplicate ids are an error; rows without an id are skipped. */
export async function readTeams(file: string, options: TeamsReadOptions = {}): Promise<TeamsTable> {
  const records: TeamRecord[] = [];
  const firstLineOf = new Map<string, number>();
  const skipped = new SkipTally();
  const summary = await readTable({ kind: 'teams', file, ...options }, (fields, line, layout) => {
    const { index } = layout;
    const id = fieldValue(fields, index.id);
    if (id === '') {
      skipped.skip('malformed', line);
      return;
    }
    const earlier = firstLineOf.get(id);
    if (earlier !== undefined) {
      throw new InputError('DUPLICATE_ID', `team id "${id}" appears twice (first on line ${earlier})`,
        { file, line, column: (index.id ?? 0) + 1 }, 'each team needs one row with a unique id');
    }
    firstLineOf.set(id, line);
    const attributes: Record<string, string> = {};
    for (const extra of layout.extras) attributes[extra.name] = fieldValue(fields, extra.index);
    records.push({ id, name: fieldValue(fields, index.name), parent: fieldValue(fields, index.parent), attributes, line });
  });
  return {
    records,
    report: {
      kind: 'teams',
      file,
      delimiter: summary.delimiter,
      header: !options.headerless,
      columns: summary.layout.source as Record<string, string>,
      attributes: summary.layout.extras.map((extra) => extra.name),
      unit: 'row',
      rowsRead: summary.rows,
      rowsUsed: records.length,
      skipped: skipped.toList(),
    },
  };
}
