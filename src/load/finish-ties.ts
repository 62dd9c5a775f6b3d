/**
 * Turns aggregated arcs into what the organisation holds: undirected ties (both directions
 * summed) and arcs, less the ties below `--min-interactions` and their arcs. It only reports what
 * it dropped; the caller records those rows as skipped.
 */
import type { TieTable } from '../organisation/tie-table.js';
import { addSums, allocatePairs, copyPair, truncatePairs, type SortedPairs } from './sorted-pairs.js';

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
  const { keptTie, dropped } = keepTies(ties, minInteractions);
  // In order of each tie's first row, as the file has them.
  dropped.sort((x, y) => ties.firstLine[x] - ties.firstLine[y]);
  const keptArc = keepArcs(tieOfArc, keptTie);
  return {
    ties: tieTable(ties, keptTie),
    arcs: tieTable(arcs, keptArc),
    droppedLines: Float64Array.from(dropped, (t) => ties.firstLine[t]),
    droppedRows: Float64Array.from(dropped, (t) => ties.rows[t]),
  };
}

/** Which ties reach the threshold (1 in `keptTie`), and the others. */
function keepTies(ties: SortedPairs, minInteractions: number): { keptTie: Uint8Array; dropped: number[] } {
  const keptTie = new Uint8Array(ties.length);
  const dropped: number[] = [];
  for (let t = 0; t < ties.length; t++) {
    if (ties.strength[t] >= minInteractions) keptTie[t] = 1;
    else dropped.push(t);
  }
  return { keptTie, dropped };
}

/** An arc is kept when its tie is. */
function keepArcs(tieOfArc: Int32Array, keptTie: Uint8Array): Uint8Array {
  const keptArc = new Uint8Array(tieOfArc.length);
  for (let a = 0; a < tieOfArc.length; a++) keptArc[a] = keptTie[tieOfArc[a]];
  return keptArc;
}

/** Numbers per backward arc in the scatter buffer: one 64-byte cache line. */
const ROW = 8;

/**
 * Undirected ties (source < target, sorted) from sorted arcs, and the tie each arc went into.
 * Arcs with source < target are already in order; the others are copied out reversed, in order,
 * by one stable counting sort on their target, then the two runs are merged. The copies are
 * scattered while the arcs are read in order, each into one row of a single buffer: at 100,000
 * people a random write to eight separate arrays per arc took 0.45 s, a random gather longer.
 * One loop to a function, as in compact-graph.ts: this runs once per load, cold.
 */
function undirectedTies(arcs: SortedPairs, nodeCount: number): { ties: SortedPairs; tieOfArc: Int32Array } {
  const start = new Int32Array(nodeCount + 1);
  const backwardCount = countBackward(arcs, start);
  for (let v = 0; v < nodeCount; v++) start[v + 1] += start[v];
  const backward = new Float64Array(backwardCount * ROW);
  const arcOfBackward = new Int32Array(backwardCount);
  scatterBackward(arcs, start, backward, arcOfBackward);
  return mergeRuns(arcs, backward, arcOfBackward);
}

/** Counts the backward arcs (source > target) into start[target + 1]; returns how many there are. */
function countBackward(arcs: SortedPairs, start: Int32Array): number {
  let count = 0;
  for (let a = 0; a < arcs.length; a++) {
    if (arcs.source[a] > arcs.target[a]) {
      start[arcs.target[a] + 1]++;
      count++;
    }
  }
  return count;
}

/**
 * Copies each backward arc, reversed, into its row of `backward` (row r: source, target,
 * strength, rows, first, last, channels, first line), at its target's cursor in `start`.
 */
function scatterBackward(arcs: SortedPairs, start: Int32Array, backward: Float64Array, arcOfBackward: Int32Array): void {
  for (let a = 0; a < arcs.length; a++) {
    if (arcs.source[a] <= arcs.target[a]) continue;
    const r = start[arcs.target[a]]++;
    const at = r * ROW;
    backward[at] = arcs.target[a];
    backward[at + 1] = arcs.source[a];
    backward[at + 2] = arcs.strength[a];
    backward[at + 3] = arcs.rows[a];
    backward[at + 4] = arcs.first[a];
    backward[at + 5] = arcs.last[a];
    backward[at + 6] = arcs.channels[a];
    backward[at + 7] = arcs.firstLine[a];
    arcOfBackward[r] = a;
  }
}

/** Merges the forward arcs and the reversed backward rows, summing a pair found in both. */
function mergeRuns(arcs: SortedPairs, backward: Float64Array, arcOfBackward: Int32Array): { ties: SortedPairs; tieOfArc: Int32Array } {
  const backwardCount = arcOfBackward.length;
  const ties = allocatePairs(arcs.length);
  const tieOfArc = new Int32Array(arcs.length);
  let k = 0;
  let forward = 0;
  let back = 0;
  while (forward < arcs.length && arcs.source[forward] > arcs.target[forward]) forward++;
  while (forward < arcs.length || back < backwardCount) {
    const at = back * ROW;
    const order = forward >= arcs.length ? 1 : back >= backwardCount ? -1
      : arcs.source[forward] - backward[at] || arcs.target[forward] - backward[at + 1];
    if (order <= 0) {
      copyPair(ties, k, arcs, forward);
      tieOfArc[forward++] = k;
      while (forward < arcs.length && arcs.source[forward] > arcs.target[forward]) forward++;
    }
    if (order >= 0) {
      if (order > 0) {
        ties.source[k] = backward[at];
        ties.target[k] = backward[at + 1];
        ties.strength[k] = backward[at + 2];
        ties.rows[k] = backward[at + 3];
        ties.first[k] = backward[at + 4];
        ties.last[k] = backward[at + 5];
        ties.channels[k] = backward[at + 6];
        ties.firstLine[k] = backward[at + 7];
      } else {
        addSums(ties, k, backward[at + 2], backward[at + 3], backward[at + 4], backward[at + 5], backward[at + 6], backward[at + 7]);
      }
      tieOfArc[arcOfBackward[back]] = k;
      back++;
    }
    k++;
  }
  return { ties: truncatePairs(ties, k), tieOfArc };
}

/** The kept pairs as a tie table (the pairs' own arrays when every pair is kept). */
function tieTable(pairs: SortedPairs, kept: Uint8Array): TieTable {
  const length = countKept(kept);
  const table = length === pairs.length ? pairs : allocatePairs(length);
  if (table !== pairs) {
    let k = 0;
    for (let p = 0; p < pairs.length; p++) if (kept[p] === 1) copyPair(table, k++, pairs, p);
  }
  const { firstLine: _, ...tie } = table;
  return tie;
}

/** How many pairs are kept. */
function countKept(kept: Uint8Array): number {
  let length = 0;
  for (let p = 0; p < kept.length; p++) length += kept[p];
  return length;
}
