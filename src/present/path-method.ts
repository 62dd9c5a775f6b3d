/**
 * How a path measure was computed, in the words every written format uses (the Markdown and HTML
 * methods, the GEXF and GraphML description, a comparison's options): an estimate names its
 * sample, seed and largest standard error, so a reader of any one file can judge how far to trust it.
 */
import type { PathMeasureMethod } from '../analyse.js';
import { formatCount, fixed, threeFigures } from './number-format.js';

/** "exact", or "sampled from 1,000 sources spread over teams (seed 1), largest standard error 0.0012". */
export function pathMethod(mode: PathMeasureMethod): string {
  if (mode.mode !== 'sampled') return 'exact';
  return `${sample(mode)}, largest standard error ${largestError(mode)}`;
}

/**
 * Two periods' methods in one phrase: one method when they agree; the same sample with each
 * period's largest standard error ("… (seed 1), largest standard error 0.0916 before and 0.0255
 * after"); else each method with its period.
 */
export function periodsPathMethod(before: PathMeasureMethod, after: PathMeasureMethod): string {
  const [inBefore, inAfter] = [pathMethod(before), pathMethod(after)];
  if (inBefore === inAfter) return inAfter;
  if (before.mode === 'sampled' && after.mode === 'sampled' && sample(before) === sample(after)) {
    return `${sample(after)}, largest standard error ${largestError(before)} before and ${largestError(after)} after`;
  }
  return `${inBefore} before, ${inAfter} after`;
}

/**
 * Said where the broker threshold is stated when betweenness is estimated: how far an estimate
 * may be off, so that a reader can judge the people near the threshold. Null when exact.
 */
export function thresholdErrorSentence(mode: PathMeasureMethod): string | null {
  if (mode.mode !== 'sampled') return null;
  const error = largestError(mode);
  return `Betweenness is estimated from a sample of ${formatCount(mode.samples)} sources (seed ${mode.seed}), with a standard error of at most ${error}: ` +
    `someone within about ${error} of the threshold could fall on either side of it.`;
}

function sample(mode: PathMeasureMethod): string {
  return `sampled from ${formatCount(mode.samples)} sources spread over teams (seed ${mode.seed})`;
}

/** Four decimals, or three significant digits below 0.001: 0.00004 is not "0.0000", which would say an estimate is exact. */
function largestError(mode: PathMeasureMethod): string {
  const error = mode.maxStandardError ?? NaN;
  return error > 0 && error < 0.001 ? threeFigures(error) : fixed(error, 4);
}
