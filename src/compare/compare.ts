/**
 * What changed between two periods: the one place that composes the comparison of the whole
 * organisation (organisation-changes.ts), its teams (team-changes.ts), pairs of teams
 * (pair-changes.ts) and people (people-changes.ts), judged against normal variation (noise.ts,
 * over the windows of windows.ts), with introductions that would repair the largest losses
 * (repair-introductions.ts). A pure function: the same two analyses, windows and options give
 * the same Comparison.
 */
import type { Analysis } from '../analyse.js';
import { INTRODUCTION_DEFAULTS, type IntroductionOptions } from '../introductions/suggest-introductions.js';
import { loadNotes } from '../load/load-notes.js';
import { formatTimestamp } from '../load/values.js';
import { releaseAnalysis } from '../privacy/release.js';
import type { Organisation } from '../organisation/organisation.js';
import { checkCompareOptions } from './compare-options-check.js';
import { withDefaults } from '../option-names.js';
import { byId, COMPARISON_SCHEMA_VERSION, type ComparedPeriodSummary, type Comparison, type TeamChange, type TeamRef } from './comparison.js';
import { NOISE_RULE, type WindowFigures } from './noise.js';
import { countJudged } from './chance.js';
import { compareOrganisation } from './organisation-changes.js';
import { comparePairs } from './pair-changes.js';
import { comparePeople } from './people-changes.js';
import { coveredPart, daysCovered, daysText, firstStretch, lastStretch, lengthsDiffer, periodLength, type PeriodRange } from './periods.js';
import { repairIntroductions } from './repair-introductions.js';
import { compareTeams } from './team-changes.js';
import { formatCount } from '../number-text.js';

/** One side of the comparison. */
export interface ComparedPeriod {
  /** How the period is named in outputs: `2026-01-01..2026-03-31`, or a folder. */
  readonly label: string;
  /** The period asked for, or null for all of a folder's data. */
  readonly range: PeriodRange | null;
  /**
   * The first and last interaction of the data, inside `range` or outside it (loadOrganisation's
   * `dataPeriod`). Given, a `range` that runs past it is measured as the part it covers (coveredPart),
   * with a note saying so: tie-based figures grow with the time observed, not with the dates typed.
   */
  readonly dataPeriod?: { readonly first: number; readonly last: number } | null;
  /**
   * The stretch of `range` compared when it is less than the part the data covers: the CLI compares a
   * before period longer than the after period by its last stretch as long as the after period
   * (likeForLike), and says so in a note. It must end where that covered part ends. Default: the covered part.
   */
  readonly measured?: PeriodRange | null;
  readonly organisation: Organisation;
  /** The full analysis of `organisation` (every team), which introductions are suggested from. */
  readonly analysis: Analysis;
  /**
   * What may be written out (src/privacy/release.ts): every figure of the Comparison is taken
   * from here. Without it, `analysis` is released here with the comparison's minimum group size.
   */
  readonly released?: Analysis;
}

export interface CompareOptions {
  /** `periods`: two periods of one folder; `folders`: two folders. */
  readonly mode: 'periods' | 'folders';
  /** Longest list of each kind. */
  readonly top: number;
  /** Teams smaller than this get no team or pair figures; default: the released analysis's, else 5. */
  readonly minGroupSize?: number;
  /** Team figures of the before period's windows (measureWindow), in time order; none: variation unknown. */
  readonly windows: readonly WindowFigures[];
  /** Options of the after period's introduction plan, less those compare sets (every suggestion, the comparison's minGroupSize). */
  readonly introductions: Partial<Omit<IntroductionOptions, 'limit' | 'forPerson' | 'forTeam' | 'minGroupSize'>>;
  /** Notes to pass on to the reader (e.g. why there are no windows). */
  readonly notes: readonly string[];
}

export const COMPARE_DEFAULTS: CompareOptions = { mode: 'periods', top: 10, windows: [], introductions: {}, notes: [] };

