/**
 * Harmonic centrality: H(v) = Σ_{u≠v} 1/d(u, v), with 1/∞ = 0, so it is defined on disconnected
 * networks without correction. Marchiori, M. & Latora, V. (2000), "Harmony in the small-world",
 * Physica A 285:539–546; Boldi, P. & Vigna, S. (2014), "Axioms for centrality", Internet
 * Mathematics 10:222–262.
 *
 * Matches networkx `harmonic_centrality(G)` (unnormalised; `distance='distance'`, distance =
 * 1/strength, when `weighted`). On a directed network networkx sums over distances from others
 * to v (incoming), and so does this. Computed by distance-centralities.ts.
 */

import type { CompactGraph } from '../organisation/compact-graph.js';
import { distanceCentralities } from './distance-centralities.js';

/** Options for {@link harmonic}. */
export interface HarmonicOptions {
  /** Use distance = 1 / strength (Dijkstra) instead of counting steps. Default false. */
  readonly weighted: boolean;
}

/** Defaults of {@link HarmonicOptions}. */
export const HARMONIC_DEFAULTS: HarmonicOptions = { weighted: false };

/**
 * Harmonic centrality of every person (not normalised; divide by n−1 for a 0..1 scale).
 * @example harmonic(graph, { weighted: true })
 */
export function harmonic(graph: CompactGraph, options: Partial<HarmonicOptions> = {}): Float64Array {
  return distanceCentralities(graph, { ...HARMONIC_DEFAULTS, ...options }).harmonic;
}
