/**
 * Loads an organisation from its files: staff, then teams (optional), then interactions,
 * and returns it with the load report that accounts for every row.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NO_TEAM, organisationFromLoadedParts, type Organisation } from '../organisation/organisation.js';
import type { ColumnMapping, FileKind } from './columns.js';
import type { DelimiterName } from './delimiter.js';
import { readInteractions, type InteractionsFormat, type InteractionsResult } from './interactions.js';
import { SpareWorker, type LoadThreads } from './second-part.js';
import { checkLoadOptions, type CheckedLoadOptions } from './load-options-check.js';
import { addressesForIds, idsAlike, idsAlikeButForCase, parentsThatAreTeams, teamsApartFromStaff, undirectedInput, unmatchedChannels } from './load-warnings.js';
import { idsWrittenOtherwise } from './id-forms.js';
import { earlyPeriod } from './implausible-times.js';
import { readMessages } from './messages.js';
import { withOrigin } from './missing-file.js';
import { EXAMPLE_LINES, type LoadReport, type LoadSettings } from './report.js';
import { readStaff, type StaffRecord } from './staff.js';
import { readTeams } from './teams.js';
import { assignTeams, teamsFromStaff } from './assign-teams.js';
import { formatTimestamp, type DateOrder } from './values.js';
import { formatCount } from '../number-text.js';

/** Where the files are and how to read them. */
export interface LoadOptions {
  /** Folder holding staff.csv, teams.csv (optional) and interactions.csv. */
  readonly dir?: string;
  readonly staff?: string;
  /** A teams file; `false` ignores DIR/teams.csv. */
  readonly teams?: string | false;
  readonly interactions?: string;
  /**
   * A mail export's recipients file (message id, recipient). The interactions file then lists
   * messages (message id, sender, time, channel) and each recipient is one interaction.
   */
  readonly recipients?: string;
  readonly columns?: ColumnMapping;
  /** Files that have no header row. */
  readonly headerless?: readonly FileKind[];
  /**
   * The delimiter of every file, instead of detecting each: `','`, `';'`, `'\t'`, `'|'` or
   * `'whitespace'`, or a name as `--delimiter` takes it (`'comma'`, `'semicolon'`, `'tab'`,
   * `'pipe'`, `'space'`).
   */
  readonly delimiter?: DelimiterName;
  readonly interactionsFormat?: InteractionsFormat;
  /** Keep interactions at or after this time (seconds since 1970 UTC). */
  readonly since?: number;
  /** Keep interactions at or before this time. */
  readonly until?: number;
  readonly channels?: readonly string[];
  /**
   * Drop ties with fewer interactions, or with a weight column less summed weight (default 0:
   * every tie is kept; a default of 1 dropped every tie of survey strengths below 1).
   */
  readonly minInteractions?: number;
  /**
   * The interactions have no direction (contact sensors, meeting lists, a symmetric matrix): each
   * row is one interaction between its two people, and the directed view holds each tie both ways
   * with its full strength. A matrix must then be symmetric, and each tie is taken once. Not with
   * `recipients`: mail has a sender.
   */
  readonly undirected?: boolean;
  /** Unknown people in interactions are an error. */
  readonly strict?: boolean;
  /**
   * How dates in numbers only are read: `'dmy'` 31/03/2026 (UK), `'mdy'` 03/31/2026 (US). Without
   * it such a date is an error, since the file cannot say which it is.
   */
  readonly dateOrder?: DateOrder;
  /** Line numbers and example values the report keeps per skip reason, and ids or teams a DUPLICATE_ID or UNKNOWN_TEAM error lists (default 5). */
  readonly examples?: number;
  /** Threads: `'auto'` (the default) reads the second half of a large interactions file on a second core. */
  readonly threads?: LoadThreads;
  readonly onProgress?: (progress: LoadProgress) => void;
}

/** Where loading has got to, for progress displays. */
export interface LoadProgress {
  readonly stage: 'staff' | 'teams' | 'interactions' | 'network';
  /** Rows read so far in this stage. */
  readonly rows: number;
  readonly bytesRead: number;
  readonly totalBytes: number;
}

