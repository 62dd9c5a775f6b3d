/**
 * Local clustering coefficient: the share of pairs of a person's contacts who are themselves in
 * contact, C(v) = 2·T(v) / (k(k−1)). Watts, D. J. & Strogatz, S. H. (1998), "Collective dynamics
 * of 'small-world' networks", Nature 393:440–442.
 *
 * Matches networkx `clustering(G)` (unweighted) on the undirected view: ties are counted, not
 * weighted; a directed network is read as undirected (a tie in either direction is a contact).
 * People with fewer than two contacts get 0, as in networkx.
 */

import type { CompactGraph } from '../organisation/compact-graph.js';
import { undirectedView } from './undirected-view.js';

/** Options for {@link clustering}. None yet: the coefficient is unweighted by definition here. */
export type ClusteringOptions = Record<string, never>;

/** Defaults of {@link ClusteringOptions}. */
export const CLUSTERING_DEFAULTS: ClusteringOptions = {};

/**
 * Local clustering coefficient of every person.
 * @example clustering(network)
 */
export function clustering(graph: CompactGraph, _options: Partial<ClusteringOptions> = {}): Float64Array {
  const n = graph.nodeCount;
  const { offsets, neighbours } = undirectedView(graph);
  const mark = new Int32Array(n).fill(-1);
  const values = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const start = offsets[v];
    const end = offsets[v + 1];
    const k = end - start;
    if (k < 2) continue;
    for (let e = start; e < end; e++) mark[neighbours[e]] = v;
    // Each triangle through v is seen twice: from both of its other corners.
    let links = 0;
    for (let e = start; e < end; e++) {
      const u = neighbours[e];
      for (let f = offsets[u], fEnd = offsets[u + 1]; f < fEnd; f++) if (mark[neighbours[f]] === v) links++;
    }
    values[v] = links / (k * (k - 1));
  }
  return values;
}
