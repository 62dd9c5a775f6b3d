/**
 * Burt's effective size and efficiency: the number of a person's contacts discounted for their
 * redundancy, ES_i = Σ_{j∈N(i)} (1 − Σ_{q∈N(i), q≠i,j} p_iq·m_jq), where
 * p_iq = (a_iq + a_qi) / Σ_k (a_ik + a_ki) and m_jq = (a_jq + a_qj) / max_k (a_jk + a_kj).
 * Efficiency = effective size / degree (number of contacts). Burt, R. S. (1992), Structural
 * Holes, Harvard UP, pp. 51–55; the unweighted form n − 2t/n is Borgatti, S. P. (1997),
 * "Structural holes: unpacking Burt's redundancy measures", Connections 20(1):35–38.
 *
 * Matches networkx `effective_size(G, weight='weight')` (`weight=None` when `weighted` is false;
 * networkx then uses Borgatti's formula, which equals this one with all strengths 1).
 *
 * Isolates: not defined; effective size and efficiency are NaN, as in networkx. Self-ties are
 * ignored; on a directed network everyone with a tie in either direction is scored (networkx
 * returns NaN for people without outgoing ties).
 */

import type { CompactGraph } from '../organisation/compact-graph.js';
import { undirectedView } from './undirected-view.js';

/** Options for {@link effectiveSize}. */
export interface EffectiveSizeOptions {
  /** Use tie strengths (networkx `weight='weight'`); false: every arc counts 1. Default true. */
  readonly weighted: boolean;
}

/** Defaults of {@link EffectiveSizeOptions}. */
export const EFFECTIVE_SIZE_DEFAULTS: EffectiveSizeOptions = { weighted: true };

/** What {@link effectiveSize} returns; NaN for isolates in both. */
export interface EffectiveSizeResult {
  /** Effective size of each person's network. */
  readonly effectiveSize: Float64Array;
  /** Effective size divided by the number of contacts (0..1; 1 = no redundant contacts). */
  readonly efficiency: Float64Array;
}

/**
 * Burt's effective size and efficiency of every person.
 * @example const { effectiveSize: es, efficiency } = effectiveSize(network);
 */
export function effectiveSize(graph: CompactGraph, options: Partial<EffectiveSizeOptions> = {}): EffectiveSizeResult {
  const { weighted } = { ...EFFECTIVE_SIZE_DEFAULTS, ...options };
  const n = graph.nodeCount;
  const { offsets, neighbours, strengths } = undirectedView(graph, { unitStrengths: !weighted });
  const inverseTotal = new Float64Array(n); // 1 / Σ_k m_ik
  const inverseMax = new Float64Array(n); // 1 / max_k m_jk
  for (let v = 0; v < n; v++) {
    let total = 0;
    let max = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      total += strengths[e];
      if (strengths[e] > max) max = strengths[e];
    }
    inverseTotal[v] = total === 0 ? 0 : 1 / total;
    inverseMax[v] = max === 0 ? 0 : 1 / max;
  }
  const p = new Float64Array(n); // p[q] = p_iq for the current i, 0 elsewhere
  const size = new Float64Array(n);
  const efficiency = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    if (start === end) {
      size[i] = NaN;
      efficiency[i] = NaN;
      continue;
    }
    for (let e = start; e < end; e++) p[neighbours[e]] = strengths[e] * inverseTotal[i];
    let sum = 0;
    for (let e = start; e < end; e++) {
      const j = neighbours[e];
      let redundancy = 0;
      for (let f = offsets[j], fEnd = offsets[j + 1]; f < fEnd; f++) redundancy += p[neighbours[f]] * strengths[f];
      sum += 1 - redundancy * inverseMax[j];
    }
    size[i] = sum;
    efficiency[i] = sum / (end - start);
    for (let e = start; e < end; e++) p[neighbours[e]] = 0;
  }
  return { effectiveSize: size, efficiency };
}
