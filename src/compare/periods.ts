/**
 * Periods written `START..END` (`--before 2026-01-01..2026-03-31`): both ends inclusive, read as
 * `--since` and `--until` read a date, so a bare end date means the whole of that day.
 */
import { UsageError } from '../errors.js';
import { formatCount } from '../number-text.js';
import { AFTER_9999_HINT, dateFlagHint, formatTimestamp, parseTimestamp, parseWindowEnd, YEAR_10000_SECONDS, type DateOrder } from '../load/values.js';

/** A time period; `since` and `until` are both included. */
export interface PeriodRange {
  /** The start as written (or as formatted, for a computed window). */
  readonly start: string;
  /** The end as written (or as formatted). */
  readonly end: string;
  /** First instant included, seconds since 1970 UTC. */
  readonly since: number;
  /** Last instant included, seconds since 1970 UTC (a bare end date: 23:59:59.999 that day). */
  readonly until: number;
}

/** The smallest step between instants: parseWindowEnd ends a day one millisecond before the next. */
export const INSTANT = 0.001;

const FORM = 'write START..END with ISO 8601 dates, e.g. 2026-01-01..2026-03-31 (both days included)';

/** Reads `START..END`; throws a UsageError naming `flag` for anything else. */
export function parsePeriodRange(flag: string, text: string, dateOrder?: DateOrder): PeriodRange {
  const parts = text.split('..');
  if (parts.length !== 2 || parts[0].trim() === '' || parts[1].trim() === '') {
    throw new UsageError(`${flag}: "${text}" is not a period`, FORM);
  }
  const [start, end] = parts.map((part) => part.trim());
  const dateHint = (date: string) => `write START..END, e.g. 2026-01-01..2026-03-31 (both days included): ${dateFlagHint(date, dateOrder)}`;
  const since = parseTimestamp(start, dateOrder);
  if (since === undefined) throw new UsageError(`${flag}: "${start}" is not a date`, dateHint(start));
  const until = parseWindowEnd(end, dateOrder);
  if (until === undefined) throw new UsageError(`${flag}: "${end}" is not a date`, dateHint(end));
  for (const [date, value] of [[start, since], [end, until]] as const) {
    if (value >= YEAR_10000_SECONDS) throw new UsageError(`${flag}: "${date}" is after the year 9999`, AFTER_9999_HINT);
  }
  if (until < since) throw new UsageError(`${flag}: the period ends (${end}) before it starts (${start})`, FORM);
  return { start, end, since, until };
}

/** Length of a period in seconds, counting its last instant. */
export function periodLength(range: { readonly since: number; readonly until: number }): number {
  return range.until - range.since + INSTANT;
}

/** True when the two periods share an instant. */
export function overlaps(a: { readonly since: number; readonly until: number }, b: { readonly since: number; readonly until: number }): boolean {
  return a.since <= b.until && b.since <= a.until;
}

/**
 * A computed period between two instants, labelled as a reader would write it: a date alone
 * when it starts at midnight and ends at the end of a day, else full ISO 8601 date-times.
 */
export function periodBetween(since: number, until: number): PeriodRange {
  const wholeDays = isMidnight(since) && isMidnight(until + INSTANT);
  const label = (seconds: number) => (wholeDays ? formatTimestamp(seconds).slice(0, 10) : formatTimestamp(seconds));
  return { start: label(since), end: label(until), since, until };
}

const DAY = 86_400;

/**
 * The part of `range` on the days the data covers, from the day of its first interaction to the
 * day of its last (`data`, seconds): a period that runs past the data is as long as the time it
 * observes, not as the dates typed. The range itself when the data covers all of it, or when
 * there is no data to measure by.
 */
export function coveredPart(range: PeriodRange, data: { readonly first: number; readonly last: number } | null): PeriodRange {
  if (!data) return range;
  const days = daysCovered(data);
  const since = Math.max(range.since, days.since);
  const until = Math.min(range.until, days.until);
  if ((since === range.since && until === range.until) || since > until) return range;
  return periodBetween(since, until);
}

/**
 * The days the data covers (`data`, seconds), from the start of the day of its first interaction
 * to the end of the day of its last: the period of a folder compared whole, labelled by its dates
 * like a period typed, and cut into windows at midnight like one.
 */
export function daysCovered(data: { readonly first: number; readonly last: number }): PeriodRange {
  return periodBetween(Math.floor(data.first / DAY) * DAY, Math.round((Math.floor(data.last / DAY) * DAY + DAY - INSTANT) * 1000) / 1000);
}

/** A length in seconds as days, to a tenth: `31 days`, `71.7 days`, `1 day`. */
export function daysText(seconds: number): string {
  const value = Math.round((seconds / DAY) * 10) / 10;
  return `${formatCount(value)} ${value === 1 ? 'day' : 'days'}`;
}

function isMidnight(seconds: number): boolean {
  // Millisecond arithmetic in whole numbers, so 23:59:59.999 + 0.001 lands exactly on midnight.
  return Math.round(seconds * 1000) % 86_400_000 === 0;
}

/** Periods whose lengths differ by more than this share are not judged against normal variation. */
const LENGTH_TOLERANCE = 0.1;

/**
 * Whether two periods of these lengths (seconds, as periodLength gives them; null when unknown)
 * are too unequal to judge changes between them. Tie-based figures grow with the time observed (a
 * longer period shows more of the occasional contacts), so with 142 days before and 31 after, two
 * thirds of the teams of an organisation where nothing changed came out "beyond normal variation".
 */
export function lengthsDiffer(before: number | null, after: number | null): boolean {
  return before !== null && after !== null && Math.abs(before - after) > LENGTH_TOLERANCE * Math.max(before, after);
}

/** The last stretch of `period` that is `length` seconds long. */
export function lastStretch(period: PeriodRange, length: number): PeriodRange {
  return periodBetween(Math.round((period.until - length + INSTANT) * 1000) / 1000, period.until);
}

/** The first stretch of `period` that is `length` seconds long. */
export function firstStretch(period: PeriodRange, length: number): PeriodRange {
  return periodBetween(period.since, Math.round((period.since + length - INSTANT) * 1000) / 1000);
}

/**
 * The part of the before period to compare with the after period: all of it, unless it is longer
 * by more than lengthsDiffer allows, when its last stretch as long as the after period is (like
 * with like; six months against one made two thirds of the teams of an unchanged organisation
 * look changed).
 */
export function likeForLike(before: PeriodRange, after: PeriodRange): PeriodRange {
  const length = periodLength(after);
  return lengthsDiffer(periodLength(before), length) && periodLength(before) > length ? lastStretch(before, length) : before;
}
