/**
 * `nodefinder compare`: what changed between two periods of one organisation
 * (`compare DIR --before START..END --after START..END`) or between two data folders
 * (`compare BEFORE_DIR AFTER_DIR`, people matched by id), judged against the normal variation
 * between windows of the before period. At a terminal it opens the dashboard on the after period
 * with a Changes tab first; otherwise (or with --format/--output) it prints.
 */
import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { Command, Option } from 'commander';
import { compare, type ComparedPeriod } from '../../compare/compare.js';
import type { Comparison } from '../../compare/comparison.js';
import { measureWindow, type WindowFigures } from '../../compare/noise.js';
import { coveredPart, daysCovered, lengthsDiffer, likeForLike, overlaps, parsePeriodRange, periodLength, type PeriodRange } from '../../compare/periods.js';
import { teamsSmallInEitherPeriod } from '../../compare/team-changes.js';
import { planNoiseWindows } from '../../compare/windows.js';
import { InputError, UsageError } from '../../errors.js';
import { loadOrganisation } from '../../load/load-organisation.js';
import type { Organisation } from '../../organisation/organisation.js';
import { formatComparisonHtml } from '../../present/comparison-html.js';
import { formatComparisonMarkdown } from '../../present/comparison-markdown.js';
import { formatComparisonText } from '../../present/comparison-text.js';
import { isInteractive } from '../../ui/is-interactive.js';
import { addAnalyseFlags, type AnalyseFlags } from '../analyse-flags.js';
import { dataName } from '../data-name.js';
import { addLoadFlags, toLoadOptions, type LoadFlags } from '../load-flags.js';
import { loadsNotesHeadline, writeLoadNotes } from '../load-notes.js';
import { numberOption } from '../number-option.js';
import { outputFormat } from '../output-format.js';
import { writeOutput } from '../output.js';
import { toPrivacyOptions } from '../privacy-flags.js';
import type { GlobalFlags } from '../program.js';
import { terminalProgress } from '../progress.js';
import { NoInteractionsError, runAnalysis, type AnalysisRun, type RunOptions } from '../run-analysis.js';
import { stageLog } from '../stage-log.js';
import { terminalLine } from '../../present/terminal-line.js';
import { terminalTextStyle } from '../text-style.js';
import { wholeNumberFlag } from '../whole-number-flag.js';

interface CompareFlags extends LoadFlags, AnalyseFlags {
  before?: string;
  after?: string;
  top: string;
  /** Unset: the dashboard at a terminal, text otherwise. */
  format?: 'text' | 'json' | 'markdown' | 'html';
  output?: string;
}

const FORMATS = ['text', 'json', 'markdown', 'html'] as const;

