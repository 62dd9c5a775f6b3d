/**
 * Betweenness centrality: the share of shortest paths between other people that pass through a
 * person. Brandes, U. (2001), "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2):163–177; sampled sources ("pivots") as in Brandes & Pich (2007),
 * "Centrality estimation in large networks", Int. J. Bifurcation and Chaos 17(7):2303–2318.
 *
 * Matches networkx `betweenness_centrality(G, normalized=True)` (and `weight='distance'` with
 * distance = 1/strength when `weighted`, given as exact Fractions: with floats networkx misses
 * tied routes, see path-kernel.ts), on undirected and directed networks.
 *
 * Sampled estimates on undirected networks scale each source's dependencies linearly by distance
 * (Geisberger, Sanders & Schultes 2008, "Better approximation of betweenness centrality",
 * ALENEX): still unbiased, and the sum over all n sources is the exact value, but people near a
 * sampled source are no longer overestimated. On a 21,000-person sample with 500 sources the top
 * 20 estimates share 15–18 people with the exact top 20 over seeds 1–5, against 10–14 for the
 * plain estimate networkx's `k=` makes (bench/results.md). Directed networks use the plain one.
 *
 * `strata` (analyse() passes teams, team-strata.ts) spreads the sampled sources evenly over
 * groups of people who contribute alike (stratified-sample.ts): still unbiased, and on that sample
 * 1,000 sources spread over teams vary about as little from seed to seed as 4,000 uniform ones.
 */

import { UsageError } from '../errors.js';
import type { CompactGraph } from '../organisation/compact-graph.js';
import { pathSlots, searchPaths } from './path-searches.js';
import type { PathProgress, ThreadCount } from './path-workers.js';
import { checkSeed, seededRandom } from './seeded-random.js';
import { sampleSources } from './stratified-sample.js';

/** Options for {@link betweenness}. */
export interface BetweennessOptions {
  /** Use distance = 1 / strength (Dijkstra) instead of counting steps. Default false. */
  readonly weighted: boolean;
  /**
   * Divide by (n−1)(n−2), as networkx `normalized=True` (undirected and directed alike): on an
   * undirected network the result is then the share of the (n−1)(n−2)/2 pairs of other people.
   * When false: raw pair counts (halved on undirected networks, as networkx). Default true.
   */
  readonly normalized: boolean;
  /**
   * Estimate from this many source people chosen at random (without replacement) instead of all
   * n, scaling by n/k like networkx's `k=`. `null` computes exactly, and so does n or more: every
   * person is then a source, which is no sample. Default null.
   */
  readonly samples: number | null;
  /** Seed of the source choice when sampling. Default 1. */
  readonly seed: number;
  /**
   * Stratum of each person (whole numbers from 0): sampled sources are then spread evenly over the
   * strata (stratified-sample.ts) instead of drawn uniformly. null: uniform. Default null.
   */
  readonly strata: Int32Array | null;
  /**
   * Threads to search on: `'auto'` uses every core for large networks and one thread for small
   * ones. The values are bit-for-bit the same whatever this is. Default `'auto'`.
   */
  readonly threads: ThreadCount;
  /** Told the share of the searches done (0 to 1) as each whole percent is done, and 1 at the end. */
  readonly onProgress?: PathProgress;
}

/** Defaults of {@link BetweennessOptions}. */
export const BETWEENNESS_DEFAULTS: BetweennessOptions = { weighted: false, normalized: true, samples: null, seed: 1, strata: null, threads: 'auto' };

/** What {@link betweenness} returns. */
export interface BetweennessResult {
  /** Betweenness of each person (estimated when `mode` is `'sampled'`). */
  readonly values: Float64Array;
  readonly mode: 'exact' | 'sampled';
  /** Number of source people the values were computed from (n when exact). */
  readonly samples: number;
  /** Seed of the source choice; null when exact. */
  readonly seed: number | null;
  readonly weighted: boolean;
  readonly normalized: boolean;
  /**
   * Estimated standard error of each sampled value; null when exact. With k of n sources drawn
   * without replacement, value = c·(n/k)·Σ_{s∈sample} δ_s(v), where δ_s(v) is Brandes' dependency
   * of source s on v (linearly scaled on undirected networks, see the file header) and c the
   * normalisation. Its standard error is estimated as
   * c·n·sqrt((1 − k/n)·S²/k), with S² the sample variance of δ_s(v) over the k sources (the usual
   * finite-population formula). It is NaN when k = 1.
   *
   * It describes the sources that were drawn, so it understates the error for people whose
   * betweenness comes from a few sources that the sample missed: typically an articulation point
   * whose score comes from the small group behind it (see `cutPoints`), or a person no sampled path
   * passes through (estimate 0, error 0). On the SocioPatterns workplace network (n = 232,
   * k = 60) about 88% of people land within 2 standard errors and 97% within 5, but an
   * articulation point's estimate can be half its exact value at 10 standard errors.
   *
   * With `strata` the same formula is used: it ignores the gain from spreading the sources, so it
   * overstates the error (about 2.4× for the top 25 of a 21,000-person sample at k = 1,000).
   */
  readonly standardError: Float64Array | null;
}

