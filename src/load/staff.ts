/**
 * Reads the staff file: one row per person, `id` required, nodefinder's other fields
 * optional, and every other column kept as an attribute.
 */
import { InputError } from '../errors.js';
import type { ColumnMapping } from './columns.js';
import type { Delimiter } from './delimiter.js';
import { SkipTally, type FileReport } from './report.js';
import { fieldValue, readTable } from './table.js';

/** One person as read. Empty optional fields are ''. */
export interface StaffRecord {
  readonly id: string;
  readonly name: string;
  /** The team as written in the file (an id or name), or ''. */
  readonly team: string;
  readonly role: string;
  readonly manager: string;
  readonly location: string;
  readonly email: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly line: number;
}

/** The people of a staff file and its account. */
export interface StaffTable {
  readonly records: readonly StaffRecord[];
  /** 1-based column of the team field, for errors about unknown teams. */
  readonly teamColumn: number | undefined;
  readonly report: FileReport;
}

export interface StaffReadOptions {
  readonly columns?: ColumnMapping['staff'];
  readonly headerless?: boolean;
  readonly delimiter?: Delimiter;
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** Reads and checks a staff file. Duplicate ids are an error; rows without an id are skipped. */
export async function readStaff(file: string, options: StaffReadOptions = {}): Promise<StaffTable> {
  const records: StaffRecord[] = [];
  const firstLineOf = new Map<string, number>();
  const skipped = new SkipTally();
  const summary = await readTable({ kind: 'staff', file, ...options }, (fields, line, layout) => {
    const { index } = layout;
    const id = fieldValue(fields, index.id);
    if (id === '') {
      skipped.skip('malformed', line);
      return;
    }
    const earlier = firstLineOf.get(id);
    if (earlier !== undefined) {
      throw new InputError('DUPLICATE_ID', `staff id "${id}" appears twice (first on line ${earlier})`,
        { file, line, column: (index.id ?? 0) + 1 }, 'each person needs one row with a unique id: remove or merge the duplicate');
    }
    firstLineOf.set(id, line);
    const attributes: Record<string, string> = {};
    for (const extra of layout.extras) attributes[extra.name] = fieldValue(fields, extra.index);
    records.push({
      id,
      name: fieldValue(fields, index.name),
      team: fieldValue(fields, index.team),
      role: fieldValue(fields, index.role),
      manager: fieldValue(fields, index.manager),
      location: fieldValue(fields, index.location),
      email: fieldValue(fields, index.email),
      attributes,
      line,
    });
  });
  if (records.length === 0) {
    throw new InputError('EMPTY_FILE', 'the staff file lists no people', { file }, 'export it again with one row per person');
  }
  const teamIndex = summary.layout.index.team;
  return {
    records,
    teamColumn: teamIndex === undefined ? undefined : teamIndex + 1,
    report: {
      kind: 'staff',
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