export function compareCommand(): Command {
  const command = new Command('compare')
    .description('what changed between two periods, or two data folders: teams, pairs of teams, people, and whether each change is larger than normal variation')
    .option('--before <period>', 'the earlier period, START..END with both dates included, e.g. 2026-01-01..2026-03-31')
    .option('--after <period>', 'the later period, START..END, e.g. 2026-04-01..2026-06-30')
    .addOption(numberOption('--top <n>', 'longest list of each kind', 10))
    .addOption(new Option('--format <format>', 'output format (default: from --output\'s file name, .json, .md, .html, .txt; else the interactive dashboard at a terminal, text otherwise)').choices(FORMATS))
    .option('-o, --output <file>', 'write to this file instead of standard output (- is standard output)');
  addAnalyseFlags(command);
  addLoadFlags(command);
  // The periods come from --before and --after; the shared time window flags are refused here, so not offered.
  for (const option of command.options) if (option.long === '--since' || option.long === '--until') option.hideHelp();
  command.argument('[after-dir]', 'a second data folder: compare [dir] (before) with this one (after), people matched by id');
  command.addHelpText('after', `
At a terminal, compare opens the interactive dashboard on the after period with a Changes tab
first (Enter explains a change, e exports it to CSV, ? shows the keys). In a pipe, in CI, or with
--format or --output it prints instead.

Examples:
  nodefinder compare fixtures/sample --before 2026-01-05..2026-03-31 --after 2026-04-01..2026-06-26
  nodefinder compare exports-2025/ exports-2026/ --format markdown --output changes.md   # two exports of one organisation, people matched by id
  nodefinder compare fixtures/sample --before 2026-01-05..2026-03-31 --after 2026-04-01..2026-06-26 --format html -o changes.html
  nodefinder sample --staff 2000 --second-period --out two-periods   # prints the compare command for its two periods

A change is "within normal variation" when it is no larger than the largest difference between
the three thirds of the before period (and at least the change one tie or one team makes). Every
team is judged, so some pass by chance: the output says about how many. A
before period longer than the after period is compared by its last stretch as long as the after
period; periods still unequal are compared, but no change is judged.`);
  command.action(async (dir: string, afterDir: string | undefined, flags: CompareFlags, cmd: Command) => {
    const format = outputFormat(cmd, FORMATS);
    // The same rule and the same early loading of React and Ink as analyse (see analyse.ts).
    let dashboard: Promise<typeof import('../../ui/run-dashboard.js')> | undefined;
    if (isInteractive(process.stdout, process.env, flags, process.stdin)) {
      process.env.NODE_ENV ??= 'production';
      dashboard = import('../../ui/run-dashboard.js');
      dashboard.catch(() => {}); // a failure surfaces where it is awaited
    }
    const { comparison, after, loadNotes, loadsHeadline } = await runComparison(dir, afterDir, flags, cmd, dashboard !== undefined);
    if (dashboard) {
      const { runDashboard } = await dashboard;
      const folder = dataName(dir, flags.staff);
      await runDashboard({
        analysis: after.analysis,
        released: after.released,
        organisation: after.organisation,
        minGroupSize: toPrivacyOptions(flags).minGroupSize,
        // Two folders are named in the header's periods already.
        source: afterDir === undefined ? `compare ${folder}` : 'compare',
        comparison,
        ...(loadsHeadline ? { loadNotes: { headline: loadsHeadline, notes: [...new Set(loadNotes)] } } : {}),
      });
      // After the dashboard, which takes the whole screen, so that they stay in view.
      writeLoadNotes(loadNotes, cmd.optsWithGlobals<GlobalFlags>().quiet ?? false);
      return;
    }
    const style = terminalTextStyle(flags.output);
    const text =
      format === 'json'
        ? `${JSON.stringify(comparison, null, 2)}\n`
        : format === 'markdown'
          ? formatComparisonMarkdown(comparison)
          : format === 'html'
            ? formatComparisonHtml(comparison)
            : formatComparisonText(comparison, style);
    await writeOutput(text, flags.output);
  });
  return command;
}

/**
 * One side's analysis; a period without interactions is named as such: `period` names it as the
 * user gave it ("the period --after 2026-04-01..2026-06-30"), with the stretch compared if the
 * before period was narrowed to it.
 */
async function runPeriod(dir: string, range: PeriodRange | null, period: string, flags: CompareFlags, cmd: Command, options: RunOptions): Promise<AnalysisRun> {
  try {
    return await runAnalysis(dir, flags, cmd, {}, options);
  } catch (error) {
    if (!range || !(error instanceof NoInteractionsError)) throw error;
    // Rows left out by --channel or --min-interactions: a filter is the cause. Otherwise the period is.
    if (!error.reasons.some((reason) => reason === 'other-channel' || reason === 'below-threshold')) {
      throw new InputError('NO_INTERACTIONS', `${period} has no interaction that could be used`, { file: error.file },
        'run nodefinder validate on the data to see the period its timestamps cover, and choose periods inside it');
    }
    throw new InputError('NO_INTERACTIONS', `in ${period}, ${error.message}`, { file: error.file },
      'run nodefinder validate with the same --channel and --min-interactions to see why');
  }
}

/** How a period is named in errors: as given, and the stretch compared when that is less. */
function periodName(flag: string, given: PeriodRange, compared: PeriodRange): string {
  const name = `the period ${flag} ${given.start}..${given.end}`;
  return compared === given ? name : `${name}, compared by its last stretch as long as the after period (${compared.start}..${compared.end}),`;
}

/**
 * Two folders named by as few of their last path components as tell them apart (exports-2025 and
 * exports-2026; 2025/data and 2026/data): a whole path can name a person (/home/asmith/…), and
 * differs from machine to machine.
 */
function folderNames(before: string, after: string): [string, string] {
  const parts = (folder: string) => resolve(folder).split(sep).filter((part) => part !== '');
  const [b, a] = [parts(before), parts(after)];
  for (let k = 1; ; k++) {
    const [lastB, lastA] = [b.slice(-k).join('/'), a.slice(-k).join('/')];
    // Labels in every output, the terminal's among them: a folder's escape codes made harmless.
    if (lastB !== lastA || k >= Math.max(b.length, a.length)) return [terminalLine(lastB || '/'), terminalLine(lastA || '/')];
  }
}

