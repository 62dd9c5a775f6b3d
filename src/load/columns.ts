/**
 * Which column of a file holds which field. Headers are matched case-insensitively, ignoring
 * spaces, underscores and hyphens, against each field's aliases in priority order; anything else
 * is mapped explicitly (`--columns interactions.source=Sender`), by header name or 1-based position.
 */
import { InputError, UsageError } from '../errors.js';
import type { Delimiter } from './delimiter.js';
import { formatCount } from '../number-text.js';

/**
 * The kinds of input file. `recipients` is for mail exports that list messages (id, sender,
 * time) in the interactions file and each message's recipients in a second file.
 */
export type FileKind = 'staff' | 'teams' | 'interactions' | 'recipients';

/** The fields nodefinder reads from each kind of file; the first ones listed are required. */
export const FIELDS = {
  staff: ['id', 'name', 'team', 'role', 'manager', 'location', 'email', 'department'],
  teams: ['id', 'name', 'parent'],
  interactions: ['source', 'target', 'weight', 'timestamp', 'channel', 'message'],
  recipients: ['message', 'target'],
} as const satisfies Record<FileKind, readonly string[]>;

/** Whether `name` is a kind of input file (`staff`, `teams`, `interactions` or `recipients`). */
export function isFileKind(name: string): name is FileKind {
  return Object.hasOwn(FIELDS, name);
}

export type FieldOf<K extends FileKind> = (typeof FIELDS)[K][number];

/** Fields a file cannot be read without. */
export const REQUIRED: { readonly [K in FileKind]: readonly FieldOf<K>[] } = {
  staff: ['id'],
  teams: ['id'],
  interactions: ['source', 'target'],
  recipients: ['message', 'target'],
};

/** Header aliases per field, normalised (lower case, letters and digits only), best first. */
export const ALIASES: { readonly [K in FileKind]: { readonly [F in FieldOf<K>]: readonly string[] } } = {
  staff: {
    id: ['id', 'employeeid', 'staffid', 'personid', 'personnelid', 'empid', 'employeenumber', 'staffnumber', 'userid', 'employeeno', 'staffno', 'personnelnumber', 'payrollnumber', 'payrollno'],
    name: ['name', 'fullname', 'displayname', 'employeename', 'staffname'],
    // The narrowest grouping first: with Department and Section, the section is the team and the
    // department is above it; a file with one grouping column of any name reads it as the team.
    team: ['team', 'teamid', 'teamname', 'unit', 'section', 'department', 'dept', 'departmentid', 'directorate', 'division'],
    role: ['role', 'title', 'jobtitle', 'position', 'jobrole', 'job'],
    manager: ['manager', 'managerid', 'reportsto', 'linemanager', 'supervisor'],
    location: ['location', 'site', 'office', 'workplace', 'base'],
    email: ['email', 'emailaddress', 'mail'],
    // After team: a file with one department-like column reads it as the team (above).
    department: ['department', 'directorate', 'division', 'dept', 'departmentname', 'departmentid'],
  },
  teams: {
    id: ['id', 'teamid', 'team', 'code', 'unitid'],
    name: ['name', 'teamname', 'label', 'title'],
    parent: ['parent', 'parentid', 'department', 'directorate', 'division', 'dept', 'parentteam'],
  },
  interactions: {
    source: ['source', 'from', 'sender', 'ego', 'src', 'sourceid', 'fromid', 'requester'],
    target: ['target', 'to', 'recipient', 'alter', 'dst', 'targetid', 'toid', 'receiver'],
    weight: ['weight', 'count', 'n', 'interactions', 'frequency', 'edge', 'tie', 'value', 'strength'],
    timestamp: ['timestamp', 'time', 'date', 'datetime', 'sentat', 'sent', 'when'],
    channel: ['channel', 'medium', 'type', 'kind'],
    message: ['message', 'messageid', 'msgid', 'mid'],
  },
  recipients: {
    message: ['message', 'messageid', 'msgid', 'mid', 'id'],
    target: ['recipient', 'target', 'to', 'recipientid', 'receiver', 'alter'],
  },
};

/** Explicit column choices: a header name or a 1-based position, per file and field. */
export type ColumnMapping = { [K in FileKind]?: { [F in FieldOf<K>]?: string } };

