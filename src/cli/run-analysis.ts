/**
 * Loads and analyses an organisation for a command, with the progress display and --verbose
 * timings, so every command that needs an analysis gets it the same way: pseudonymised straight
 * after loading when asked, and released (small teams suppressed) for anything written out.
 */
import type { Command } from 'commander';
import { analyse, type Analysis, type AnalyseOptions } from '../analyse.js';
import { InputError } from '../errors.js';
import { excludePairs, readExcludeFile } from '../load/exclude-pairs.js';
import { loadOrganisation, type LoadResult } from '../load/load-organisation.js';
import { unmatchedChannels } from '../load/load-warnings.js';
import type { SkipReason } from '../load/report.js';
import type { Organisation } from '../organisation/organisation.js';
import type { IntroductionOptions } from '../introductions/suggest-introductions.js';
import { readPseudonymKey } from '../privacy/pseudonym-key.js';
import { pseudonym, pseudonymiseOrganisation } from '../privacy/pseudonymise.js';
import { releaseAnalysis } from '../privacy/release.js';
import { toAnalyseOptions, type AnalyseFlags } from './analyse-flags.js';
import { toIntroductionOptions, type IntroductionFlags } from './introduction-flags.js';
import { toLoadOptions, type LoadFlags } from './load-flags.js';
import { loadNotes } from '../load/load-notes.js';
import { refuseConflictingFlags } from './flag-conflicts.js';
import { excludeNotes, writeLoadNotes } from './load-notes.js';
import { toPrivacyOptions } from './privacy-flags.js';
import type { GlobalFlags } from './program.js';
import { warnWeakenedPrivacy } from './config-privacy-warning.js';
import { terminalProgress } from './progress.js';
import { stageLog } from './stage-log.js';
import { formatCount } from '../present/number-format.js';

export interface AnalysisRun {
  /** The organisation analysed: under pseudonyms when --pseudonymise was given. */
  readonly organisation: Organisation;
  /** Everything, for the analyst's own terminal. */
  readonly analysis: Analysis;
  /** What may be written out: small teams suppressed, with a privacy block. */
  readonly released: Analysis;
  /** The options the introduction plan was made with, its ids under pseudonyms when pseudonymised. */
  readonly introductions: Partial<IntroductionOptions>;
  /** The load's warnings and skipped rows, for stderr (load-notes.ts). */
  readonly loadNotes: readonly string[];
  /** The period the data covers, inside the time window or outside it (LoadResult). */
  readonly dataPeriod: LoadResult['dataPeriod'];
}

/**
 * `notesLater`: the caller writes the load notes itself (the dashboard, after it closes).
 * `withholdTeams`: the ids of teams the release withholds as it does small ones, given the
 * organisation loaded (compare: the teams small in either period).
 */
export interface RunOptions {
  readonly notesLater?: boolean;
  /** What the progress line is loading, when a command loads more than once (compare: "before period 2026-01-01..2026-03-31"). */
  readonly progressLabel?: string;
  readonly withholdTeams?: (organisation: Organisation) => Iterable<string>;
}

/**
 * Commands that write introductions have the introduction flags (introduction-flags.ts), and
 * every one of them gets the plan they ask for; `extra.introductions` adds a command's own
 * (suggest's --for and --team).
 */
