/**
 * Strength: the sum of a person's tie strengths (interactions, or summed weights); the weighted
 * degree of Barrat, A., Barthélemy, M., Pastor-Satorras, R. & Vespignani, A. (2004), "The
 * architecture of complex weighted networks", PNAS 101(11):3747–3752. Self-ties are ignored.
 */

import type { Adjacency, CompactGraph } from '../organisation/compact-graph.js';
import type { Direction } from './degree.js';

/** Options for {@link strength}. */
export interface StrengthOptions {
  /**
   * `'out'`: strength of ties from this person; `'in'`: to this person; `'all'`: both (equal to
   * the strength in the undirected view, where a pair's strength is the sum of both
   * directions). On an undirected network all three agree. Default `'all'`.
   */
  readonly direction: Direction;
}

/** Defaults of {@link StrengthOptions}. */
export const STRENGTH_DEFAULTS: StrengthOptions = { direction: 'all' };

function sumRow(adjacency: Adjacency, v: number): number {
  let total = 0;
  for (let e = adjacency.offsets[v]; e < adjacency.offsets[v + 1]; e++) if (adjacency.neighbours[e] !== v) total += adjacency.strengths[e];
  return total;
}

/**
 * Strength of every person.
 * @example strength(network)
 */
export function strength(graph: CompactGraph, options: Partial<StrengthOptions> = {}): Float64Array {
  const { direction } = { ...STRENGTH_DEFAULTS, ...options };
  const n = graph.nodeCount;
  const values = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (!graph.directed || direction === 'out') values[v] = sumRow(graph.out, v);
    else if (direction === 'in') values[v] = sumRow(graph.in, v);
    else values[v] = sumRow(graph.out, v) + sumRow(graph.in, v);
  }
  return values;
}