/** Where each field sits in one file, and the other columns kept as attributes. */
export interface ColumnLayout<K extends FileKind> {
  /** 0-based index of each field found; missing optional fields are absent. */
  readonly index: { readonly [F in FieldOf<K>]?: number };
  /** The header name (or `column N`) each found field was read from. */
  readonly source: { readonly [F in FieldOf<K>]?: string };
  /** Columns that are no field of nodefinder's, kept as attributes (`unnamed`: the header cell is empty). */
  readonly extras: readonly { readonly index: number; readonly name: string; readonly unnamed?: true }[];
  /** Columns in the header (or in the first row of a file without one). */
  readonly width: number;
  /** The header's cells, trimmed; null for a file without one. */
  readonly header: readonly string[] | null;
}

/** Lower case, letters and digits only: `Employee_ID` and `employee id` both become `employeeid`. */
export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A header as matched against the aliases: normalised, less a unit or note in brackets at the
 * end, so that `Sent At (UTC)` is `sentat` and `Count (emails)` is `count`; a spreadsheet pivot's
 * `Count of Subject` is a count and its `Sum of Minutes` a weight.
 */
export function headerKey(name: string): string {
  const key = normaliseHeader(name.replace(/(\S)\s*[([][^()[\]]*[)\]]\s*$/, '$1'));
  return /^\s*count of /i.test(name) ? 'count' : /^\s*sum of /i.test(name) ? 'weight' : key;
}

/**
 * Finds each field's column. `header` is the first row, or null for a file without one, in
 * which case required fields default to the first columns in order and the rest must be named
 * by position. `width` is the number of columns in the first row.
 */
export function resolveColumns<K extends FileKind>(
  kind: K,
  header: readonly string[] | null,
  width: number,
  explicit: ColumnMapping[K] | undefined,
  file: string,
  required: readonly FieldOf<K>[] = REQUIRED[kind] as readonly FieldOf<K>[],
  givenDelimiter?: Delimiter,
): ColumnLayout<K> {
  const fields = FIELDS[kind] as readonly FieldOf<K>[];
  const index: { [F in FieldOf<K>]?: number } = {};
  const source: { [F in FieldOf<K>]?: string } = {};
  // Headers as written first, then less a bracketed unit: "Team ID" is the team before "Team (name)" is.
  const forms = header ? [header.map(normaliseHeader), header.map(headerKey)] : [];
  const taken = new Set<number>();

  const chosen = (explicit ?? {}) as Record<string, string | undefined>;
  for (const field of fields) {
    const spec = chosen[field];
    if (spec === undefined) continue;
    const at = locateExplicit(spec, header, width);
    if (at === undefined) {
      throw new InputError(
        'MISSING_COLUMN',
        `the column "${spec}" given for ${kind}.${field} is not in this file`,
        { file, line: 1 },
        header ? `its columns are: ${columnList(header)}` : `it has ${width} columns; give a position from 1 to ${width}`,
      );
    }
    const other = fields.find((f) => index[f] === at);
    if (other !== undefined) {
      throw new UsageError(`--columns maps ${kind}.${other} and ${kind}.${field} to the same column, "${spec}"`, 'give each field its own column');
    }
    index[field] = at;
    taken.add(at);
  }

  const mapped = new Set(taken);
  const aliases = ALIASES[kind] as Record<string, readonly string[]>;
  // The form of the headers each field was found in.
  const foundIn: Partial<Record<string, readonly string[]>> = {};
  for (const names of forms) {
    for (const field of fields) {
      if (index[field] !== undefined) continue;
      for (const alias of aliases[field]) {
        const at = names.findIndex((name, i) => name === alias && !taken.has(i));
        if (at >= 0) {
          index[field] = at;
          foundIn[field] = names;
          taken.add(at);
          break;
        }
      }
    }
  }
  // A field found by a header that names two columns: which one holds it, the file cannot say.
  for (const field of fields) {
    const at = index[field];
    if (at === undefined || chosen[field] !== undefined || !header) continue;
    // A twin mapped to another field by --columns is spoken for. Headers found less a bracketed
    // note are twins less it too: "From: (Name)" and "From: (Address)" are both "from".
    const names = foundIn[field] ?? forms[0];
    const twin = names.findIndex((name, i) => i !== at && !mapped.has(i) && name === names[at]);
    if (twin >= 0) {
      const [first, second] = [Math.min(at, twin), Math.max(at, twin)];
      const [a, b] = [header[first].trim(), header[second].trim()];
      const named = a === b ? `two columns "${a}" (columns ${first + 1} and ${second + 1})` : `"${a}" (column ${first + 1}) and "${b}" (column ${second + 1}), which both read as the ${field}`;
      throw new InputError('MALFORMED_CSV', `the header names ${named}, so which holds the ${field} is unclear`,
        { file, line: 1, column: second + 1 }, `rename one, or name the one to read by position, e.g. --columns ${kind}.${field}=${first + 1}`);
    }
  }
  // Without a header, the required fields are the first columns in order.
  for (const field of header ? [] : fields) {
    const position = (required as readonly string[]).indexOf(field);
    if (index[field] === undefined && position >= 0 && !taken.has(position) && position < width) {
      index[field] = position;
      taken.add(position);
    }
  }

  for (const field of required) {
    // Its own column given to another field (--columns source=target): say so, not that there is none.
    const own = index[field] === undefined ? forms.flatMap((names) => aliases[field].map((alias) => names.indexOf(alias))).find((at) => mapped.has(at)) : undefined;
    const other = own === undefined ? undefined : fields.find((f) => chosen[f] !== undefined && index[f] === own);
    if (own !== undefined && other !== undefined) {
      throw new UsageError(`--columns maps ${kind}.${other} to the column "${header![own].trim()}", which holds the ${field}: the ${kind} file then has no ${field} column`,
        `map ${kind}.${other} to its own column, or ${kind}.${field} to another with --columns ${kind}.${field}=COLUMN`);
    }
    if (index[field] === undefined) {
      throw new InputError(
        'MISSING_COLUMN',
        `no ${field} column in the ${kind} file`,
        { file, line: 1 },
        header
          ? delimiterHint(header, givenDelimiter) ?? titleHint(header) ?? dataHint(kind, field, header) ?? `its columns are: ${columnList(header)}; name the right one with --columns ${kind}.${field}=COLUMN`
          : `name its position with --columns ${kind}.${field}=N`,
      );
    }
  }

  for (const field of fields) {
    const at = index[field];
    if (at !== undefined) source[field] = header ? header[at] : `column ${at + 1}`;
  }
  const extras: { index: number; name: string; unnamed?: true }[] = [];
  for (let i = 0; i < width; i++) {
    if (taken.has(i)) continue;
    const name = header?.[i]?.trim();
    extras.push(name ? { index: i, name } : header ? { index: i, name: `column${i + 1}`, unnamed: true } : { index: i, name: `column${i + 1}` });
  }
  return { index, source, extras, width, header: header ? header.map((cell) => cell.trim()) : null };
}

