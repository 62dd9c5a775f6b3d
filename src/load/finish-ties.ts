/**
 * Turns aggregated arcs into what the organisation holds: undirected ties (both directions
 * summed) and arcs, less the ties below `--min-interactions` and their arcs. Runs wherever the
 * arcs were aggregated (on the aggregation worker for large files), so it only reports what it
 * dropped; the caller records those rows as skipped.
 */
import type { TieTable } from '../organisation/tie-table.js';
import { addPair, allocatePairs, copyPair, truncatePairs, type SortedPairs } from './sorted-pairs.js';

/** The ties and arcs kept, and the ties dropped (line of their first row, rows), in line order. */
export interface FinishedTies {
  readonly ties: TieTable;
  readonly arcs: TieTable;
  readonly droppedLines: Float64Array;
  readonly droppedRows: Float64Array;
}

/**
 * Merges both directions into undirected ties and drops the ties below the threshold and the
 * arcs they were made of.
 */
export function finishTies(arcs: SortedPairs, nodeCount: number, minInteractions: number): FinishedTies {
  const { ties, tieOfArc } = undirectedTies(arcs, nodeCount);
  const keptTie = new Uint8Array(ties.length);
  const dropped: number[] = [];
  for (let t = 0; t < ties.length; t++) {
    if (ties.strength[t] >= minInteractions) keptTie[t] = 1;
    else dropped.push(t);
  }
  // In order of each tie's first row, as the file has them.
  dropped.sort((x, y) => ties.firstLine[x] - ties.firstLine[y]);
  const keptArc = new Uint8Array(arcs.length);
  for (let a = 0; a < arcs.length; a++) keptArc[a] = keptTie[tieOfArc[a]];
  return {
    ties: tieTable(ties, keptTie),
    arcs: tieTable(arcs, keptArc),
    droppedLines: Float64Array.from(dropped, (t) => ties.firstLine[t]),
    droppedRows: Float64Array.from(dropped, (t) => ties.rows[t]),
  };
}

/**
 * Undirected ties (source < target, sorted) from sorted arcs, and the tie each arc went into.
 * Arcs with source < target are already in order; the others are copied out reversed, in order,
 * by one stable counting sort on their target (scattered while the arcs are read in order: a
 * random write costs less than the random read of gathering them), then the two runs are merged.
 */
function undirectedTies(arcs: SortedPairs, nodeCount: number): { ties: SortedPairs; tieOfArc: Int32Array } {
  const start = new Int32Array(nodeCount + 1);
  let backwardCount = 0;
  for (let a = 0; a < arcs.length; a++) {
    if (arcs.source[a] > arcs.target[a]) {
      start[arcs.target[a] + 1]++;
      backwardCount++;
    }
  }
  for (let v = 0; v < nodeCount; v++) start[v + 1] += start[v];
  const backward = allocatePairs(backwardCount);
  const arcOfBackward = new Int32Array(backwardCount);
  for (let a = 0; a < arcs.length; a++) {
    if (arcs.source[a] <= arcs.target[a]) continue;
    const at = start[arcs.target[a]]++;
    copyPair(backward, at, arcs, a);
    backward.source[at] = arcs.target[a];
    backward.target[at] = arcs.source[a];
    arcOfBackward[at] = a;
  }

  const ties = allocatePairs(arcs.length);
  const tieOfArc = new Int32Array(arcs.length);
  let k = 0;
  let forward = 0;
  let back = 0;
  const nextForward = () => {
    while (forward < arcs.length && arcs.source[forward] > arcs.target[forward]) forward++;
  };
  nextForward();
  while (forward < arcs.length || back < backwardCount) {
    const order = forward >= arcs.length ? 1 : back >= backwardCount ? -1
      : arcs.source[forward] - backward.source[back] || arcs.target[forward] - backward.target[back];
    if (order <= 0) {
      copyPair(ties, k, arcs, forward);
      tieOfArc[forward++] = k;
      nextForward();
    }
    if (order >= 0) {
      if (order > 0) copyPair(ties, k, backward, back);
      else addPair(ties, k, backward, back);
      tieOfArc[arcOfBackward[back]] = k;
      back++;
    }
    k++;
  }
  return { ties: truncatePairs(ties, k), tieOfArc };
}

/** The kept pairs as a tie table (the pairs' own arrays when every pair is kept). */
function tieTable(pairs: SortedPairs, kept: Uint8Array): TieTable {
  let length = 0;
  for (let p = 0; p < pairs.length; p++) length += kept[p];
  const table = length === pairs.length ? pairs : allocatePairs(length);
  if (table !== pairs) {
    let k = 0;
    for (let p = 0; p < pairs.length; p++) if (kept[p] === 1) copyPair(table, k++, pairs, p);
  }
  const { firstLine: _, ...tie } = table;
  return tie;
}