/** Compares two periods of an organisation. */
export function compare(before: ComparedPeriod, after: ComparedPeriod, options: Partial<CompareOptions> = {}): Comparison {
  checkCompareOptions(options);
  const o = withDefaults(COMPARE_DEFAULTS, options);
  checkMeasured('before', before);
  checkMeasured('after', after);
  const unequal = lengthsDiffer(lengthOf(before), lengthOf(after));
  const windows = unequal ? [] : o.windows;
  const minGroupSize = o.minGroupSize ?? after.released?.privacy?.minGroupSize ?? INTRODUCTION_DEFAULTS.minGroupSize;
  if (!Number.isSafeInteger(minGroupSize) || minGroupSize < 1) throw new RangeError(`compare: minGroupSize must be a whole number ≥ 1, got ${minGroupSize}`);
  // Without a released analysis, release one here: people must not carry a small team's id out.
  const beforeReleased = before.released ?? releaseAnalysis(before.analysis, before.organisation, { minGroupSize });
  const afterReleased = after.released ?? releaseAnalysis(after.analysis, after.organisation, { minGroupSize });
  const sides = [
    { organisation: before.organisation, released: beforeReleased },
    { organisation: after.organisation, released: afterReleased },
  ] as const;

  const teamComparison = compareTeams(sides[0], sides[1], windows, minGroupSize, o.top);
  const teamRefs = new Map<string, TeamRef>(teamComparison.teams.all.map((team) => [team.id, { id: team.id, name: team.name, parent: team.parent }]));
  const pairComparison = comparePairs(before.organisation, after.organisation, windows, teamRefs, teamComparison.suppressed, o.top);
  const { teams } = teamComparison;
  const repairList = repairIntroductions(
    after.organisation,
    after.analysis,
    before.organisation,
    { broken: pairComparison.pairs.broken.items, becameSilos: teams.becameSilos.items, eiFalls: largestFalls(teams.all, o.top) },
    teamComparison.suppressed,
    { ...o.introductions, minGroupSize },
    o.top,
  );

  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    mode: o.mode,
    before: summarise(before, beforeReleased),
    after: summarise(after, afterReleased),
    options: {
      seed: afterReleased.options.seed,
      weighted: afterReleased.options.weighted,
      directed: afterReleased.options.directed,
      betweenness: { before: beforeReleased.options.betweenness, after: afterReleased.options.betweenness },
      top: o.top,
      load: readWith(afterReleased),
      roles: afterReleased.options.roles,
      silos: afterReleased.options.silos,
    },
    organisation: compareOrganisation(sides[0], sides[1], teamComparison.suppressed),
    noise: {
      rule: NOISE_RULE,
      windows: windows.map((window) => ({ start: window.range.start, end: window.range.end })),
      available: windows.length >= 2,
      judged: windows.length >= 2
        ? {
            eiIndex: countJudged('eiIndex', teams.all.map((team) => team.eiIndex.variation)),
            teamsReached: countJudged('teamsReached', teams.all.map((team) => team.teamsReached.variation)),
            brokenPairs: pairComparison.judged.broken,
            newlyLinkedPairs: pairComparison.judged.newlyLinked,
          }
        : null,
    },
    teams,
    pairs: pairComparison.pairs,
    people: comparePeople(sides[0], sides[1], o.top, teamComparison.suppressed),
    repairs: repairList.repairs,
    privacy: {
      minGroupSize,
      teamsSuppressed: teamComparison.suppressed.size,
      pairsSuppressed: pairComparison.suppressed,
      repairsSuppressed: repairList.withheld,
      pseudonymised: afterReleased.privacy?.pseudonymised ?? false,
    },
    notes: [...notesOn(before, after, beforeReleased, afterReleased, o.mode), ...o.notes],
  };
}

/** The `top` teams whose E-I index fell furthest beyond normal variation, largest fall first. */
function largestFalls(teams: readonly TeamChange[], top: number): TeamChange[] {
  return teams
    .filter((team) => team.eiIndex.variation === 'beyond-normal' && (team.eiIndex.change ?? 0) < 0)
    .sort((x, y) => (x.eiIndex.change ?? 0) - (y.eiIndex.change ?? 0) || byId(x, y))
    .slice(0, top);
}