const NUMBER = /^\s*[-+]?\d+([.,]\d+)?\s*$/;

/**
 * Values no header is named: a number, a date (2026-01-05, 05/01/2026), an e-mail address, a code
 * of a few letters and digits (P000001, E-1234), as staff ids are, but not one ending in a year
 * (FY2024, Q2025), as column names do.
 */
const DATA_VALUES = [
  NUMBER,
  /^\s*\d{4}-\d{2}-\d{2}([T ]|\s*$)/,
  /^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/,
  /^\s*[^@\s]+@[^@\s]+\.\w+\s*$/,
  /^\s*[A-Za-z]{1,4}[-_]?(?!(19|20)\d\d\s*$)\d{3,}\s*$/,
];

/**
 * The hint for a first row that holds a value no header is named: likelier data than a header
 * (Enron's employees file starts `1, John Arnold, Trading`; an export without its header starts
 * `P000001, Ciarán Bennett, …`), so --headerless comes first: naming one of its values as the
 * column would read the first person's row as the header. An interactions file whose first row is
 * all numbers across many columns is likelier an adjacency matrix than an edge list.
 * Undefined when every value reads as a column name.
 */
function dataHint(kind: FileKind, field: string, header: readonly string[]): string | undefined {
  if (!header.some((name) => DATA_VALUES.some((pattern) => pattern.test(name)))) return undefined;
  const columns = `its columns are: ${columnList(header)}; name the right one with --columns ${kind}.${field}=COLUMN`;
  const matrix = kind === 'interactions' && header.length > 3 && header.every((name) => NUMBER.test(name) || name.trim() === '');
  if (matrix) return `${columns}, or, if the file is an adjacency matrix (a row and a column per person, in staff-file order), read it with --matrix`;
  return `the first row looks like data, not a header (${columnList(header)}): if the file has no header, read it with --headerless ${kind} ` +
    `(columns then go by position: --columns ${kind}.${field}=N); if it is the header, name the right column with --columns ${kind}.${field}=COLUMN`;
}