/** An organisation and the account of how it was read. */
export interface LoadResult {
  readonly organisation: Organisation;
  readonly report: LoadReport;
  /**
   * The first and last interaction of the channels kept, inside --since/--until or outside them
   * (seconds since 1970 UTC), or null without timestamps: the period the data covers, which
   * compare measures a period by when the period runs past it.
   */
  readonly dataPeriod: { readonly first: number; readonly last: number } | null;
}

/** The default file names inside a data folder. */
export const DEFAULT_FILES = { staff: 'staff.csv', teams: 'teams.csv', interactions: 'interactions.csv' } as const;

/** Reads the files and builds the organisation. Throws InputError for anything it cannot use. */
export async function loadOrganisation(given: LoadOptions): Promise<LoadResult> {
  const options = checkLoadOptions(given);
  const interactionsFile = options.interactions ?? join(options.dir ?? '.', DEFAULT_FILES.interactions);
  // A large edge list's second half is read on a worker: start it now, while the staff are read.
  const edgeList = !options.recipients && options.interactionsFormat !== 'matrix';
  const spareWorker = edgeList ? await SpareWorker.forFile(interactionsFile, options.threads ?? 'auto') : undefined;
  try {
    return await load(options, interactionsFile, spareWorker);
  } finally {
    spareWorker?.dismiss();
  }
}