/** networkx's `_rescale`: the factor applied to summed dependencies. */
function scaleFactor(n: number, directed: boolean, normalized: boolean): number {
  if (normalized) return n <= 2 ? 1 : 1 / ((n - 1) * (n - 2));
  return directed ? 1 : 0.5;
}

/**
 * Betweenness centrality of every person, exact (Brandes) or estimated from sampled sources.
 *
 * @example
 * const { values } = betweenness(graph); // exact, unweighted, normalised
 * const estimate = betweenness(graph, { samples: 500, seed: 7 }); // + estimate.standardError
 */
export function betweenness(graph: CompactGraph, options: Partial<BetweennessOptions> = {}): BetweennessResult {
  const { weighted, normalized, samples, seed, strata, threads, onProgress } = { ...BETWEENNESS_DEFAULTS, ...options };
  const sources = betweennessSources(graph.nodeCount, samples, seed, strata);
  const sampled = sources.length < graph.nodeCount;
  const slots = pathSlots({ dependency: true, dependencySquares: sampled });
  const sums = searchPaths(graph, weighted, sources, slots, threads, sampled, onProgress);
  return betweennessFromSums(graph, { weighted, normalized, sampled, seed }, sources.length, sums.get(slots.dependency)!, sums.get(slots.dependencySquares));
}

/**
 * The sources of {@link betweenness}: a seeded sample of `samples` when that is fewer than n,
 * uniform or spread over `strata` (one stratum per person), else everyone, in order, as exactly.
 */
export function betweennessSources(n: number, samples: number | null, seed: number, strata: Int32Array | null = null): Int32Array {
  if (samples === null) return Int32Array.from({ length: n }, (_, v) => v);
  if (!Number.isInteger(samples) || samples < 1) {
    throw new UsageError(`betweenness samples: ${samples} is not a whole number of 1 or more`, 'omit it for exact betweenness');
  }
  checkSeed(seed);
  return samples < n ? sampleSources(n, samples, seededRandom(seed), strata) : betweennessSources(n, null, seed);
}

/**
 * Betweenness from summed dependencies over `k` sources (and their squares when sampled): the
 * scaling, and the standard error of a sampled estimate.
 */
export function betweennessFromSums(
  graph: CompactGraph,
  mode: { readonly weighted: boolean; readonly normalized: boolean; readonly sampled: boolean; readonly seed: number },
  k: number,
  dependencies: Float64Array,
  squares: Float64Array | null,
): BetweennessResult {
  const { weighted, normalized, seed } = mode;
  const n = graph.nodeCount;
  const scale = scaleFactor(n, graph.directed, normalized);
  const values = dependencies;
  if (!mode.sampled) {
    for (let v = 0; v < n; v++) values[v] *= scale;
    return { values, mode: 'exact', samples: n, seed: null, weighted, normalized, standardError: null };
  }
  const standardError = new Float64Array(n);
  // Sampled means 1 ≤ k < n: every person a source is exact (betweennessSources).
  const finite = 1 - k / n;
  for (let v = 0; v < n; v++) {
    const sum = values[v];
    if (k > 1) {
      const mean = sum / k;
      const variance = Math.max(0, (squares![v] - k * mean * mean) / (k - 1));
      standardError[v] = scale * n * Math.sqrt((finite * variance) / k);
    } else {
      standardError[v] = NaN;
    }
    values[v] = k > 0 ? (sum * scale * n) / k : 0;
  }
  return { values, mode: 'sampled', samples: k, seed, weighted, normalized, standardError };
}
