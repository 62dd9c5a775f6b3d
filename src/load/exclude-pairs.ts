/**
 * Reads an `--exclude` file: pairs of person ids in the first two columns (any delimiter),
 * already introduced or not to be suggested, with or without a header row. A header naming a
 * `from` and a `to` column, as nodefinder's own introductions CSV does (`from,from_name,…,to,…`),
 * says where the pair is instead, so that file can be given back as it is.
 *
 * Whether the first row is a header can only be told against the staff: it is data when either
 * value is a person's id, since a header "from,to" names no one, and taking a headerless file's
 * first pair for a header would drop it unseen. So the file is read first (a missing file fails
 * before the long load) and its pairs are sorted out once the organisation is known.
 */
import { InputError } from '../errors.js';
import { withOrigin } from './missing-file.js';
import { readRows } from './read-rows.js';

/** One row of the file: its line and first two values (trimmed; empty when missing). */
export interface ExcludeRow {
  readonly line: number;
  readonly ids: readonly [string, string];
}

/** The rows of an exclude file, the first (header or not) included. */
export interface ExcludeFile {
  readonly file: string;
  readonly rows: readonly ExcludeRow[];
  /** The columns the pair is read from, counted from 0. */
  readonly columns: readonly [number, number];
}

/** The pairs to exclude, and the rows left out because they name someone not in the staff. */
export interface ExcludePairs {
  readonly pairs: readonly (readonly [string, string])[];
  readonly unknown: readonly { readonly line: number; readonly id: string; readonly column: number }[];
  /** Data rows read (the header not counted). */
  readonly rows: number;
  /** The first row when it was taken for a header (it names no one in the staff file), else null. */
  readonly header: readonly [string, string] | null;
}

export async function readExcludeFile(file: string): Promise<ExcludeFile> {
  const rows: ExcludeRow[] = [];
  let columns: [number, number] = [0, 1];
  await readRows(file, (fields, line) => {
    const cells = fields.map((field) => field.trim());
    if (rows.length === 0) columns = pairColumns(cells);
    rows.push({ line, ids: [cells[columns[0]] ?? '', cells[columns[1]] ?? ''] });
  }).catch(withOrigin(file, { flag: '--exclude', named: true }));
  return { file, rows, columns };
}

/** `from` and `to` when the first row names both (in any case), else the first two columns. */
function pairColumns(first: readonly string[]): [number, number] {
  const lower = first.map((cell) => cell.toLowerCase());
  const [from, to] = [lower.indexOf('from'), lower.indexOf('to')];
  return from >= 0 && to >= 0 ? [from, to] : [0, 1];
}

/** Header words of an exclude file, less digits and letters after them (`id1`, `Person A`). */
const HEADER_WORDS = new Set(['from', 'to', 'source', 'target', 'person', 'people', 'id', 'personid', 'staffid', 'employeeid', 'staff',
  'employee', 'name', 'ego', 'alter', 'who', 'whom', 'with', 'colleague', 'member', 'introduced', 'introducer', 'first', 'second', 'pair']);

/** Whether a first row's cell is a usual header word, so that taking its row for a header needs no word on stderr. */
export function isHeaderWord(cell: string): boolean {
  const word = cell.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s*([0-9]+|[ab])$/, '').replace(/ /g, '');
  return HEADER_WORDS.has(word);
}

/**
 * The pairs of `exclude` among the people `isPerson` knows. A pair naming someone else excludes
 * nothing: it is listed in `unknown` for the caller to report, or with `strict` is an error, as an
 * interaction with such a person is.
 */
export function excludePairs(exclude: ExcludeFile, isPerson: (id: string) => boolean, strict: boolean): ExcludePairs {
  const [first] = exclude.rows;
  const header = first && !isPerson(first.ids[0]) && !isPerson(first.ids[1]) ? first : null;
  const data = header ? exclude.rows.slice(1) : exclude.rows;
  const pairs: (readonly [string, string])[] = [];
  const unknown: { line: number; id: string; column: number }[] = [];
  for (const { line, ids } of data) {
    const missing = ids.indexOf('');
    if (missing >= 0) {
      throw new InputError('MISSING_COLUMN', 'an exclude row needs two person ids', { file: exclude.file, line, column: exclude.columns[missing] + 1 },
        'write one pair per row, ID,ID, under an optional header row');
    }
    const stranger = ids.findIndex((id) => !isPerson(id));
    if (stranger < 0) {
      pairs.push(ids);
      continue;
    }
    if (strict) {
      throw new InputError('UNKNOWN_PERSON', `"${ids[stranger]}" is not in the staff file`, { file: exclude.file, line, column: exclude.columns[stranger] + 1 },
        'correct the id or remove the pair, or run without --strict to skip such pairs');
    }
    unknown.push({ line, id: ids[stranger], column: exclude.columns[stranger] + 1 });
  }
  return { pairs, unknown, rows: data.length, header: header && header.ids };
}