async function load(options: CheckedLoadOptions, interactionsFile: string, spareWorker: SpareWorker | undefined): Promise<LoadResult> {
  const dir = options.dir ?? '.';
  const staffFile = options.staff ?? join(dir, DEFAULT_FILES.staff);
  const teamsFile = options.teams === false ? undefined : options.teams ?? defaultTeamsFile(dir);
  const headerless = new Set(options.headerless ?? []);
  const progress = options.onProgress;

  progress?.({ stage: 'staff', rows: 0, bytesRead: 0, totalBytes: 0 });
  const examples = options.examples ?? EXAMPLE_LINES;
  const staff = await readStaff(staffFile, { columns: options.columns?.staff, headerless: headerless.has('staff'), delimiter: options.delimiter, examples })
    .catch(withOrigin(staffFile, { flag: '--staff', named: options.staff !== undefined }));
  if (teamsFile) progress?.({ stage: 'teams', rows: 0, bytesRead: 0, totalBytes: 0 });
  const teamsTable = teamsFile
    ? await readTeams(teamsFile, { columns: options.columns?.teams, headerless: headerless.has('teams'), delimiter: options.delimiter, examples })
      .catch(withOrigin(teamsFile, { flag: '--teams', named: options.teams !== undefined }))
    : undefined;
  // A DIR/teams.csv beside a staff file from elsewhere may be another organisation's.
  const teamsElsewhere = teamsFile && options.teams === undefined ? teamsApartFromStaff(dir, options.staff) : [];
  const { teams, teamOf, splitTeams } = teamsTable
    ? { teams: teamsTable.records, teamOf: assignTeams(staff.records, teamsTable.records, staffFile, staff.teamColumn, teamsFile!, teamsElsewhere[0], examples), splitTeams: [] }
    : teamsFromStaff(staff.records);
  // With a teams file the teams' parents are the departments: a staff department column is kept as an attribute.
  const departmentHeader = teamsTable ? staff.report.columns.department : undefined;

  const personIndex = staff.personIndex;
  progress?.({ stage: 'interactions', rows: 0, bytesRead: 0, totalBytes: 0 });
  const interactionsOrigin = { flag: '--interactions', named: options.interactions !== undefined };
  const messages = options.recipients
    ? await readMessages(interactionsFile, personIndex, {
        columns: options.columns?.interactions,
        headerless: headerless.has('interactions'),
        delimiter: options.delimiter,
        strict: options.strict,
        dateOrder: options.dateOrder,
        examples,
      }).catch(withOrigin(interactionsFile, interactionsOrigin))
    : undefined;
  const interactions = await readInteractions(
    options.recipients ?? interactionsFile,
    personIndex,
    {
      messages: messages?.lookup,
      columns: messages ? options.columns?.recipients : options.columns?.interactions,
      headerless: headerless.has(messages ? 'recipients' : 'interactions'),
      delimiter: options.delimiter,
      format: options.interactionsFormat,
      since: options.since,
      until: options.until,
      channels: options.channels,
      minInteractions: options.minInteractions,
      undirected: options.undirected,
      strict: options.strict,
      dateOrder: options.dateOrder,
      examples,
      threads: options.threads,
      spareWorker,
      onProgress: progress && ((rows, bytesRead, totalBytes) => progress({ stage: 'interactions', rows, bytesRead, totalBytes })),
    },
  ).catch(options.recipients ? withOrigin(options.recipients, { flag: '--recipients', named: true }) : withOrigin(interactionsFile, interactionsOrigin));

  progress?.({ stage: 'network', rows: 0, bytesRead: 0, totalBytes: 0 });
  const organisation = organisationFromLoadedParts({
    people: staff.records.map((record, index) => ({
      id: record.id,
      name: record.name,
      team: teamOf[index],
      role: record.role,
      manager: record.manager,
      location: record.location,
      email: record.email,
      attributes: departmentHeader && record.department !== '' ? { ...record.attributes, [departmentHeader]: record.department } : record.attributes,
    })),
    teams: teams.map((team) => ({ id: team.id, name: team.name || team.id, parent: team.parent, attributes: team.attributes })),
    ties: interactions.ties,
    arcs: interactions.arcs,
    channels: interactions.channels,
    weighted: interactions.weighted,
    undirected: options.undirected,
    personIndex,
  });

  const files = [staff.report, ...(teamsTable ? [teamsTable.report] : []), ...(messages ? [messages.report] : []), interactions.report];
  const warnings = [
    ...staff.warnings,
    ...(teamsTable?.warnings ?? []),
    ...(messages?.warnings ?? []),
    ...interactions.warnings,
    ...unmatchedChannels(options.channels, interactions.channels, interactions.report),
    ...addressesForIds(staff.report, messages ? [messages.report, interactions.report] : [interactions.report]),
    ...idsWrittenOtherwise(messages ? [messages.report, interactions.report] : [interactions.report], personIndex),
    ...(teamsTable ? parentsThatAreTeams(teamsTable.records) : []),
    ...idsAlike(staff.records),
    ...idsAlikeButForCase(staff.records),
    ...(options.undirected ? [] : undirectedInput(interactions.arcs, staff.records, options.interactionsFormat === 'matrix')),
    ...splitTeams,
    ...teamsElsewhere,
  ];
  return {
    organisation,
    report: { ...summarise(organisation, files, staff.records, personIndex, warnings), settings: loadSettings(options) },
    dataPeriod: dataPeriod(organisation.period, interactions.outsideWindow),
  };
}

/** The span of the interactions used widened by the rows left outside the time window. */
function dataPeriod(used: Organisation['period'], outside: InteractionsResult['outsideWindow']): LoadResult['dataPeriod'] {
  const first = Math.min(used?.first ?? Infinity, outside.earliest);
  const last = Math.max(used?.last ?? -Infinity, outside.latest);
  return first <= last ? { first, last } : null;
}

function loadSettings(options: CheckedLoadOptions): LoadSettings {
  const time = (seconds: number | undefined) => (seconds === undefined ? null : formatTimestamp(seconds));
  return {
    since: time(options.since),
    until: time(options.until),
    channels: options.channels ? [...options.channels] : null,
    minInteractions: options.minInteractions ?? 0,
    undirected: options.undirected ?? false,
    strict: options.strict ?? false,
    dateOrder: options.dateOrder ?? null,
  };
}

function defaultTeamsFile(dir: string): string | undefined {
  const file = join(dir, DEFAULT_FILES.teams);
  return existsSync(file) ? file : undefined;
}