function summarise(period: ComparedPeriod, released: Analysis): ComparedPeriodSummary {
  const span = period.organisation.period;
  const range = period.range && measuredRange(period);
  return {
    label: period.label,
    start: range?.start ?? null,
    end: range?.end ?? null,
    people: released.summary.people,
    teams: released.summary.teams,
    ties: released.summary.ties,
    interactions: released.load?.interactions ?? sumStrengths(period.organisation),
    summedWeights: summedWeights(period, released),
    firstInteraction: span ? formatTimestamp(span.first) : null,
    lastInteraction: span ? formatTimestamp(span.last) : null,
  };
}

/** Whether a period's strengths are summed weights: as its load report says, else (an analysis made without one) as its organisation holds them. */
function summedWeights(period: ComparedPeriod, released: Analysis): boolean {
  return released.load?.summedWeights ?? period.organisation.weighted;
}

function sumStrengths(organisation: Organisation): number {
  let sum = 0;
  for (let i = 0; i < organisation.ties.length; i++) sum += organisation.ties.strength[i];
  return sum;
}

/**
 * The period measured: the stretch given as `measured`, else the range asked for less any part the
 * data does not cover; else (a folder compared whole) the days its interactions cover; null without timestamps.
 */
function measuredRange(period: ComparedPeriod): PeriodRange | null {
  if (period.range) return period.measured ?? coveredRange(period.range, period);
  const span = period.organisation.period;
  return span ? daysCovered(span) : null;
}

/** The part of `range` the side's data covers (coveredPart), or `range` without its data's period. */
function coveredRange(range: PeriodRange, period: ComparedPeriod): PeriodRange {
  return period.dataPeriod ? coveredPart(range, period.dataPeriod) : range;
}

/** Throws unless a side's `measured` is a last stretch of the part of its range the data covers. */
function checkMeasured(which: 'before' | 'after', period: ComparedPeriod): void {
  const { measured, range } = period;
  if (!measured) return;
  const covered = range && coveredRange(range, period);
  if (!covered || measured.until !== covered.until || measured.since < covered.since || measured.since > measured.until) {
    throw new RangeError(`compare: the ${which} period's measured stretch ${measured.start}..${measured.end} must be a last stretch of ` +
      (covered ? `${covered.start}..${covered.end}, the part of its range the data covers` : 'its range, and it has none'));
  }
}

/** A period's length in seconds, as measuredRange gives it; null without timestamps. */
function lengthOf(period: ComparedPeriod): number | null {
  const range = measuredRange(period);
  return range ? periodLength(range) : null;
}

/** What a reader should know: periods measured by the part the data covers or by their last stretch, of different lengths, estimated betweenness. */
function notesOn(before: ComparedPeriod, after: ComparedPeriod, beforeReleased: Analysis, afterReleased: Analysis, mode: Comparison['mode']): string[] {
  const notes: string[] = [];
  const sides = [['before', before, 'after'], ['after', after, 'before']] as const;
  for (const [which, period] of sides) {
    const covered = period.range && coveredRange(period.range, period);
    if (period.range && covered !== period.range) notes.push(uncoveredNote(which, period.range, covered!));
  }
  for (const [which, period, other] of sides) {
    const { range, measured } = period;
    if (range && measured && !samePeriod(measured, coveredRange(range, period))) {
      notes.push(`The ${which} period ${range.start}..${range.end} is longer than the ${other} period, so what is compared is its last stretch as long as the ${other} period, ` +
        `${measured.start}..${measured.end}: tie-based figures grow with the time observed, and like must be compared with like.`);
    }
  }
  const b = lengthOf(before);
  const a = lengthOf(after);
  if (lengthsDiffer(b, a)) {
    notes.push(
      `The periods differ in length (${daysText(b!)} before, ${daysText(a!)} after), so no change is judged against normal variation. Tie-based figures grow with the time observed: ` +
        `a longer period shows more of the occasional contacts, and the lengths alone would make most teams look changed. Compare periods of equal length${equalPeriod(measuredRange(before), measuredRange(after))}.`,
    );
  }
  const beforeWeights = summedWeights(before, beforeReleased);
  if (beforeWeights !== summedWeights(after, afterReleased)) {
    const [weights, counts] = beforeWeights ? ['before', 'after'] : ['after', 'before'];
    notes.push(`The ${weights} data's tie strengths are summed weights and the ${counts} data's are counts of interactions: changes in strength, and in the measures weighted by it, compare different things.`);
  }
  notes.push(...dataNotes(before, after, beforeReleased, afterReleased, mode));
  const sampled = [beforeReleased, afterReleased].find((analysis) => analysis.options.betweenness.mode === 'sampled');
  if (sampled) {
    const { samples, seed } = sampled.options.betweenness;
    notes.push(`Betweenness was estimated from ${formatCount(samples)} sampled people (seed ${seed}); small changes in betweenness may be sampling error.`);
  }
  return notes;
}

