/**
 * Communities: groups of people who interact more with each other than with others, found by
 * Louvain modularity optimisation (Blondel et al. 2008) through graphology-communities-louvain,
 * seeded so that the same input gives the same partition. This is the informal organisation,
 * to set against the formal one (see normalised-mutual-information.ts).
 */
import louvainModule from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type { CompactGraph } from '../organisation/compact-graph.js';
import { modularity } from './modularity.js';
import { seededRandom } from './seeded-random.js';

// The package is CommonJS whose module.exports is the function; its types describe an ES default.
const louvain = louvainModule as unknown as typeof louvainModule.default;

export interface CommunitiesOptions {
  /** Seed of the random order in which Louvain visits people. */
  readonly seed: number;
  /** Resolution; above 1 finds more, smaller communities. */
  readonly resolution: number;
}

export const COMMUNITIES_DEFAULTS: CommunitiesOptions = { seed: 1, resolution: 1 };

export interface Communities {
  /** Community index per person, numbered 0.. in order of each community's lowest person index. */
  readonly communityOf: Int32Array;
  readonly count: number;
  /** Modularity of the partition, weighted by tie strength. */
  readonly modularity: number;
  readonly seed: number;
}

/** Finds communities on the undirected network, weighting ties by strength. */
export function communities(graph: CompactGraph, options: Partial<CommunitiesOptions> = {}): Communities {
  const { seed, resolution } = { ...COMMUNITIES_DEFAULTS, ...options };
  const interchange = new UndirectedGraph<Record<string, never>, { strength: number }>();
  for (let v = 0; v < graph.nodeCount; v++) interchange.addNode(String(v));
  const { offsets, neighbours, strengths } = graph.out;
  for (let v = 0; v < graph.nodeCount; v++) {
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      if (neighbours[k] > v) interchange.addEdge(String(v), String(neighbours[k]), { strength: strengths[k] });
    }
  }
  const found = louvain(interchange, { getEdgeWeight: 'strength', resolution, rng: seededRandom(seed) });
  // Renumber so that community numbers do not depend on the library's internal order.
  const communityOf = new Int32Array(graph.nodeCount);
  const renumber = new Map<number, number>();
  for (let v = 0; v < graph.nodeCount; v++) {
    const raw = found[String(v)];
    let index = renumber.get(raw);
    if (index === undefined) {
      index = renumber.size;
      renumber.set(raw, index);
    }
    communityOf[v] = index;
  }
  return { communityOf, count: renumber.size, modularity: modularity(graph, communityOf), seed };
}