/**
 * A header read as one column that holds another delimiter than the one --delimiter gave
 * (`id,name,team` read with --delimiter ';', which applies to every file): the delimiter is wrong,
 * not the column names. (A detected delimiter is the likeliest one already: no hint then.)
 */
function delimiterHint(header: readonly string[], given: Delimiter | undefined): string | undefined {
  if (given === undefined || header.length !== 1) return undefined;
  const other = [',', ';', '\t', '|'].find((mark) => mark !== given && header[0].includes(mark));
  if (other === undefined) return undefined;
  const named = other === '\t' ? 'tab' : `"${other}"`;
  return `the header was read as one column ("${columnList(header)}") though it holds ${named}: give --delimiter ${named}, or leave --delimiter out (it applies to every file; without it, each file's delimiter is detected)`;
}

/**
 * A first line of one value and empty cells ("Staff list as at 31/03/2026,,", as Excel pads a
 * title row to the width of the sheet), or of one value of several words with no delimiter at
 * all (delimiter.ts reads the delimiter from the lines below): a report's title, likelier than a
 * header.
 */
function titleHint(header: readonly string[]): string | undefined {
  const values = header.filter((name) => name.trim() !== '');
  if (values.length !== 1 || (header.length < 2 && !/\S\s+\S/.test(values[0]))) return undefined;
  return `the first line holds one value ("${columnList(values)}"): if it is a title above the header, delete the lines above the header; if it is the header, name the column with --columns`;
}

/** The header for a message: a row of a million fields (a file with no line breaks) must not make one of megabytes. */
export function columnList(header: readonly string[]): string {
  const shown = header.slice(0, LISTED_COLUMNS).map((name) => (name.length > 40 ? `${name.slice(0, 39)}…` : name));
  return shown.join(', ') + (header.length > LISTED_COLUMNS ? `, … (${formatCount(header.length)} in all)` : '');
}

/** Columns a message names at most. */
export const LISTED_COLUMNS = 20;

function locateExplicit(spec: string, header: readonly string[] | null, width: number): number | undefined {
  if (header) {
    const exact = header.findIndex((name) => name.trim() === spec.trim());
    if (exact >= 0) return exact;
    const loose = header.findIndex((name) => normaliseHeader(name) === normaliseHeader(spec));
    if (loose >= 0) return loose;
  }
  if (/^\d+$/.test(spec)) {
    const position = Number(spec);
    if (position >= 1 && position <= width) return position - 1;
  }
  return undefined;
}

/** Fields whose name alone says which file they belong to; `id` and `name` mean staff. */
export function kindOfField(field: string): FileKind | undefined {
  if (field === 'id' || field === 'name') return 'staff';
  for (const kind of ['staff', 'teams', 'interactions', 'recipients'] as const) {
    if ((FIELDS[kind] as readonly string[]).includes(field)) return kind;
  }
  return undefined;
}

/**
 * Parses `--columns` text: comma-separated `[file.]field=COLUMN` pairs, e.g.
 * `source=Sender,target=Recipient,staff.team=DEPT`. Later pairs override earlier ones.
 */
export function parseColumnMapping(text: string, into: ColumnMapping = {}): ColumnMapping {
  for (const pair of text.split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) {
      throw new UsageError(`--columns: "${pair}" is not FIELD=COLUMN`, 'for example --columns source=Sender,staff.team=Dept');
    }
    const key = pair.slice(0, eq).trim();
    const column = pair.slice(eq + 1).trim();
    const dot = key.indexOf('.');
    const field = dot >= 0 ? key.slice(dot + 1) : key;
    const kind = dot >= 0 ? key.slice(0, dot) : kindOfField(field);
    if (kind === undefined || !isFileKind(kind)) {
      throw new UsageError(`--columns: unknown file or field "${key}"`, `the fields are ${Object.entries(FIELDS).map(([file, fields]) => `${file}: ${fields.join(', ')}`).join('; ')} (README, "How files are read")`);
    }
    if (!(FIELDS[kind] as readonly string[]).includes(field)) {
      throw new UsageError(`--columns: the ${kind} file has no field "${field}"`, `its fields are ${FIELDS[kind].join(', ')}`);
    }
    const forKind = (into[kind] ??= {}) as Record<string, string>;
    forKind[field] = column;
  }
  return into;
}
