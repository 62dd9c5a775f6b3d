/**
 * Communities: groups of people who interact more with each other than with others, found by
 * Louvain modularity optimisation (Blondel et al. 2008; louvain.ts) on tie strengths, seeded so
 * that the same input gives the same partition. This is the informal organisation, to set against
 * the formal one (see normalised-mutual-information.ts).
 *
 * A person with no ties is in no community: Louvain leaves each such person alone, and counting
 * them would report every isolate as an informal group of one (15 of 24 in the SocioPatterns
 * office data).
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

/** The community of a person with no ties. */
export const NO_COMMUNITY = -1;

export interface Communities {
  /**
   * Community index per person, numbered 0.. in order of each community's lowest person index;
   * NO_COMMUNITY for a person with no ties.
   */
  readonly communityOf: Int32Array;
  /** Communities of the people with ties. */
  readonly count: number;
  /** Modularity of the partition, weighted by tie strength. */
  readonly modularity: number;
  readonly seed: number;
}

/** Finds communities on the undirected network, weighting ties by strength. */
export function communities(graph: CompactGraph, options: Partial<CommunitiesOptions> = {}): Communities {
  const { seed, resolution } = { ...COMMUNITIES_DEFAULTS, ...options };
  const network = undirectedView(graph);
  const found = louvain(graph.nodeCount, network.offsets, network.neighbours, network.strengths, resolution, seededRandom(seed));
  // Number the communities of the people with ties afresh, in the same order, skipping isolates.
  const communityOf = new Int32Array(graph.nodeCount).fill(NO_COMMUNITY);
  const renumbered = new Int32Array(graph.nodeCount).fill(NO_COMMUNITY);
  let count = 0;
  for (let v = 0; v < graph.nodeCount; v++) {
    if (network.offsets[v] === network.offsets[v + 1]) continue;
    if (renumbered[found[v]] === NO_COMMUNITY) renumbered[found[v]] = count++;
    communityOf[v] = renumbered[found[v]];
  }
  return { communityOf, count, modularity: modularity(graph, communityOf), seed };
}