/**
 * The comparison, and the after period's run that the dashboard shows. The after period is
 * released once, with the teams the comparison withholds (small in either period) withheld: the
 * comparison takes its figures from that release, and the dashboard exports from it.
 */
async function runComparison(
  dir: string,
  afterDir: string | undefined,
  flags: CompareFlags,
  cmd: Command,
  notesLater: boolean,
): Promise<{ comparison: Comparison; after: AnalysisRun; loadNotes: readonly string[]; loadsHeadline: string | null }> {
  const top = wholeNumberFlag('--top', flags.top, 1);
  if (flags.since !== undefined || flags.until !== undefined) {
    throw new UsageError('--since and --until do not apply to compare', 'give the two periods with --before START..END and --after START..END');
  }
  const before = flags.before === undefined ? null : parsePeriodRange('--before', flags.before, flags.dateOrder);
  const after = flags.after === undefined ? null : parsePeriodRange('--after', flags.after, flags.dateOrder);
  const mode = afterDir === undefined ? 'periods' : 'folders';
  if (mode === 'periods') {
    if (!before && !after) {
      throw new UsageError('compare needs two periods or two folders', 'give --before START..END and --after START..END, or name two data folders');
    }
    if (!before || !after) throw new UsageError(`${before ? '--after' : '--before'} is missing`, 'give both --before START..END and --after START..END');
    if (overlaps(before, after)) throw new UsageError(`--before ${flags.before} and --after ${flags.after} overlap`, 'give two periods that share no day');
    if (before.since > after.since) throw new UsageError(`--before ${flags.before} comes after --after ${flags.after}`, 'swap the two periods');
  } else {
    // One folder twice compares it with itself: every change 0, which reads as "nothing changed".
    if (!(before && after) && sameFolder(dir, afterDir!)) {
      throw new UsageError(`compare ${dir} ${afterDir}: both name the same folder`, 'name the before and after folders, or compare two periods of one folder with --before START..END --after START..END');
    }
    const named = (['staff', 'teams', 'interactions', 'recipients'] as const).filter((flag) => typeof flags[flag] === 'string');
    if (named.length > 0) {
      throw new UsageError(`--${named[0]} cannot name one file for two folders`, 'put each period\'s files in its own folder (staff.csv, teams.csv, interactions.csv)');
    }
  }
  const beforeDir = dir;
  const laterDir = afterDir ?? dir;
  const periodFlags = (range: PeriodRange | null): CompareFlags => (range ? { ...flags, since: range.start, until: range.end } : flags);
  // Each load names its side on the progress line: compare reads the data five times.
  const loading = (which: 'before' | 'after', range: PeriodRange | null) =>
    `${which} ${mode === 'periods' ? 'period' : 'folder'}${range ? ` ${range.start}..${range.end}` : ''}`;

  // A longer before period is compared by its last stretch as long as the after period (like for
  // like): planned from the periods typed, and planned again below if the data does not cover them.
  const planned = before && after ? likeForLike(before, after) : before;
  let earlier = await runPeriod(beforeDir, planned, before ? periodName('--before', before, planned!) : '', periodFlags(planned), cmd, { notesLater, progressLabel: loading('before', planned) });
  // Released with only its own small teams, the after period would let the dashboard's exports
  // show a team small before (two members, and three joiners after): the joiners' pseudonyms,
  // or the team's size, would give away the two by difference.
  const { minGroupSize } = toPrivacyOptions(flags);
  const withholdTeams = (organisation: Organisation) => teamsSmallInEitherPeriod(earlier.organisation, organisation, minGroupSize);
  const later = await runPeriod(laterDir, after, after ? periodName('--after', after, after) : '', periodFlags(after), cmd, { notesLater, withholdTeams, progressLabel: loading('after', after) });
  // Each period is measured by the days its data covers (a month typed past the data's end holds
  // no month of ties), and like for like is decided on those lengths.
  const beforeCovered = before && coveredPart(before, earlier.dataPeriod);
  const afterCovered = after && coveredPart(after, later.dataPeriod);
  const measured = beforeCovered && afterCovered ? likeForLike(beforeCovered, afterCovered) : beforeCovered;
  const loaded = planned && coveredPart(planned, earlier.dataPeriod);
  if (measured && loaded && (measured.since !== loaded.since || measured.until !== loaded.until)) {
    earlier = await runPeriod(beforeDir, measured, periodName('--before', before!, measured), periodFlags(measured), cmd, { notesLater, progressLabel: loading('before', measured) });
  }
  // Two periods are named by their dates; two folders by their names, with the period if one was asked for.
  const names = folderNames(beforeDir, laterDir);
  const label = (folder: string, range: PeriodRange | null) => {
    const name = folder === beforeDir ? names[0] : names[1];
    if (!range) return name;
    return mode === 'periods' ? `${range.start}..${range.end}` : `${name} (${range.start}..${range.end})`;
  };
  // Each side's range as given, with the data's period and the range measured, so that compare()
  // measures it by the part the data covers (the before period by its last stretch when that is what
  // was loaded) and says so.
  const side = (folder: string, given: PeriodRange | null, measuredAs: PeriodRange | null, run: typeof earlier): ComparedPeriod => ({
    label: label(folder, measuredAs),
    range: given,
    measured: measuredAs,
    dataPeriod: run.dataPeriod,
    organisation: run.organisation,
    analysis: run.analysis,
    released: run.released,
  });

  // Normal variation: windows of the before period, measured as periods of their own.
  const notes: string[] = [];
  // A folder compared whole is measured by the days its data covers, as a period typed past the data is.
  const span = (organisation: typeof earlier.organisation) => (organisation.period ? daysCovered(organisation.period) : null);
  const beforeRange = measured ?? span(earlier.organisation);
  const afterRange = afterCovered ?? span(later.organisation);
  const windows: WindowFigures[] = [];
  if (!beforeRange || !afterRange) {
    notes.push(`Normal variation was not measured: the ${beforeRange ? 'after' : 'before'} data has no timestamps, so the before period cannot be split into windows.`);
  } else if (!lengthsDiffer(periodLength(beforeRange), periodLength(afterRange))) {
    // (Periods of unequal length are not judged, and compare() says why: no windows to load.)
    const planned = planNoiseWindows(beforeRange);
    const global = cmd.optsWithGlobals<GlobalFlags>();
    const log = stageLog(global.verbose ?? false);
    const progress = terminalProgress(global.quiet ?? false);
    // A window with no interaction (a gap in the data) would make every change look like normal
    // variation: it is left out, and named.
    const empty: string[] = [];
    try {
      for (const [i, range] of planned.entries()) {
        const window = `window ${i + 1} of ${planned.length} (${range.start}..${range.end})`;
        log?.(`normal variation: ${window}`);
        progress.setLabel?.(`normal variation, ${window}`);
        // Only team ids are read from a window, and pseudonymisation leaves teams as they are.
        const { organisation } = await loadOrganisation({ ...toLoadOptions(beforeDir, flags), since: range.since, until: range.until, onProgress: progress.onProgress });
        if (organisation.ties.length === 0) empty.push(`${range.start}..${range.end}`);
        else windows.push(measureWindow(organisation, range));
      }
    } finally {
      progress.done();
    }
    if (empty.length > 0) {
      notes.push(`${empty.length === 1 ? 'A window' : `${empty.length} windows`} of the before period had no interaction and ${empty.length === 1 ? 'was' : 'were'} left out of the normal variation: ` +
        `${empty.join(', ')}. Is there a gap in the data? validate gives the period the timestamps cover.`);
    }
    if (windows.length < 2) {
      notes.push(`Normal variation was not measured: ${empty.length > 0 ? 'fewer than two windows of the before period have interactions' : 'the before period is too short to split into windows'}.`);
    }
  }

  const comparison = compare(side(beforeDir, before, measured, earlier), side(laterDir, after, afterCovered, later), {
    mode,
    top,
    minGroupSize: later.released.privacy?.minGroupSize,
    windows: windows.length >= 2 ? windows : [],
    notes,
  });
  const loadsHeadline = loadsNotesHeadline([
    { label: comparison.before.label, report: earlier.analysis.load, notes: earlier.loadNotes },
    { label: comparison.after.label, report: later.analysis.load, notes: later.loadNotes },
  ]);
  return { comparison, after: later, loadNotes: [...earlier.loadNotes, ...later.loadNotes], loadsHeadline };
}

/** Whether two paths name one folder (through links too); a path that cannot be resolved is left for loading to report. */
function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
