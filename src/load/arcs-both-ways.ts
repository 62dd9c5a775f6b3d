/**
 * The directed view of interactions that have no direction (read with `undirected`): each tie as
 * both its arcs, each with the tie's full strength, rows, times and channels, so that in-degree is
 * out-degree and the brokerage roles do not follow the order the ids happened to be written in.
 */
import type { TieTable } from '../organisation/tie-table.js';

/**
 * Both arcs of every tie, sorted by (source, target). Ties are sorted with source < target, so
 * filling each person's run in tie order puts the lower neighbours (ties that end at the person)
 * before the higher ones (ties that start there), each in order: one counting pass, no sort.
 */
export function arcsBothWays(ties: TieTable, nodeCount: number): TieTable {
  const start = new Int32Array(nodeCount + 1);
  for (let t = 0; t < ties.length; t++) {
    start[ties.source[t] + 1]++;
    start[ties.target[t] + 1]++;
  }
  for (let v = 0; v < nodeCount; v++) start[v + 1] += start[v];
  const length = ties.length * 2;
  const arcs = {
    length,
    source: new Int32Array(length),
    target: new Int32Array(length),
    strength: new Float64Array(length),
    rows: new Float64Array(length),
    first: new Float64Array(length),
    last: new Float64Array(length),
    channels: new Uint32Array(length),
  };
  for (let t = 0; t < ties.length; t++) {
    placeArc(arcs, start[ties.source[t]]++, ties, t, ties.source[t], ties.target[t]);
    placeArc(arcs, start[ties.target[t]]++, ties, t, ties.target[t], ties.source[t]);
  }
  return arcs;
}

/** Writes tie `t` as the arc source → target into slot `at`. */
function placeArc(arcs: TieTable, at: number, ties: TieTable, t: number, source: number, target: number): void {
  arcs.source[at] = source;
  arcs.target[at] = target;
  arcs.strength[at] = ties.strength[t];
  arcs.rows[at] = ties.rows[t];
  arcs.first[at] = ties.first[t];
  arcs.last[at] = ties.last[t];
  arcs.channels[at] = ties.channels[t];
}
