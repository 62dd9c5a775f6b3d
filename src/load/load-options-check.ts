/**
 * loadOrganisation's options, checked as the CLI checks its flags: an unknown name or a value
 * out of range is a UsageError naming it.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';
import { refuseUnknownOptions } from '../option-names.js';
import { FIELDS, isFileKind, kindOfField } from './columns.js';
import { parseDelimiterOption, type Delimiter } from './delimiter.js';
import type { LoadOptions } from './load-organisation.js';
import { DATE_ORDERS, YEAR_10000_SECONDS } from './values.js';

/** Every option loadOrganisation takes. */
const LOAD_OPTIONS = ['dir', 'staff', 'teams', 'interactions', 'recipients', 'columns', 'headerless', 'delimiter', 'interactionsFormat', 'since', 'until',
  'channels', 'minInteractions', 'undirected', 'strict', 'dateOrder', 'examples', 'threads', 'onProgress'];

/** Load options as they are read with: the delimiter as the one its name names. */
export type CheckedLoadOptions = Omit<LoadOptions, 'delimiter'> & { readonly delimiter?: Delimiter };

/**
 * The options the CLI's flags would refuse, refused the same way for a library caller; returns
 * them with the delimiter named as the CLI names it (`'tab'`) read as the delimiter it is.
 */
export function checkLoadOptions(options: LoadOptions): CheckedLoadOptions {
  refuseUnknownOptions('loadOrganisation', options, LOAD_OPTIONS);
  const { since, until, minInteractions, examples, threads, dateOrder, channels, interactionsFormat, strict, undirected } = options;
  checkFiles(options);
  checkColumns(options);
  checkHeaderless(options.headerless);
  if (strict !== undefined && typeof strict !== 'boolean') {
    throw new UsageError(`loadOrganisation: strict must be true or false, not ${JSON.stringify(strict)}`);
  }
  if (undirected !== undefined && typeof undirected !== 'boolean') {
    throw new UsageError(`loadOrganisation: undirected must be true or false, not ${JSON.stringify(undirected)}`);
  }
  // A mail export names the sender of each message: its direction is the point of it.
  if (undirected === true && typeof options.recipients === 'string') {
    throw new UsageError('loadOrganisation: undirected reads interactions that have no direction, but recipients names a mail export, whose every message has a sender',
      'leave out undirected to read the mail export');
  }
  if (threads !== undefined && threads !== 'auto' && !(Number.isSafeInteger(threads) && threads >= 1)) {
    throw new UsageError(`loadOrganisation: threads must be 'auto' or a whole number of at least 1, not ${String(threads)}`);
  }
  if (dateOrder !== undefined && !(DATE_ORDERS as readonly string[]).includes(dateOrder)) {
    throw new UsageError(`loadOrganisation: dateOrder must be ${DATE_ORDERS.join(' or ')}, not ${String(dateOrder)}`);
  }
  if (channels !== undefined && !(Array.isArray(channels) && channels.every((channel) => typeof channel === 'string'))) {
    throw new UsageError(`loadOrganisation: channels must be a list of channel names, not ${JSON.stringify(channels)}`, 'e.g. channels: ["email"]');
  }
  // No channel selected would skip every interaction as another channel's, without an error.
  if (channels !== undefined && channels.length === 0) {
    throw new UsageError('loadOrganisation: channels is an empty list, which selects no interaction', 'leave channels out to read every channel, or name the ones to read, e.g. channels: ["email"]');
  }
  if (interactionsFormat !== undefined && interactionsFormat !== 'edges' && interactionsFormat !== 'matrix') {
    throw new UsageError(`loadOrganisation: interactionsFormat must be edges or matrix, not ${String(interactionsFormat)}`);
  }
  for (const [name, value] of [['since', since], ['until', until]] as const) {
    if (value !== undefined && !Number.isFinite(value)) throw new UsageError(`loadOrganisation: ${name} must be seconds since 1970, not ${value}`);
    // Date.parse and Date.now give milliseconds: read as seconds, 2026 would be the year 58,000.
    if (value !== undefined && value >= YEAR_10000_SECONDS) {
      throw new UsageError(`loadOrganisation: ${name} ${value} is after the year 9999 as seconds since 1970: it looks like milliseconds`, `divide it by 1000, e.g. ${name}: Date.parse('2026-01-01') / 1000`);
    }
  }
  if (since !== undefined && until !== undefined && since > until) {
    throw new UsageError(`loadOrganisation: since (${since}) is after until (${until}): no interaction could be in the window`, 'swap the two');
  }
  if (minInteractions !== undefined && !(Number.isFinite(minInteractions) && minInteractions >= 0)) {
    throw new UsageError(`loadOrganisation: minInteractions must be a number of 0 or more, not ${minInteractions}`);
  }
  if (examples !== undefined && !(Number.isSafeInteger(examples) && examples >= 1)) {
    throw new UsageError(`loadOrganisation: examples must be a whole number of at least 1, not ${examples}`);
  }
  return { ...options, delimiter: checkedDelimiter(options.delimiter) };
}

