/**
 * Reads the teams file: one row per team, `id` required, `name` and `parent` (the department
 * or directorate above it) optional, other columns kept as attributes.
 */
import type { ColumnMapping } from './columns.js';
import type { Delimiter } from './delimiter.js';
import { readIdentifiedTable } from './identified-table.js';
import type { FileReport } from './report.js';

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
  /** Things worth a look that did not stop the read (values over several lines). */
  readonly warnings: readonly string[];
}

export interface TeamsReadOptions {
  readonly columns?: ColumnMapping['teams'];
  readonly headerless?: boolean;
  readonly delimiter?: Delimiter;
  /** Line numbers and example values kept per skip reason (default 5). */
  readonly examples?: number;
}

/** Reads and checks a teams file. Duplicate ids are an error; rows without an id are skipped. */
export async function readTeams(file: string, options: TeamsReadOptions = {}): Promise<TeamsTable> {
  const { rows: records, report, warnings } = await readIdentifiedTable('teams', file, options, 'team', 'each team needs one row with a unique id',
    (id, value, attributes, line): TeamRecord => ({ id, name: value('name'), parent: value('parent'), attributes, line }));
  return { records, report, warnings };
}
