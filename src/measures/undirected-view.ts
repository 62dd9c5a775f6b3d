/**
 * The undirected view of a network, as the neighbourhood measures (clustering, Burt's constraint
 * and effective size, cut points) read it: each person's distinct contacts in either direction,
 * without self-ties, rows sorted. A pair's strength is the sum of both directions (DESIGN.md §5),
 * which is also networkx's "mutual weight" a_ij + a_ji on a directed graph.
 */

import type { Adjacency, CompactGraph } from '../organisation/compact-graph.js';

/** Options for {@link undirectedView}. */
export interface UndirectedViewOptions {
  /**
   * Count every arc as strength 1 instead of its strength. On a directed network a pair then has
   * strength 1 or 2 (one or both directions), as networkx's `mutual_weight` with `weight=None`.
   */
  readonly unitStrengths: boolean;
}

/** Defaults of {@link UndirectedViewOptions}. */
export const UNDIRECTED_VIEW_DEFAULTS: UndirectedViewOptions = { unitStrengths: false };

/** True when every row is strictly increasing and has no self-tie: the row can be used as is. */
function isSimple(adjacency: Adjacency): boolean {
  const { offsets, neighbours } = adjacency;
  for (let v = 0; v + 1 < offsets.length; v++) {
    let previous = -1;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const u = neighbours[e];
      if (u === v || u <= previous) return false;
      previous = u;
    }
  }
  return true;
}

/**
 * Walks the merged row of `v` (its out-row and, if given, its in-row; both sorted), calling
 * `emit(u, strength)` once per distinct neighbour `u !== v`. Returns the number of neighbours.
 */
function mergeRow(
  v: number,
  a: Adjacency,
  b: Adjacency | null,
  unitStrengths: boolean,
  emit: ((u: number, strength: number) => void) | null,
): number {
  let i = a.offsets[v];
  const iEnd = a.offsets[v + 1];
  let j = b ? b.offsets[v] : 0;
  const jEnd = b ? b.offsets[v + 1] : 0;
  let count = 0;
  let current = -1;
  let strength = 0;
  while (i < iEnd || j < jEnd) {
    let u: number;
    let s: number;
    if (j >= jEnd || (i < iEnd && a.neighbours[i] <= b!.neighbours[j])) {
      u = a.neighbours[i];
      s = unitStrengths ? 1 : a.strengths[i];
      i++;
    } else {
      u = b!.neighbours[j];
      s = unitStrengths ? 1 : b!.strengths[j];
      j++;
    }
    if (u === v) continue;
    if (u === current) {
      strength += s;
      continue;
    }
    if (current >= 0) emit?.(current, strength);
    current = u;
    strength = s;
    count++;
  }
  if (current >= 0) emit?.(current, strength);
  return count;
}

/**
 * Returns the undirected view of `graph` as one adjacency. For an undirected network with simple
 * rows (no self-ties, no repeated neighbour) and real strengths this is `graph.out` itself.
 */
export function undirectedView(graph: CompactGraph, options: Partial<UndirectedViewOptions> = {}): Adjacency {
  const { unitStrengths } = { ...UNDIRECTED_VIEW_DEFAULTS, ...options };
  const n = graph.nodeCount;
  if (!graph.directed && !unitStrengths && isSimple(graph.out)) return graph.out;

  const a = graph.out;
  const b = graph.directed ? graph.in : null;
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + mergeRow(v, a, b, unitStrengths, null);
  const neighbours = new Int32Array(offsets[n]);
  const strengths = new Float64Array(offsets[n]);
  let at = 0;
  const put = (u: number, s: number) => {
    neighbours[at] = u;
    strengths[at] = s;
    at++;
  };
  for (let v = 0; v < n; v++) mergeRow(v, a, b, unitStrengths, put);
  return { offsets, neighbours, strengths };
}