/** The delimiter a `delimiter` option names: one the CLI's --delimiter takes, by character or name. */
function checkedDelimiter(delimiter: unknown): Delimiter | undefined {
  if (delimiter === undefined) return undefined;
  const parsed = typeof delimiter === 'string' ? parseDelimiterOption(delimiter) : undefined;
  if (parsed === undefined) {
    throw new UsageError(`loadOrganisation: delimiter must be ',', ';', '\\t', '|' or 'whitespace', or a name: 'comma', 'semicolon', 'tab', 'pipe' or 'space'; not ${JSON.stringify(delimiter)}`,
      'or leave it out: each file\'s delimiter is then detected');
  }
  return parsed;
}

/** Files are paths; `teams: false` ignores DIR/teams.csv (a path cannot be true). */
function checkFiles(options: LoadOptions): void {
  for (const name of ['dir', 'staff', 'teams', 'interactions', 'recipients'] as const) {
    const value: unknown = options[name];
    // null as undefined, as the loader itself reads it (options built from optional inputs).
    if (value === undefined || value === null || typeof value === 'string' || (name === 'teams' && value === false)) continue;
    throw new UsageError(`loadOrganisation: ${name} must be a ${name === 'dir' ? 'folder' : 'file'}'s path${name === 'teams' ? ', or false to read the teams from the staff file' : ''}, not ${JSON.stringify(value)}`);
  }
  // A file as the folder (dir: 'exports/staff.csv') would surface as "staff.csv/staff.csv: cannot
  // read the file (ENOTDIR)", as in the CLI (cli/data-folders.ts), which names neither the mistake nor the file options.
  const { dir } = options;
  if (typeof dir === 'string' && statSync(dir, { throwIfNoEntry: false })?.isFile()) {
    throw new UsageError(`loadOrganisation: dir "${dir}" is a file, but dir is the folder that holds staff.csv, teams.csv and interactions.csv`,
      `give the folder (${dirname(dir)}), or name the files with staff, teams and interactions`);
  }
}

/**
 * `columns` maps file to field to column, each field one of the file's (columns.ts FIELDS): a
 * misspelt file or field, or the CLI's flat form (`{ weight: 'score' }`), would be ignored.
 */
function checkColumns({ columns, recipients, teams }: LoadOptions): void {
  if (columns === undefined) return;
  const example = "e.g. columns: { staff: { team: 'Dept' }, interactions: { weight: 'Score' } }";
  if (!isMapping(columns)) throw new UsageError(`loadOrganisation: columns must map files to fields to columns, not ${JSON.stringify(columns)}`, example);
  for (const [kind, fields] of Object.entries(columns)) {
    // A file or field given as undefined is not given: the types allow it (team?: string).
    if (fields === undefined) continue;
    if (!isFileKind(kind)) {
      const fileOfField = kindOfField(kind);
      throw new UsageError(`loadOrganisation: columns names no file "${kind}": the files are staff, teams, interactions and recipients`,
        fileOfField ? `columns are given per file: columns: { ${fileOfField}: { ${kind}: ${JSON.stringify(fields)} } }` : example);
    }
    if (!isMapping(fields)) throw new UsageError(`loadOrganisation: columns.${kind} must map fields to columns, not ${JSON.stringify(fields)}`, example);
    for (const [field, column] of Object.entries(fields)) {
      if (column === undefined) continue;
      if (!(FIELDS[kind] as readonly string[]).includes(field)) {
        throw new UsageError(`loadOrganisation: columns.${kind}: the ${kind} file has no field "${field}"`, `its fields are ${FIELDS[kind].join(', ')}`);
      }
      if (typeof column !== 'string' || column.trim() === '') {
        throw new UsageError(`loadOrganisation: columns.${kind}.${field} must be a column's header or its 1-based position as text, not ${JSON.stringify(column)}`, `e.g. '${field === 'id' ? 'Employee Number' : 'Score'}' or '3'`);
      }
    }
  }
  // A mapping for a file that will not be read, as the CLI refuses it (load-flags.ts).
  if (columns.recipients && recipients === undefined) {
    throw new UsageError('loadOrganisation: columns maps recipients columns, but no recipients file is given', 'name the mail export\'s recipients file with recipients, or drop the recipients mapping');
  }
  if (columns.teams && teams === false) {
    throw new UsageError('loadOrganisation: columns maps teams columns, but teams: false ignores the teams file', 'drop teams: false or the teams mapping');
  }
}

function checkHeaderless(headerless: unknown): void {
  if (headerless === undefined) return;
  const hint = "name staff, teams, interactions or recipients, e.g. headerless: ['staff', 'interactions']";
  if (!Array.isArray(headerless)) throw new UsageError(`loadOrganisation: headerless must be a list of files, not ${JSON.stringify(headerless)}`, hint);
  for (const kind of headerless) {
    if (typeof kind !== 'string' || !isFileKind(kind)) throw new UsageError(`loadOrganisation: headerless: ${JSON.stringify(kind)} is not a file`, hint);
  }
}

/** A plain object of names to values, not a list or a value. */
function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
