/**
 * Betweenness centrality: the share of shortest paths between other people that pass through a
 * person. Brandes, U. (2001), "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2):163–177; sampled sources ("pivots") as in Brandes & Pich (2007),
 * "Centrality estimation in large networks", Int. J. Bifurcation and Chaos 17(7):2303–2318.
 *
 * Matches networkx `betweenness_centrality(G, normalized=True)` (and `weight='distance'` with
 * distance = 1/strength when `weighted`), on undirected and directed networks.
 */

import { UsageError } from '../errors.js';
import type { CompactGraph } from '../organisation/compact-graph.js';
import { sampleWithoutReplacement, seededRandom, checkSeed } from './seeded-random.js';
import { clearWorkspace, createWorkspace, searchFrom, tieLengths } from './shortest-paths.js';

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
   * n, scaling by n/k like networkx's `k=`. `null` computes exactly. Values above n are treated as
   * n. Default null.
   */
  readonly samples: number | null;
  /** Seed of the source choice when sampling. Default 1. */
  readonly seed: number;
}

/** Defaults of {@link BetweennessOptions}. */
export const BETWEENNESS_DEFAULTS: BetweennessOptions = { weighted: false, normalized: true, samples: null, seed: 1 };

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
   * of source s on v and c the normalisation. Its standard error is estimated as
   * c·n·sqrt((1 − k/n)·S²/k), with S² the sample variance of δ_s(v) over the k sources (the usual
   * finite-population formula). It is 0 when k = n and NaN when k = 1.
   *
   * It describes the sources that were drawn, so it understates the error for people whose
   * betweenness comes from a few sources that the sample missed: typically an articulation point
   * whose score comes from the small group behind it (see `cutPoints`), or a person no sampled path
   * passes through (estimate 0, error 0). On the SocioPatterns workplace network (n = 232,
   * k = 60) about 88% of people land within 2 standard errors and 97% within 5, but an
   * articulation point's estimate can be half its exact value at 10 standard errors.
   */
  readonly standardError: Float64Array | null;
}

/**
 * Adds, for each source in `sources`, the Brandes dependency δ_s(v) of every person v to
 * `sums[v]` (and δ_s(v)² to `squares[v]` when given). Sources may be any subset, so callers can
 * split the work (by sample, or later across worker threads) and add the parts.
 */
export function accumulateDependencies(
  graph: CompactGraph,
  weighted: boolean,
  sources: Int32Array,
  sums: Float64Array,
  squares: Float64Array | null,
): void {
  const n = graph.nodeCount;
  const forward = graph.out;
  const backward = graph.in;
  const forwardLengths = weighted ? tieLengths(forward) : null;
  const backwardLengths = weighted ? (graph.directed ? tieLengths(backward) : forwardLengths) : null;
  const ws = createWorkspace(n, true, weighted);
  const { order, dist } = ws;
  const sigma = ws.sigma!;
  const rank = ws.rank;
  const delta = new Float64Array(n);
  const { offsets, neighbours } = backward;

  for (let k = 0; k < sources.length; k++) {
    const count = searchFrom(forward, forwardLengths, sources[k], ws);
    // Dependencies in order of nonincreasing distance; predecessors of w are the in-neighbours v
    // settled before w with dist[v] + length(v, w) === dist[w] (exactly the set networkx keeps).
    for (let i = count - 1; i > 0; i--) {
      const w = order[i];
      const dw = dist[w];
      const coefficient = (1 + delta[w]) / sigma[w];
      if (backwardLengths === null) {
        const previous = dw - 1;
        for (let e = offsets[w], end = offsets[w + 1]; e < end; e++) {
          const v = neighbours[e];
          if (dist[v] === previous) delta[v] += sigma[v] * coefficient;
        }
      } else {
        const rw = rank![w];
        for (let e = offsets[w], end = offsets[w + 1]; e < end; e++) {
          const v = neighbours[e];
          const rv = rank![v];
          if (rv >= 0 && rv < rw && dist[v] + backwardLengths[e] === dw) delta[v] += sigma[v] * coefficient;
        }
      }
      const d = delta[w];
      sums[w] += d;
      if (squares !== null) squares[w] += d * d;
    }
    for (let i = 0; i < count; i++) delta[order[i]] = 0;
    clearWorkspace(ws, count);
  }
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
  const { weighted, normalized, samples, seed } = { ...BETWEENNESS_DEFAULTS, ...options };
  const n = graph.nodeCount;
  const scale = scaleFactor(n, graph.directed, normalized);
  const values = new Float64Array(n);

  if (samples === null) {
    const sources = new Int32Array(n);
    for (let v = 0; v < n; v++) sources[v] = v;
    accumulateDependencies(graph, weighted, sources, values, null);
    for (let v = 0; v < n; v++) values[v] *= scale;
    return { values, mode: 'exact', samples: n, seed: null, weighted, normalized, standardError: null };
  }

  if (!Number.isInteger(samples) || samples < 1) {
    throw new UsageError(`betweenness samples: ${samples} is not a whole number of 1 or more`, 'omit it for exact betweenness');
  }
  checkSeed(seed);
  const k = Math.min(samples, n);
  const sources = sampleWithoutReplacement(n, k, seededRandom(seed));
  const squares = new Float64Array(n);
  accumulateDependencies(graph, weighted, sources, values, squares);
  const standardError = new Float64Array(n);
  const finite = k > 0 ? 1 - k / n : 0;
  for (let v = 0; v < n; v++) {
    const sum = values[v];
    if (k > 1) {
      const mean = sum / k;
      const variance = Math.max(0, (squares[v] - k * mean * mean) / (k - 1));
      standardError[v] = scale * n * Math.sqrt((finite * variance) / k);
    } else {
      standardError[v] = k === n ? 0 : NaN;
    }
    values[v] = k > 0 ? (sum * scale * n) / k : 0;
  }
  return { values, mode: 'sampled', samples: k, seed, weighted, normalized, standardError };
}
