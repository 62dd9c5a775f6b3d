/**
 * Betweenness, closeness and harmonic centrality from one shortest-path search per source: each
 * search gives the dependencies Brandes' algorithm needs and the distances the other two sum, so
 * computing the three together costs little more than betweenness alone. The values equal those
 * of {@link betweenness} and {@link distanceCentralities} called separately with the same options.
 */
import type { CompactGraph } from '../organisation/compact-graph.js';
import { betweennessFromSums, betweennessSources, type BetweennessResult } from './betweenness.js';
import { distancesFromSums, type DistanceCentralities } from './distance-centralities.js';
import { pathSlots, searchPaths } from './path-searches.js';
import type { PathProgress, ThreadCount } from './path-workers.js';

/** Options for {@link pathCentralities}. */
export interface PathCentralitiesOptions {
  /** Use distance = 1 / strength (Dijkstra) instead of counting steps. Default false. */
  readonly weighted: boolean;
  /**
   * Estimate from this many sampled sources (seeded, without replacement); null computes exactly,
   * and so does n or more (every person a source), as with {@link betweenness} and
   * {@link distanceCentralities}. Default null.
   */
  readonly samples: number | null;
  /** Seed of the source choice. Default 1. */
  readonly seed: number;
  /**
   * Stratum of each person: sampled sources are spread evenly over the strata
   * (stratified-sample.ts) instead of drawn uniformly. null: uniform. Default null.
   */
  readonly strata: Int32Array | null;
  /** Betweenness divided by (n−1)(n−2), as networkx `normalized=True`. Default true. */
  readonly normalized: boolean;
  /** Closeness scaled by the share of others who reach the person (Wasserman–Faust). Default true. */
  readonly wfImproved: boolean;
  /** Threads to search on; the values are the same whatever it is. Default `'auto'`. */
  readonly threads: ThreadCount;
  /** Told the share of the searches done (0 to 1) as each whole percent is done, and 1 at the end. */
  readonly onProgress?: PathProgress;
}

/** Defaults of {@link PathCentralitiesOptions}. */
export const PATH_CENTRALITIES_DEFAULTS: PathCentralitiesOptions = {
  weighted: false,
  samples: null,
  seed: 1,
  strata: null,
  normalized: true,
  wfImproved: true,
  threads: 'auto',
};

/** What {@link pathCentralities} returns. */
export interface PathCentralities {
  readonly betweenness: BetweennessResult;
  /** Closeness and harmonic centrality. */
  readonly distances: DistanceCentralities;
  /** Threads the searches ran on. */
  readonly threads: number;
}

/**
 * Betweenness, closeness and harmonic centrality of every person, from one search per source.
 * @example const { betweenness, distances } = pathCentralities(graph, { samples: 500, seed: 1 });
 */
export function pathCentralities(graph: CompactGraph, options: Partial<PathCentralitiesOptions> = {}): PathCentralities {
  const { weighted, samples, seed, strata, normalized, wfImproved, threads, onProgress } = { ...PATH_CENTRALITIES_DEFAULTS, ...options };
  const n = graph.nodeCount;
  // The same sources as betweenness() and distanceCentralities() would choose: a seeded sample
  // of fewer than n, or everyone. Everyone is no sample: all three are then exact.
  const sources = betweennessSources(n, samples, seed, strata);
  const sampled = sources.length < n;
  const slots = pathSlots({ dependency: true, dependencySquares: sampled, distances: true, distanceSquares: sampled });
  const sums = searchPaths(graph, weighted, sources, slots, threads, sampled, onProgress);
  return {
    betweenness: betweennessFromSums(graph, { weighted, normalized, sampled, seed }, sources.length, sums.get(slots.dependency)!, sums.get(slots.dependencySquares)),
    distances: distancesFromSums(n, sources, { sampled, seed, wfImproved }, slots, sums),
    threads: sums.threads,
  };
}
