/**
 * Closeness centrality with the Wasserman–Faust correction for disconnected networks:
 * C(v) = ((r−1)/(n−1)) · ((r−1)/Σ_u d(u, v)), where r counts the people who can reach v (v
 * included). Wasserman, S. & Faust, K. (1994), Social Network Analysis, Cambridge UP, p. 201;
 * closeness itself from Freeman, L. C. (1979), "Centrality in social networks: conceptual
 * clarification", Social Networks 1:215–239.
 *
 * Matches networkx `closeness_centrality(G, wf_improved=True)` (`distance='distance'`, distance
 * = 1/strength, when `weighted`). On a directed network it uses incoming distances d(u → v), as
 * networkx does (it reverses the graph). Computed by distance-centralities.ts, which also gives
 * harmonic centrality and sampled estimates from the same searches.
 */

import type { CompactGraph } from '../organisation/compact-graph.js';
import { distanceCentralities } from './distance-centralities.js';

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
  return distanceCentralities(graph, { ...CLOSENESS_DEFAULTS, ...options }).closeness;
}
