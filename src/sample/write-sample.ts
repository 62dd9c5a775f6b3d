/**
 * Writes a sample organisation to a folder: staff.csv, teams.csv, interactions.csv (in time
 * order, as real exports are) and truth.json, the planted answers. The same options always give
 * byte-identical files. All four or none: they are written into a hidden folder inside the
 * target and moved into place only once all are complete, and a failed run removes what it made
 * (a cut-short interactions.csv was taken for a real organisation, and its staff.csv made a second
 * run refuse the folder). What happens when the process ends midway is the caller's: a library
 * installs no signal handlers in someone else's process, so the CLI passes its removeOnExit.
 */
import { lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { OutputError } from '../errors.js';
import { BufferedFileWriter } from './buffered-file-writer.js';
import { csvField } from './csv-field.js';
import { generateEvents } from './generate-events.js';
import { generateOrganisation, type SampleOrganisation } from './generate-organisation.js';
import { generateTies } from './generate-ties.js';
import { makeFolders } from './make-folders.js';
import { generateSecondPeriod, SECOND_EVENTS_STREAM, TURNOVER, type SecondPeriodPlan } from './second-period.js';
import { writeInteractions } from './write-interactions.js';
import { resolveSampleOptions, type ResolvedSampleOptions, type SampleOptions } from './sample-options.js';

/** The planted ground truth, as written to truth.json. Id lists are sorted. */
export interface SampleTruth {
  readonly seed: number;
  readonly staff: number;
  /** Every option the files were generated with, defaults filled in. */
  readonly options: ResolvedSampleOptions & { readonly secondPeriod?: true };
  /** Rows in interactions.csv (both periods, with `secondPeriod`). */
  readonly interactions: number;
  /** Ids of people with far more distinct contacts than anyone else. */
  readonly connectors: readonly string[];
  /** Ids of people who carry most of the ties between departments. */
  readonly brokers: readonly string[];
  /** Ids of teams whose members talk almost only to each other. */
  readonly siloTeams: readonly string[];
  /** Ids of people with no interactions. */
  readonly isolates: readonly string[];
  /** Department names, as in the `parent` column of teams.csv. */
  readonly departments: readonly string[];
  /** With the `secondPeriod` option only: the two periods and what changed between them. */
  readonly secondPeriod?: SecondPeriodTruth;
}

/** The planted changes of the second period (see second-period.ts). */
export interface SecondPeriodTruth {
  /** First and last day of each period, inclusive, `YYYY-MM-DD`. */
  readonly before: { readonly start: string; readonly end: string };
  readonly after: { readonly start: string; readonly end: string };
  /** Rows of interactions.csv in the second period (they follow the first period's rows). */
  readonly interactions: number;
  /** Id of the team with no ties outside itself in the second period. */
  readonly cutOffTeam: string;
  /** Id of the planted broker with no interactions in the second period. */
  readonly leavingBroker: string;
  /** Names of the two departments whose people work as one department in the second period. */
  readonly mergedDepartments: readonly [string, string];
  /** Id of a team none of the planted changes touches. */
  readonly controlTeam: string;
  /** Share of ordinary contacts between teams that moved to another colleague. */
  readonly turnover: number;
}

/** Where writing has got to, for progress displays. */
export interface SampleProgress {
  /** `structure`: building people, teams and ties; `events`: drawing and sorting events; `interactions`: writing rows. */
  readonly stage: 'structure' | 'events' | 'interactions';
  /** Interaction rows written so far (0 before the `interactions` stage). */
  readonly rows: number;
  /** Interaction rows there will be. */
  readonly totalRows: number;
}

/**
 * Lists `path` (a file, or a folder and all in it) for removal should the process end before the
 * write completes; returns the function that unlists it. The CLI's is removed-on-exit.ts, with
 * Ctrl-C and kill held (signals.ts) so that they run it.
 */
export type RemoveOnExit = (path: string) => () => void;

/** The file names inside the output folder. */
export const SAMPLE_FILES = {
  staff: 'staff.csv',
  teams: 'teams.csv',
  interactions: 'interactions.csv',
  truth: 'truth.json',
} as const;

/**
 * Generates an organisation and writes it into `dir` (created if missing). Throws RangeError for
 * invalid options, before anything is written. With `removeOnExit`, every file and folder made is
 * listed with it while the write is under way.
 */
export async function writeSample(
  dir: string,
  options: SampleOptions = {},
  onProgress?: (progress: SampleProgress) => void,
  removeOnExit?: RemoveOnExit,
): Promise<SampleTruth> {
  const resolved = resolveSampleOptions(options);
  const periodRows = Math.round(resolved.staff * resolved.eventsPerPerson);
  const totalRows = options.secondPeriod ? 2 * periodRows : periodRows;
  onProgress?.({ stage: 'structure', rows: 0, totalRows });
  const organisation = generateOrganisation(resolved);
  const ties = generateTies(organisation, resolved.seed);
  // Planned before anything is written, so an organisation too small for it fails cleanly.
  const second = options.secondPeriod ? generateSecondPeriod(organisation, ties, resolved) : null;
  onProgress?.({ stage: 'events', rows: 0, totalRows });
  const events = generateEvents(ties, resolved);
  const secondEvents = second
    ? generateEvents(second.ties, { ...resolved, periodStart: second.plan.start, periodEnd: second.plan.end }, SECOND_EVENTS_STREAM)
    : null;

  const truth = describeTruth(organisation, resolved, events.keys.length, second && secondEvents ? { plan: second.plan, rows: secondEvents.keys.length } : null);
  await writeAllOrNothing(dir, removeOnExit, async (folder) => {
    await writeTeams(join(folder, SAMPLE_FILES.teams), organisation);
    await writeStaff(join(folder, SAMPLE_FILES.staff), organisation);
    const interactions = await BufferedFileWriter.open(join(folder, SAMPLE_FILES.interactions));
    try {
      const ids = organisation.people.map((person) => person.id);
      await writeInteractions(interactions, ids, ties, events, (rows) => onProgress?.({ stage: 'interactions', rows, totalRows }));
      if (second && secondEvents) {
        // The second period starts after the first ends, so appending keeps the file in time order.
        const before = events.keys.length;
        await writeInteractions(interactions, ids, second.ties, secondEvents, (rows) => onProgress?.({ stage: 'interactions', rows: before + rows, totalRows }), {
          header: false,
        });
      }
    } finally {
      await interactions.close();
    }
    await writeFile(join(folder, SAMPLE_FILES.truth), `${JSON.stringify(truth, null, 2)}\n`);
  });
  return truth;
}

/**
 * Makes `dir` if missing, has `write` fill a hidden folder inside it with the sample files, then
 * moves them into `dir`, refusing (OutputError) if any is there already. If writing fails, everything made is removed: the hidden folder, files
 * already moved, and `dir` itself if this run made it; so, through `removeOnExit`, if the process
 * ends first. Folders are made and files moved synchronously, so a signal cannot land between a
 * step and its being listed for removal. A system error names the file in `dir`, not its hidden copy.
 */
async function writeAllOrNothing(dir: string, removeOnExit: RemoveOnExit | undefined, write: (folder: string) => Promise<void>): Promise<void> {
  const made: string[] = [];
  const unlist: (() => void)[] = [];
  const track = (path: string) => {
    made.push(path);
    if (removeOnExit) unlist.push(removeOnExit(path));
  };
  const partial = join(dir, `.nodefinder-sample.${process.pid}.partial`);
  try {
    const firstMade = makeFolders(dir);
    if (firstMade !== undefined) track(firstMade);
    track(partial);
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial);
    await write(partial);
    // A move replaces a file of the same name, which would then be listed as made and removed if a
    // later move failed: someone's staff.csv. One already there is refused before anything is moved.
    const there = Object.values(SAMPLE_FILES).map((name) => join(dir, name)).find((path) => lstatSync(path, { throwIfNoEntry: false }) !== undefined);
    if (there !== undefined) throw new OutputError(`cannot write "${there}": it is already there, and sample writes no file over another`, 'choose another folder, or move it out of the way first');
    for (const name of Object.values(SAMPLE_FILES)) {
      renameSync(join(partial, name), join(dir, name));
      // Listed once moved, never before: what is there when a move fails is not ours.
      track(join(dir, name));
    }
    rmSync(partial, { recursive: true, force: true });
    // Complete: nothing is to be removed.
    made.length = 0;
  } catch (error) {
    const system = error as NodeJS.ErrnoException;
    if (typeof system.path === 'string' && system.path.startsWith(partial)) system.path = join(dir, relative(partial, system.path));
    throw error;
  } finally {
    for (const path of made.reverse()) rmSync(path, { recursive: true, force: true });
    for (const each of unlist) each();
  }
}

