/**
 * Degree: the number of distinct contacts a person has (Freeman 1979, "Centrality in social
 * networks: conceptual clarification", Social Networks 1:215–239). Ties are counted, not
 * weighted; self-ties are not contacts.
 */

import type { Adjacency, CompactGraph } from '../organisation/compact-graph.js';

/** Which ties of a directed network to count. On an undirected network all three agree. */
export type Direction = 'all' | 'out' | 'in';

/** Options for {@link degree}. */
export interface DegreeOptions {
  /**
   * `'out'`: people this person has a tie to; `'in'`: people with a tie to this person; `'all'`:
   * distinct people tied in either direction (the undirected view; networkx's directed
   * `G.degree` would count a reciprocated pair twice). Default `'all'`.
   */
  readonly direction: Direction;
}

/** Defaults of {@link DegreeOptions}. */
export const DEGREE_DEFAULTS: DegreeOptions = { direction: 'all' };

function countRow(adjacency: Adjacency, v: number): number {
  let count = 0;
  for (let e = adjacency.offsets[v]; e < adjacency.offsets[v + 1]; e++) if (adjacency.neighbours[e] !== v) count++;
  return count;
}

/** Size of the union of v's (sorted) out- and in-rows, without v itself. */
function countUnion(out: Adjacency, inward: Adjacency, v: number): number {
  let i = out.offsets[v];
  const iEnd = out.offsets[v + 1];
  let j = inward.offsets[v];
  const jEnd = inward.offsets[v + 1];
  let count = 0;
  let last = -1;
  while (i < iEnd || j < jEnd) {
    let u: number;
    if (j >= jEnd || (i < iEnd && out.neighbours[i] <= inward.neighbours[j])) u = out.neighbours[i++];
    else u = inward.neighbours[j++];
    if (u !== v && u !== last) count++;
    last = u;
  }
  return count;
}

/**
 * Degree of every person.
 * @example degree(directedNetwork, { direction: 'in' })
 */
export function degree(graph: CompactGraph, options: Partial<DegreeOptions> = {}): Float64Array {
  const { direction } = { ...DEGREE_DEFAULTS, ...options };
  const n = graph.nodeCount;
  const values = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (!graph.directed || direction === 'out') values[v] = countRow(graph.out, v);
    else if (direction === 'in') values[v] = countRow(graph.in, v);
    else values[v] = countUnion(graph.out, graph.in, v);
  }
  return values;
}
