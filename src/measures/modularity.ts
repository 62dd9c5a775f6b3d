/**
 * Newman's modularity (2006) of a partition on the undirected network, weighted by tie
 * strength: Q = Σ_c [ W_c / W − (S_c / 2W)² ], where W is the total strength of all ties,
 * W_c the strength of ties inside community c and S_c the summed strength of c's members.
 * Resolution 1, as networkx `modularity(G, communities, weight='weight')`.
 */
import type { CompactGraph } from '../organisation/compact-graph.js';

/**
 * Modularity of `communityOf` (a community index per person); 0 for a network without ties. A
 * person with no ties adds nothing to either sum, so leaving them in no community (a negative
 * index, communities.ts) gives the same value as a community of their own.
 */
export function modularity(graph: CompactGraph, communityOf: Int32Array, options: { weighted?: boolean } = {}): number {
  const weighted = options.weighted ?? true;
  const { offsets, neighbours, strengths } = graph.out;
  let communityCount = 0;
  for (const community of communityOf) if (community + 1 > communityCount) communityCount = community + 1;
  const inside = new Float64Array(communityCount);
  const total = new Float64Array(communityCount);
  let twiceW = 0;
  for (let v = 0; v < graph.nodeCount; v++) {
    const c = communityOf[v];
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const w = weighted ? strengths[k] : 1;
      twiceW += w;
      total[c] += w;
      if (communityOf[neighbours[k]] === c) inside[c] += w;
    }
  }
  if (twiceW === 0) return 0;
  let q = 0;
  for (let c = 0; c < communityCount; c++) q += inside[c] / twiceW - (total[c] / twiceW) ** 2;
  return q;
}
