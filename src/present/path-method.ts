/**
 * How a path measure was computed, in the words every written format uses (the Markdown and HTML
 * methods, the GEXF and GraphML description): an estimate names its sample, seed and largest
 * standard error, so a reader of any one file can judge how far to trust it.
 */
import type { Analysis } from '../analyse.js';
import { formatCount, fixed } from './number-format.js';

type PathMode = Analysis['options']['betweenness'];

/** "exact", or "sampled from 1,000 sources spread over teams (seed 1), largest standard error 0.0012". */
export function pathMethod(mode: PathMode): string {
  if (mode.mode !== 'sampled') return 'exact';
  return `sampled from ${formatCount(mode.samples)} sources spread over teams (seed ${mode.seed}), largest standard error ${fixed(mode.maxStandardError ?? NaN, 4)}`;
}
