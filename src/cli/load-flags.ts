/**
 * The flags every command that reads an organisation shares, defined once so they behave the
 * same everywhere, and their translation into the library's LoadOptions.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { isFileKind, parseColumnMapping, type ColumnMapping, type FileKind } from '../load/columns.js';
import { parseDelimiterOption } from '../load/delimiter.js';
import type { LoadOptions } from '../load/load-organisation.js';
import { AFTER_9999_HINT, DATE_ORDERS, dateFlagHint, parseTimestamp, parseWindowEnd, YEAR_10000_SECONDS, type DateOrder } from '../load/values.js';
import { decimalFlagValue } from './decimal-flag.js';
import { wholeNumberFlag } from './whole-number-flag.js';

/** The raw flag values commander hands over. */
export interface LoadFlags {
  staff?: string;
  teams?: string | false;
  interactions?: string;
  recipients?: string;
  columns?: string[];
  headerless?: string;
  delimiter?: string;
  matrix?: boolean;
  since?: string;
  until?: string;
  minInteractions?: string;
  undirected?: boolean;
  channel?: string[];
  strict?: boolean;
  /** One of the flag's choices: commander checks them, and so does the config file (apply-config.ts). */
  dateOrder?: DateOrder;
  examples?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds the shared input flags to a command. */
export function addLoadFlags(command: Command): Command {
  command
    .argument('[dir]', 'folder holding staff.csv, teams.csv (optional) and interactions.csv', '.')
    // Too many arguments are refused by data-folders.ts, which can say when they are the files of a folder.
    .allowExcessArguments()
    .option('--config <file>', 'settings file: flags in camelCase as JSON keys (default DIR/nodefinder.config.json when it exists)')
    .option('--staff <file>', 'staff file (default DIR/staff.csv)')
    .option('--teams <file>', 'teams file (default DIR/teams.csv when it exists)')
    .option('--no-teams', 'ignore DIR/teams.csv: teams come from the staff file')
    .option('--interactions <file>', 'interactions file (default DIR/interactions.csv)')
    .option('--recipients <file>', 'mail export: the interactions file lists messages (id, sender, time) and this file their recipients (message id, recipient)')
    .option('--columns <mapping>', 'map columns, e.g. source=Sender,staff.team=DEPT (by header name or 1-based position; repeatable)', collect)
    .option('--headerless <files>', 'files without a header row: staff, teams, interactions, recipients (comma-separated)')
    .option('--delimiter <char>', 'field delimiter of every file: , ; tab | or space (default: detected per file)')
    .option('--matrix', 'the interactions file is an adjacency matrix, rows and columns in staff-file order')
    .option('--since <date>', 'use interactions at or after this date or date-time (ISO 8601)')
    .option('--until <date>', 'use interactions up to this date (inclusive) or date-time')
    .option('--min-interactions <n>', 'drop ties with fewer interactions (with a weight column: less summed weight) than this (default: keep every tie)')
    .option('--undirected', 'the interactions have no direction (contact sensors, meeting lists, a symmetric matrix): each tie counts both ways')
    .option('--channel <name>', 'use only interactions on this channel (repeatable)', collect)
    .option('--strict', 'treat interactions with people not in the staff file as an error, not a skipped row')
    .addOption(new Option('--date-order <order>', 'read timestamps written in numbers only: dmy for 31/03/2026 09:30 (UK), mdy for 03/31/2026 9:30 PM (US)').choices(DATE_ORDERS))
    .option('--examples <n>', 'line numbers and example values reported per reason rows were skipped (default 5; e.g. 1000 to list every unknown id)');
  refuseTeamsAndNoTeams(command);
  return command;
}

/**
 * `--teams FILE` and `--no-teams` set one value, so commander keeps whichever came last and the
 * other is dropped without a word: typed together, they are refused.
 */
function refuseTeamsAndNoTeams(command: Command): void {
  const typed = new Set<string>();
  for (const flag of ['teams', 'no-teams']) {
    command.on(`option:${flag}`, () => {
      typed.add(flag);
      if (typed.size === 2) throw new UsageError('--teams names a teams file and --no-teams ignores it: give one of them', 'drop --no-teams to read the file, or drop --teams FILE to take teams from the staff file');
    });
  }
}

/** Checks the flag values and turns them into LoadOptions. */
export function toLoadOptions(dir: string, flags: LoadFlags): LoadOptions {
  let columns: ColumnMapping = {};
  for (const text of flags.columns ?? []) columns = parseColumnMapping(text, columns);
  // A mapping for a file that will not be read would be ignored without a word.
  if (columns.recipients && flags.recipients === undefined) {
    throw new UsageError('--columns maps recipients columns, but no --recipients file is given', 'name the mail export\'s recipients file with --recipients FILE, or drop the recipients mapping');
  }
  // A mail export names the sender of each message: its direction is the point of it.
  if (flags.undirected && flags.recipients !== undefined) {
    throw new UsageError('--undirected reads interactions that have no direction, but --recipients names a mail export, whose every message has a sender', 'leave out --undirected to read the mail export');
  }
  if (columns.teams && flags.teams === false) {
    throw new UsageError('--columns maps teams columns, but --no-teams ignores the teams file', 'drop --no-teams or the teams mapping');
  }
  const delimiter = flags.delimiter === undefined ? undefined : parseDelimiterOption(flags.delimiter);
  if (flags.delimiter !== undefined && delimiter === undefined) {
    throw new UsageError(`--delimiter: "${flags.delimiter}" is not a delimiter nodefinder reads`, 'use one of , ; tab | space');
  }
  const minInteractions = flags.minInteractions === undefined ? undefined : decimalFlagValue(flags.minInteractions);
  if (minInteractions !== undefined && !(Number.isFinite(minInteractions) && minInteractions >= 0)) {
    throw new UsageError(`--min-interactions: "${flags.minInteractions}" is not a number of 0 or more`);
  }
  const dateOrder = flags.dateOrder;
  const since = flags.since === undefined ? undefined : timeFlag('--since', flags.since, dateOrder, parseTimestamp);
  const until = flags.until === undefined ? undefined : timeFlag('--until', flags.until, dateOrder, parseWindowEnd);
  if (since !== undefined && until !== undefined && since > until) {
    throw new UsageError(`--since ${flags.since} is after --until ${flags.until}: no interaction could be in the window`, 'swap the two dates');
  }
  return {
    dir,
    staff: flags.staff,
    teams: flags.teams === false ? false : flags.teams,
    interactions: flags.interactions,
    recipients: flags.recipients,
    columns,
    headerless: parseHeaderless(flags.headerless),
    delimiter,
    interactionsFormat: flags.matrix ? 'matrix' : 'edges',
    since,
    until,
    channels: flags.channel?.flatMap((value) => value.split(',')).map((value) => value.trim()),
    minInteractions,
    undirected: flags.undirected ?? false,
    strict: flags.strict ?? false,
    dateOrder,
    examples: flags.examples === undefined ? undefined : wholeNumberFlag('--examples', flags.examples, 1),
  };
}

function timeFlag(flag: string, text: string, dateOrder: DateOrder | undefined, parse: (text: string, dateOrder?: DateOrder) => number | undefined): number {
  const value = parse(text, dateOrder);
  if (value === undefined) throw new UsageError(`${flag}: "${text}" is not a date`, dateFlagHint(text, dateOrder));
  if (value >= YEAR_10000_SECONDS) throw new UsageError(`${flag}: "${text}" is after the year 9999`, AFTER_9999_HINT);
  return value;
}

function parseHeaderless(text: string | undefined): FileKind[] {
  if (text === undefined) return [];
  const kinds = text.split(',').map((kind) => kind.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!isFileKind(kind)) {
      throw new UsageError(`--headerless: "${kind}" is not a file`, 'name staff, teams, interactions or recipients, e.g. --headerless staff,interactions');
    }
  }
  return kinds as FileKind[];
}