function summarise(
  organisation: Organisation,
  files: LoadReport['files'],
  staff: readonly StaffRecord[],
  personIndex: ReadonlyMap<string, number>,
  warnings: string[],
): Omit<LoadReport, 'settings'> {
  const { people, teams, ties, arcs, network } = organisation;
  let interactions = 0;
  for (let i = 0; i < ties.length; i++) interactions += ties.strength[i];
  let withoutInteractions = 0;
  for (let v = 0; v < people.length; v++) {
    if (network.out.offsets[v + 1] === network.out.offsets[v]) withoutInteractions++;
  }
  const unknownManagers = staff.filter((person) => person.manager !== '' && !personIndex.has(person.manager));
  if (unknownManagers.length > 0) {
    const lines = unknownManagers.slice(0, 5).map((person) => person.line).join(', ');
    warnings.push(`${peopleHave(unknownManagers.length)} a manager who is not in the staff file (lines ${lines}${unknownManagers.length > 5 ? ', …' : ''})`);
  }
  const emptyTeams = teams.filter((team) => team.members.length === 0).map((team) => team.id);
  if (emptyTeams.length > 0) warnings.push(`${emptyTeams.length === 1 ? '1 team has' : `${emptyTeams.length} teams have`} no members: ${emptyTeams.slice(0, 5).join(', ')}${emptyTeams.length > 5 ? ', …' : ''}`);
  // The interactions file, or a mail export's recipients file.
  const { kind, rowsRead } = files[files.length - 1];
  if (ties.length === 0) warnings.push(rowsRead === 0 ? `the ${kind} file has no rows after its header` : `no interactions were used: see the skipped rows of the ${kind} file`);
  // Teams of one are never silos, and their one member's silence is told by peopleWithoutInteractions.
  const silent = teams.filter((team) => team.members.length > 1 && team.members.every((v) => network.out.offsets[v + 1] === network.out.offsets[v]));
  if (ties.length > 0 && silent.length > 0) {
    // Counted, not named: a small team named here would say of each member that they had no interaction.
    const people = peopleCount(silent.reduce((sum, team) => sum + team.members.length, 0));
    warnings.push(silent.length === 1
      ? `1 team (${people}) has no interaction at all: nothing says how it talks, so it is not judged as a silo; check that the export covers it`
      : `${formatCount(silent.length)} teams (${people}) have no interaction at all: nothing says how they talk, so they are not judged as silos; check that the export covers them`);
  }
  // People are in staff-file order. Their lines are given: a footer row ("Total: 4 employees") is one such person.
  const withoutTeam = staff.filter((_, v) => people[v].team === NO_TEAM);
  if (withoutTeam.length > 0) {
    warnings.push(`${peopleHave(withoutTeam.length)} no team (lines ${withoutTeam.slice(0, 5).map((person) => person.line).join(', ')}${withoutTeam.length > 5 ? ', …' : ''})`);
  }
  const { period } = organisation;
  if (period && period.last >= IMPLAUSIBLY_LATE) {
    warnings.push(`the last interaction is dated in the year ${new Date(period.last * 1000).getUTCFullYear()}: times in microseconds (16 digits) are read as milliseconds, so convert them to seconds or milliseconds, or check the period before using --since, --until or compare`);
  }
  if (period) warnings.push(...earlyPeriod(period.first));
  return {
    files,
    people: people.length,
    teams: teams.length,
    ties: ties.length,
    arcs: arcs.length,
    interactions,
    summedWeights: organisation.weighted,
    peopleWithoutTeam: withoutTeam.length,
    peopleWithoutInteractions: withoutInteractions,
    emptyTeams,
    channels: organisation.channels,
    period: period ? { first: formatTimestamp(period.first), last: formatTimestamp(period.last) } : null,
    warnings,
  };
}

/** And from 2200 on: microseconds read as milliseconds land in the year 58,000. */
const IMPLAUSIBLY_LATE = Date.UTC(2200, 0, 1) / 1000;

function peopleCount(count: number): string {
  return count === 1 ? '1 person' : `${formatCount(count)} people`;
}

function peopleHave(count: number): string {
  return `${peopleCount(count)} ${count === 1 ? 'has' : 'have'}`;
}
