/**
 * The options of the sample generator, their defaults and their validation. Validation throws a
 * plain RangeError: this module knows nothing of the CLI, which maps it to a usage error.
 */
import { formatCount } from '../present/number-format.js';

/** What to generate. Every field is optional; missing fields take `SAMPLE_DEFAULTS`. */
export interface SampleOptions {
  /** Number of people (10 to 1,000,000). */
  readonly staff?: number;
  /** Seed of every random choice: the same options write byte-identical files. A whole number ≥ 0. */
  readonly seed?: number;
  /** Interaction rows per person on average; the interactions file has round(staff × this) rows. */
  readonly eventsPerPerson?: number;
  /** First day of the period the interactions fall in, `YYYY-MM-DD` (UTC). */
  readonly periodStart?: string;
  /** Last day of the period, inclusive, `YYYY-MM-DD` (UTC). */
  readonly periodEnd?: string;
  /**
   * Also write a second period with planted changes, directly after the first and as long
   * (see second-period.ts). Off by default; when off, the files are exactly as without it.
   */
  readonly secondPeriod?: boolean;
}

/** Options with every field present, apart from the opt-in `secondPeriod`. */
export type ResolvedSampleOptions = Required<Omit<SampleOptions, 'secondPeriod'>>;

/** The defaults: a 1,000-person organisation over the first half of 2026 (Monday to Friday). */
export const SAMPLE_DEFAULTS: ResolvedSampleOptions = Object.freeze({
  staff: 1000,
  seed: 1,
  eventsPerPerson: 50,
  periodStart: '2026-01-05',
  periodEnd: '2026-06-26',
});

/** Smallest organisation: below this, teams, departments and planted roles stop making sense. */
export const MIN_STAFF = 10;
/** Largest organisation; the structure is held in memory as ordinary objects. */
export const MAX_STAFF = 1_000_000;
/** Most interaction rows: the events are sorted in memory as one 8-byte key each. */
export const MAX_INTERACTIONS = 100_000_000;
/** Longest period, in days; keeps minute-resolution time keys exact. */
export const MAX_PERIOD_DAYS = 36_600;

const DAY_SECONDS = 86_400;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Fills in defaults and checks every option; throws RangeError naming the option at fault. */
export function resolveSampleOptions(options: SampleOptions = {}): ResolvedSampleOptions {
  const resolved: ResolvedSampleOptions = {
    staff: options.staff ?? SAMPLE_DEFAULTS.staff,
    seed: options.seed ?? SAMPLE_DEFAULTS.seed,
    eventsPerPerson: options.eventsPerPerson ?? SAMPLE_DEFAULTS.eventsPerPerson,
    periodStart: options.periodStart ?? SAMPLE_DEFAULTS.periodStart,
    periodEnd: options.periodEnd ?? SAMPLE_DEFAULTS.periodEnd,
  };
  const { staff, seed, eventsPerPerson } = resolved;
  if (!Number.isInteger(staff) || staff < MIN_STAFF || staff > MAX_STAFF) {
    throw new RangeError(`staff must be a whole number from ${MIN_STAFF} to ${formatCount(MAX_STAFF)}, got ${staff}`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be a whole number of at least 0, got ${seed}`);
  }
  if (!Number.isFinite(eventsPerPerson) || eventsPerPerson < 0) {
    throw new RangeError(`eventsPerPerson must be a number of at least 0, got ${eventsPerPerson}`);
  }
  if (Math.round(staff * eventsPerPerson) > MAX_INTERACTIONS) {
    throw new RangeError(
      `staff × eventsPerPerson must be at most ${formatCount(MAX_INTERACTIONS)} interactions, got ${formatCount((staff * eventsPerPerson))}`,
    );
  }
  const start = dayNumber('periodStart', resolved.periodStart);
  const end = dayNumber('periodEnd', resolved.periodEnd);
  if (end < start) throw new RangeError(`periodEnd (${resolved.periodEnd}) is before periodStart (${resolved.periodStart})`);
  if (end - start + 1 > MAX_PERIOD_DAYS) throw new RangeError(`the period must be at most ${MAX_PERIOD_DAYS} days long`);
  return resolved;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; throws RangeError for anything else. */
export function dayNumber(name: string, text: string): number {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  const millis = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  // Date.UTC rolls 2026-02-30 over into March; a round trip catches it.
  if (Number.isNaN(millis) || new Date(millis).toISOString().slice(0, 10) !== text) {
    throw new RangeError(`${name} must be a date written YYYY-MM-DD, got ${JSON.stringify(text)}`);
  }
  return millis / 1000 / DAY_SECONDS;
}
