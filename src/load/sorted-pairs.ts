/**
 * Aggregated pairs of people sorted by (source, target): a tie table that also remembers the line
 * of each pair's first row, for the load report.
 */
import type { TieTable } from '../organisation/tie-table.js';

export interface SortedPairs extends TieTable {
  /** Line of the pair's first row. */
  readonly firstLine: Float64Array;
}

/** Room for `capacity` pairs (its length), to be filled; {@link truncatePairs} keeps fewer. */
export function allocatePairs(capacity: number): SortedPairs {
  return {
    length: capacity,
    source: new Int32Array(capacity),
    target: new Int32Array(capacity),
    strength: new Float64Array(capacity),
    rows: new Float64Array(capacity),
    first: new Float64Array(capacity),
    last: new Float64Array(capacity),
    channels: new Uint32Array(capacity),
    firstLine: new Float64Array(capacity),
  };
}

/** The first `length` pairs, as views (no copy). */
export function truncatePairs(pairs: SortedPairs, length: number): SortedPairs {
  return {
    length,
    source: pairs.source.subarray(0, length),
    target: pairs.target.subarray(0, length),
    strength: pairs.strength.subarray(0, length),
    rows: pairs.rows.subarray(0, length),
    first: pairs.first.subarray(0, length),
    last: pairs.last.subarray(0, length),
    channels: pairs.channels.subarray(0, length),
    firstLine: pairs.firstLine.subarray(0, length),
  };
}

/** Copies pair `from` of `source` into slot `to` of `into`. */
export function copyPair(into: SortedPairs, to: number, source: SortedPairs, from: number): void {
  into.source[to] = source.source[from];
  into.target[to] = source.target[from];
  into.strength[to] = source.strength[from];
  into.rows[to] = source.rows[from];
  into.first[to] = source.first[from];
  into.last[to] = source.last[from];
  into.channels[to] = source.channels[from];
  into.firstLine[to] = source.firstLine[from];
}

/** Adds pair `from` of `source` to slot `to` of `into`, which holds the same pair. */
export function addPair(into: SortedPairs, to: number, source: SortedPairs, from: number): void {
  addSums(into, to, source.strength[from], source.rows[from], source.first[from], source.last[from], source.channels[from], source.firstLine[from]);
}

/** Adds one pair's figures to slot `to` of `into`, which holds the same pair. */
export function addSums(into: SortedPairs, to: number, strength: number, rows: number, first: number, last: number, channels: number, firstLine: number): void {
  into.strength[to] += strength;
  into.rows[to] += rows;
  // NaN is "no time": it never replaces a time.
  if (!Number.isNaN(first) && !(into.first[to] <= first)) into.first[to] = first;
  if (!Number.isNaN(last) && !(into.last[to] >= last)) into.last[to] = last;
  into.channels[to] |= channels;
  into.firstLine[to] = Math.min(into.firstLine[to], firstLine);
}

/** One sorted table holding the pairs of both; a pair in both is summed, `a`'s figures first. */
export function mergePairs(a: SortedPairs, b: SortedPairs): SortedPairs {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged = allocatePairs(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const order = a.source[i] - b.source[j] || a.target[i] - b.target[j];
    if (order < 0) copyPair(merged, k++, a, i++);
    else if (order > 0) copyPair(merged, k++, b, j++);
    else {
      copyPair(merged, k, a, i++);
      addPair(merged, k++, b, j++);
    }
  }
  while (i < a.length) copyPair(merged, k++, a, i++);
  while (j < b.length) copyPair(merged, k++, b, j++);
  return truncatePairs(merged, k);
}
