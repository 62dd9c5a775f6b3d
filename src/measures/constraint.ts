/**
 * Burt's constraint: how much a person's network is concentrated in contacts who are themselves
 * tied to each other. c_i = Σ_{j∈N(i)} (p_ij + Σ_{q∈N(i), q≠i,j} p_iq·p_qj)², with
 * p_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki). Burt, R. S. (1992), Structural Holes: The Social
 * Structure of Competition, Harvard UP, ch. 2.
 *
 * Matches networkx `constraint(G, weight='weight')` (or `weight=None` when `weighted` is false).
 * On an undirected network a_ij = a_ji = the tie strength, so p_ij = s_ij / Σ_k s_ik.
 *
 * Isolates: constraint is not defined; they get NaN, as in networkx. A person whose ties all have
 * strength 0 gets 0 (networkx's normalised weight is 0 when the total is 0).
 * Differences from networkx: self-ties are ignored (networkx treats one as a contact); on a
 * directed network a person with incoming ties only is scored from those ties (networkx returns
 * NaN for anyone without outgoing ties, an artefact of testing `len(G[v])`).
 */

import type { CompactGraph } from '../organisation/compact-graph.js';
import { undirectedView } from './undirected-view.js';

/** Options for {@link constraint}. */
export interface ConstraintOptions {
  /** Use tie strengths (networkx `weight='weight'`); false: every arc counts 1. Default true. */
  readonly weighted: boolean;
}

/** Defaults of {@link ConstraintOptions}. */
export const CONSTRAINT_DEFAULTS: ConstraintOptions = { weighted: true };

/**
 * Burt's constraint of every person (NaN for isolates). Higher means fewer structural holes.
 * @example constraint(network)
 */
export function constraint(graph: CompactGraph, options: Partial<ConstraintOptions> = {}): Float64Array {
  const { weighted } = { ...CONSTRAINT_DEFAULTS, ...options };
  const n = graph.nodeCount;
  const { offsets, neighbours, strengths } = undirectedView(graph, { unitStrengths: !weighted });
  // inverseTotal[q] = 1 / Σ_k m_qk: turns a row's mutual weights into proportions p_q·.
  const inverseTotal = new Float64Array(n);
  for (let q = 0; q < n; q++) {
    let total = 0;
    for (let e = offsets[q]; e < offsets[q + 1]; e++) total += strengths[e];
    inverseTotal[q] = total === 0 ? 0 : 1 / total;
  }
  const p = new Float64Array(n); // p[q] = p_iq for the current i, 0 elsewhere
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    if (start === end) {
      values[i] = NaN;
      continue;
    }
    for (let e = start; e < end; e++) p[neighbours[e]] = strengths[e] * inverseTotal[i];
    let sum = 0;
    for (let e = start; e < end; e++) {
      const j = neighbours[e];
      // Indirect: Σ_q p_iq·p_qj over q tied to both; p_qj = m_jq / Σ_k m_qk (m symmetric).
      let indirect = 0;
      for (let f = offsets[j], fEnd = offsets[j + 1]; f < fEnd; f++) {
        const q = neighbours[f];
        indirect += p[q] * strengths[f] * inverseTotal[q];
      }
      const local = p[j] + indirect;
      sum += local * local;
    }
    values[i] = sum;
    for (let e = start; e < end; e++) p[neighbours[e]] = 0;
  }
  return values;
}