function samePeriod(a: PeriodRange, b: PeriodRange): boolean {
  return a.since === b.since && a.until === b.until;
}

/** Says how far a period runs past the data, and the part of it measured (coveredPart). */
function uncoveredNote(which: 'before' | 'after', given: PeriodRange, covered: PeriodRange): string {
  const past = [
    ...(covered.since > given.since ? [`starts ${daysText(covered.since - given.since)} before the data's first day, ${covered.start.slice(0, 10)}`] : []),
    ...(covered.until < given.until ? [`runs ${daysText(given.until - covered.until)} past the data's last day, ${covered.end.slice(0, 10)}`] : []),
  ];
  return `The ${which} period ${given.start}..${given.end} ${past.join(' and ')}, so it is measured as ${covered.start}..${covered.end}, the part the data covers: ` +
    'tie-based figures grow with the time observed, so a period is as long as the days its data covers, not the dates typed.';
}

/** A period of the longer one's as long as the other, to compare instead: ", such as --after …", or '' without ranges. */
function equalPeriod(before: PeriodRange | null, after: PeriodRange | null): string {
  if (!before || !after) return '';
  const [b, a] = [periodLength(before), periodLength(after)];
  if (b > a) {
    const end = lastStretch(before, a);
    return `, such as --before ${end.start}..${end.end} (the end of the before period)`;
  }
  const start = firstStretch(after, b);
  return `, such as --after ${start.start}..${start.end} (the start of the after period)`;
}

/** The settings the files were read with, less the time window (each period's own). */
function readWith(analysis: Analysis): Comparison['options']['load'] {
  if (!analysis.load) return null;
  const { channels, minInteractions, undirected, strict, dateOrder } = analysis.load.settings;
  return { channels, minInteractions, undirected, strict, dateOrder };
}

/**
 * The load's warnings and skipped rows of each period (load-notes.ts), so that a change that comes
 * from rows dropped in one period (a leaver missing from one staff file) is not read as real.
 */
function dataNotes(before: ComparedPeriod, after: ComparedPeriod, beforeReleased: Analysis, afterReleased: Analysis, mode: Comparison['mode']): string[] {
  const notes = (analysis: Analysis) => (analysis.load ? loadNotes(analysis.load) : []);
  const [inBefore, inAfter] = [notes(beforeReleased), notes(afterReleased)];
  // Two folders by their names, which say whose files the warning is about.
  const [both, ofBefore, ofAfter] = mode === 'folders'
    ? ['Both folders', `The before folder, ${before.label}`, `The after folder, ${after.label}`]
    : ['Both periods', 'The before period', 'The after period'];
  return [
    ...inBefore.map((note) => `${inAfter.includes(note) ? both : ofBefore}: ${note}`),
    ...inAfter.filter((note) => !inBefore.includes(note)).map((note) => `${ofAfter}: ${note}`),
  ];
}