function describeTruth(
  organisation: SampleOrganisation,
  options: ResolvedSampleOptions,
  interactions: number,
  second: { plan: SecondPeriodPlan; rows: number } | null,
): SampleTruth {
  const { people, teams, departments, planted } = organisation;
  // Ids are zero-padded to one width, so sorting them as strings sorts them as numbers.
  const personIds = (indices: readonly number[]) => indices.map((p) => people[p].id).sort();
  const truth: SampleTruth = {
    seed: options.seed,
    staff: options.staff,
    options: second ? { ...options, secondPeriod: true } : { ...options },
    interactions: interactions + (second?.rows ?? 0),
    connectors: personIds(planted.connectors),
    brokers: personIds(planted.brokers),
    siloTeams: planted.siloTeams.map((t) => teams[t].id).sort(),
    isolates: personIds(planted.isolates),
    departments: departments.map((department) => department.name),
  };
  if (!second) return truth;
  const { plan } = second;
  return {
    ...truth,
    secondPeriod: {
      before: { start: options.periodStart, end: options.periodEnd },
      after: { start: plan.start, end: plan.end },
      interactions: second.rows,
      cutOffTeam: teams[plan.cutOffTeam].id,
      leavingBroker: people[plan.leavingBroker].id,
      mergedDepartments: [departments[plan.mergedDepartments[0]].name, departments[plan.mergedDepartments[1]].name],
      controlTeam: teams[plan.controlTeam].id,
      turnover: TURNOVER,
    },
  };
}

async function writeTeams(path: string, organisation: SampleOrganisation): Promise<void> {
  const { teams, departments } = organisation;
  const writer = await BufferedFileWriter.open(path);
  try {
    writer.write('id,name,parent\n');
    for (const team of teams) {
      if (writer.write(`${team.id},${csvField(team.name)},${csvField(departments[team.department].name)}\n`)) await writer.flush();
    }
  } finally {
    await writer.close();
  }
}

async function writeStaff(path: string, organisation: SampleOrganisation): Promise<void> {
  const { people, teams, idOrder } = organisation;
  const writer = await BufferedFileWriter.open(path);
  try {
    writer.write('id,name,team,role,manager,location,email\n');
    for (const p of idOrder) {
      const person = people[p];
      const manager = person.manager >= 0 ? people[person.manager].id : '';
      const row =
        `${person.id},${csvField(person.name)},${teams[person.team].id},${csvField(person.role)},` +
        `${manager},${csvField(person.location)},${csvField(person.email)}\n`;
      if (writer.write(row)) await writer.flush();
    }
  } finally {
    await writer.close();
  }
}
