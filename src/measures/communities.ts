/**
 * Communities: groups of people who interact more with each other than with others, found by
 * Louvain modularity optimisation (Blondel et al. 2008; louvain.ts) on tie strengths, seeded so
 * that the same input gives the same partition. This is the informal organisation, to set against
 * the formal one (see normalised-mutual-information.ts).
 */
import type { CompactGraph } from '../organisation/compact-graph.js';
import { louvain } from './louvain.js';
import { modularity } from './modularity.js';
import { seededRandom } from './seeded-random.js';
import { undirectedView } from './undirected-view.js';

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
  const network = undirectedView(graph);
  const communityOf = louvain(graph.nodeCount, network.offsets, network.neighbours, network.strengths, resolution, seededRandom(seed));
  let count = 0;
  for (const community of communityOf) if (community >= count) count = community + 1;
  return { communityOf, count, modularity: modularity(graph, communityOf), seed };
}
