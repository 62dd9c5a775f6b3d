/**
 * Closeness centrality with the Wasserman–Faust correction for disconnected networks:
 * C(v) = ((r−1)/(n−1)) · ((r−1)/Σ_u d(u, v)), where r counts the people who can reach v (v
 * included). Wasserman, S. & Faust, K. (1994), Social Network Analysis, Cambridge UP, p. 201;
 * closeness itself from Freeman, L. C. (1979), "Centrality in social networks: conceptual
 * clarification", Social Networks 1:215–239.
 *
 * Matches networkx `closeness_centrality(G, wf_improved=True)` (`distance='distance'`, distance
 * = 1/strength, when `weighted`). On a directed network it uses incoming distances d(u → v), as
 * networkx does (it reverses the graph).
 */

import type { CompactGraph } from '../organisation/compact-graph.js';
import { clearWorkspace, createWorkspace, searchFrom, tieLengths } from './shortest-paths.js';

/** Options for {@link closeness}. */
export interface ClosenessOptions {
  /** Use distance = 1 / strength (Dijkstra) instead of counting steps. Default false. */
  readonly weighted: boolean;
  /**
   * Scale by the share of others who can reach the person, (r−1)/(n−1) (Wasserman–Faust), so
   * people in small components do not look central. networkx `wf_improved`. Default true.
   */
  readonly wfImproved: boolean;
}

/** Defaults of {@link ClosenessOptions}. */
export const CLOSENESS_DEFAULTS: ClosenessOptions = { weighted: false, wfImproved: true };

/**
 * Closeness centrality of every person; 0 for a person nobody can reach.
 * @example closeness(graph) // unweighted, Wasserman–Faust
 */
export function closeness(graph: CompactGraph, options: Partial<ClosenessOptions> = {}): Float64Array {
  const { weighted, wfImproved } = { ...CLOSENESS_DEFAULTS, ...options };
  const n = graph.nodeCount;
  const adjacency = graph.in; // distances *to* v: search the reversed network
  const lengths = weighted ? tieLengths(adjacency) : null;
  const ws = createWorkspace(n, false, weighted);
  const { order, dist } = ws;
  const values = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const count = searchFrom(adjacency, lengths, v, ws);
    let total = 0;
    for (let i = 1; i < count; i++) total += dist[order[i]];
    if (total > 0 && n > 1) {
      const reached = count - 1;
      values[v] = wfImproved ? (reached / total) * (reached / (n - 1)) : reached / total;
    }
    clearWorkspace(ws, count);
  }
  return values;
}
