/**
 * The windows of the before period whose differences are taken as normal variation (noise.ts):
 * its three equal thirds, so that the variation rests on more than one difference. The periods
 * compared are of equal length (compare() judges no others, and the CLI compares the last stretch
 * of a longer before period), so each third is a third as long as the after period: windows vary
 * more than whole periods do, and the range of three is close to two standard deviations of a
 * chance change (noise.ts). Windows as long as the after period, tried first, were too narrow a
 * yardstick: four of them flagged a fifth of the teams of a sample where nothing changed.
 * Periods of whole days are cut at midnight (the spare days go to the earliest windows).
 */
import { INSTANT, periodBetween, periodLength, type PeriodRange } from './periods.js';

/** Windows per before period: two would give a single difference. */
export const WINDOW_COUNT = 3;

const DAY = 86_400;

/** The windows of a before period, in time order. */
export function planNoiseWindows(before: { readonly since: number; readonly until: number }): PeriodRange[] {
  const end = before.until + INSTANT;
  const unit = isWholeDay(before.since) && isWholeDay(end) ? DAY : INSTANT;
  const units = Math.round(periodLength(before) / unit);
  const sizes = Array.from({ length: WINDOW_COUNT }, (_, i) => Math.floor(units / WINDOW_COUNT) + (i < units % WINDOW_COUNT ? 1 : 0)).filter((size) => size > 0);

  // Laid out from the end, so any rounding falls on the earliest window.
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
