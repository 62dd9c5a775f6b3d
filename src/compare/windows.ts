/**
 * The windows of the before period whose differences are taken as normal variation (noise.ts).
 *
 * Rule: when the before period holds at least three windows as long as the after period, use as
 * many such windows as fit (at most MAX_WINDOWS), back to back and ending where the before
 * period ends, so each window is measured like the after period. Otherwise split the before
 * period into three equal windows: three rather than two halves, so that the variation rests on
 * more than one difference. Windows shorter than the after period see fewer of the weak ties,
 * so they vary more than whole periods do and the rule errs towards "within normal variation".
 * Periods of whole days are cut at midnight (the spare days go to the earliest windows).
 */
import { INSTANT, periodBetween, periodLength, type PeriodRange } from './periods.js';

/** Fewest windows: two would give a single difference. */
export const MIN_WINDOWS = 3;
/** Most windows: each one is a separate load of the interactions file. */
export const MAX_WINDOWS = 12;

const DAY = 86_400;

/** The windows for a before period and an after period of `afterLength` seconds, in time order. */
export function planNoiseWindows(before: { readonly since: number; readonly until: number }, afterLength: number): PeriodRange[] {
  const beforeLength = periodLength(before);
  const end = before.until + INSTANT;
  const wholeDays = isWholeDay(before.since) && isWholeDay(end) && isWholeDay(afterLength);
  const unit = wholeDays ? DAY : INSTANT;
  const units = Math.round(beforeLength / unit);
  const afterUnits = Math.max(1, Math.round(afterLength / unit));

  let sizes: number[];
  if (units >= MIN_WINDOWS * afterUnits) {
    sizes = new Array<number>(Math.min(MAX_WINDOWS, Math.floor(units / afterUnits))).fill(afterUnits);
  } else {
    sizes = Array.from({ length: MIN_WINDOWS }, (_, i) => Math.floor(units / MIN_WINDOWS) + (i < units % MIN_WINDOWS ? 1 : 0));
  }
  sizes = sizes.filter((size) => size > 0);

  // Laid out from the end, so the windows are the most recent part of the before period.
  const windows: PeriodRange[] = [];
  let next = end;
  for (let i = sizes.length - 1; i >= 0; i--) {
    const start = roundToInstant(next - sizes[i] * unit);
    windows.unshift(periodBetween(start, roundToInstant(next - INSTANT)));
    next = start;
  }
  return windows;
}

function isWholeDay(seconds: number): boolean {
  return Math.round(seconds * 1000) % (DAY * 1000) === 0;
}

/** Whole milliseconds, so window edges never drift by floating-point error. */
function roundToInstant(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
