/**
 * Reads the staff file: one row per person, `id` required, nodefinder's other fields
 * optional, and every other column kept as an attribute.
 */
import { InputError } from '../errors.js';
import type { ColumnMapping } from './columns.js';
import type { Delimiter } from './delimiter.js';
import { withoutExcelError } from './excel-errors.js';
import { readIdentifiedTable } from './identified-table.js';
import type { FileReport } from './report.js';

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
  /**
   * The department or directorate above the person's team, or ''. It makes the teams' parents
   * when there is no teams file; with one, the teams file says, and this is kept as an attribute.
   */
  readonly department: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly line: number;
}

/** The people of a staff file and its account. */
export interface StaffTable {
  readonly records: readonly StaffRecord[];
  /** Each person's index (their row among `records`) by id. */
  readonly personIndex: ReadonlyMap<string, number>;
  /** 1-based column of the team field, for errors about unknown teams. */
  readonly teamColumn: number | undefined;
  readonly report: FileReport;
  /** Things worth a look that did not stop the read (values over several lines). */
  readonly warnings: readonly string[];
}

export interface StaffReadOptions {
  readonly columns?: ColumnMapping['staff'];
  readonly headerless?: boolean;
  readonly delimiter?: Delimiter;
  /** Line numbers and example values kept per skip reason (default 5). */
  readonly examples?: number;
}

/** Reads and checks a staff file. Duplicate ids are an error; rows without an id are skipped. */
export async function readStaff(file: string, options: StaffReadOptions = {}): Promise<StaffTable> {
  const { rows: records, indexOf: personIndex, fieldColumns, report, warnings } = await readIdentifiedTable('staff', file, options, 'staff',
    'each person needs one row with a unique id: remove or merge the duplicate',
    (id, value, attributes, line): StaffRecord => ({
      id,
      name: value('name'),
      // A failed lookup leaves the person without a team (warned of, by line), not in a team "#N/A".
      team: withoutExcelError(value('team')),
      role: value('role'),
      manager: value('manager'),
      location: value('location'),
      email: value('email'),
      department: withoutExcelError(value('department')),
      attributes,
      line,
    }));
  if (records.length === 0) {
    throw new InputError('EMPTY_FILE', 'the staff file lists no people', { file }, 'export it again with one row per person');
  }
  const teamIndex = fieldColumns.team;
  return { records, personIndex, teamColumn: teamIndex === undefined ? undefined : teamIndex + 1, report, warnings };
}