export async function runAnalysis(dir: string, flags: LoadFlags & AnalyseFlags & Partial<IntroductionFlags>, cmd: Command, extra: Partial<AnalyseOptions> = {}, options: RunOptions = {}): Promise<AnalysisRun> {
  const global = cmd.optsWithGlobals<GlobalFlags>();
  refuseConflictingFlags(cmd, flags);
  const privacy = toPrivacyOptions(flags);
  // Read the key before the (possibly long) load, so a missing key fails at once.
  const key = privacy.pseudonymise ? readPseudonymKey(privacy.keyFile) : null;
  const measuring = toAnalyseOptions(flags);
  const planning = toIntroductionOptions(flags);
  // Likewise the --exclude file; whether its first row is a header can be told only once the staff is read.
  const exclude = flags.exclude ? await readExcludeFile(flags.exclude) : undefined;
  const progress = terminalProgress(global.quiet ?? false);
  progress.setLabel?.(options.progressLabel ?? null);
  const log = stageLog(global.verbose ?? false);
  log?.('loading');
  let run: AnalysisRun;
  try {
    const loadOptions = toLoadOptions(dir, flags);
    const loaded = await loadOrganisation({ ...loadOptions, threads: measuring.threads, onProgress: progress.onProgress });
    refuseEmptyNetwork(loaded);
    const organisation = key ? pseudonymiseOrganisation(loaded.organisation, key, privacy.keepAttributes) : loaded.organisation;
    const introductions = { ...planning, ...extra.introductions, minGroupSize: privacy.minGroupSize };
    const notes = loadNotes(loaded.report);
    if (exclude) {
      // People may be named by their real id or by a pseudonym from an earlier output.
      const isPerson = (id: string) => loaded.organisation.personIndex.has(id) || organisation.personIndex.has(id);
      const excluded = excludePairs(exclude, isPerson, loaded.report.settings.strict);
      introductions.exclude = excluded.pairs;
      notes.push(...excludeNotes(exclude.file, excluded));
    }
    if (key) {
      const underPseudonym = (id: string) => (loaded.organisation.personIndex.has(id) ? pseudonym(key, id) : id);
      if (introductions.forPerson) introductions.forPerson = underPseudonym(introductions.forPerson);
      if (introductions.exclude) introductions.exclude = introductions.exclude.map(([a, b]) => [underPseudonym(a), underPseudonym(b)] as const);
    }
    const analysis = analyse(organisation, { ...measuring, ...extra, introductions }, loaded.report, (stage, share) => {
      // --verbose times the stages: once each, as it starts.
      if (share === undefined) log?.(stage);
      progress.onStage?.(stage, share);
    });
    log?.('done');
    // A typed sample size that went unused: --betweenness auto chose exact (a small organisation), or
    // the sample held everyone.
    if (cmd.getOptionValueSource('samples') === 'cli' && analysis.options.betweenness.mode === 'exact') {
      const people = formatCount(organisation.people.length);
      notes.push(flags.betweenness === 'sampled'
        ? `--samples ${measuring.samples} is at least the ${people} people: every person is a source, so path measures are exact`
        : `--samples ${measuring.samples} was not used: at ${people} people, path measures are exact (every person a source); --betweenness sampled estimates them from a sample`);
    }
    const withholdTeams = [...(options.withholdTeams?.(organisation) ?? [])];
    const released = releaseAnalysis(analysis, organisation, { minGroupSize: privacy.minGroupSize, pseudonymised: key !== null, keepAttributes: privacy.keepAttributes, withholdTeams });
    run = { organisation, analysis, released, introductions, loadNotes: notes, dataPeriod: loaded.dataPeriod };
  } finally {
    progress.done();
  }
  // Only now are the privacy settings checked (the columns to keep against the staff file's).
  warnWeakenedPrivacy(cmd);
  if (!options.notesLater) writeLoadNotes(run.loadNotes, global.quiet ?? false);
  return run;
}

/** No interaction was used: `reasons` are why the interactions file's rows were skipped. */
export class NoInteractionsError extends InputError {
  constructor(message: string, file: string, hint: string, readonly reasons: readonly SkipReason[]) {
    super('NO_INTERACTIONS', message, { file }, hint);
  }
}

/**
 * Measures of a network without ties would be numbers about nothing: say why there are none
 * instead. The load's warnings are not written when it is refused, so a --channel that matched no
 * row is told here, with the file's channels.
 */
function refuseEmptyNetwork({ organisation, report }: LoadResult): void {
  if (report.ties > 0) return;
  const interactions = report.files[report.files.length - 1];
  if (interactions.rowsRead === 0) {
    throw new NoInteractionsError(`the ${interactions.kind} file has no rows after its header, so there is no network to analyse`, interactions.file,
      `export the ${interactions.kind} again, with their rows`, []);
  }
  const reasons = interactions.skipped.map((entry) => `${formatCount(entry.count)} ${entry.reason}`).join(', ');
  const channels = unmatchedChannels(report.settings.channels, organisation.channels, interactions);
  throw new NoInteractionsError(`no interaction was used, so there is no network to analyse (${formatCount(interactions.rowsRead)} read${reasons === '' ? '' : `; skipped: ${reasons}`})${channels.length === 0 ? '' : `: ${channels.join('; ')}`}`,
    interactions.file, 'run nodefinder validate with the same flags to see why, and check --since, --until, --channel and --min-interactions',
    interactions.skipped.map((entry) => entry.reason));
}
