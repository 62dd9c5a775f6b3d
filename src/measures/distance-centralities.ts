/**
 * Closeness (Wasserman–Faust) and harmonic centrality from one set of shortest-path searches,
 * exact or estimated from a seeded sample of source people (Eppstein & Wang 2004, "Fast
 * approximation of centrality", J. Graph Algorithms Appl. 8:39–45).
 *
 * Each search runs forward from a source s and adds d(s → v) to every person v it reaches, so
 * one pass gives every person's incoming distances (networkx's convention on directed networks)
 * and both measures share it. With all n sources the values equal `closeness()` and `harmonic()`.
 *
 * Sampled: for person v, let S_v be the k_v sampled sources other than v, a_s = 1 if s reaches v,
 * b_s = d(s, v) if it does (else 0) and h_s = 1/d(s, v) (0 if not reached). Then
 *   closeness(v) ≈ ā² / b̄                 (= ((r−1)/(n−1)) · ((r−1)/Σd) with r−1 ≈ (n−1)·ā, Σd ≈ (n−1)·b̄;
 *                                          ā / b̄ without the Wasserman–Faust scaling)
 *   harmonic(v)  ≈ (n − 1) · h̄
 * Standard errors use the finite-population variance of the sample means, with the delta method
 * for closeness's ratio. They are 0 when k = n.
 */
import type { CompactGraph } from '../organisation/compact-graph.js';
import type { PathSlots } from './path-kernel.js';
import { pathSlots, searchPaths, type SearchedPaths } from './path-searches.js';
import type { PathProgress, ThreadCount } from './path-workers.js';
import { seededRandom } from './seeded-random.js';
import { sampleSources } from './stratified-sample.js';

export interface DistanceCentralitiesOptions {
  /** Use distance = 1 / strength (Dijkstra) instead of counting steps. */
  readonly weighted: boolean;
  /** Estimate from this many sampled sources; null computes exactly. */
  readonly samples: number | null;
  /** Seed of the source choice when sampling. */
  readonly seed: number;
  /** Stratum of each person: sampled sources are spread evenly over them (stratified-sample.ts); null: uniform. */
  readonly strata: Int32Array | null;
  /** Scale closeness by the share of others who reach the person (Wasserman–Faust; networkx `wf_improved`). */
  readonly wfImproved: boolean;
  /** Threads to search on (the values do not depend on it); `'auto'` by default. */
  readonly threads: ThreadCount;
  /** Told the share of the searches done (0 to 1) as each whole percent is done, and 1 at the end. */
  readonly onProgress?: PathProgress;
}

export const DISTANCE_CENTRALITIES_DEFAULTS: DistanceCentralitiesOptions = { weighted: false, samples: null, seed: 1, strata: null, wfImproved: true, threads: 'auto' };

export interface DistanceCentralities {
  readonly closeness: Float64Array;
  readonly harmonic: Float64Array;
  readonly mode: 'exact' | 'sampled';
  readonly samples: number;
  readonly seed: number | null;
  /** Estimated standard errors; null when exact. */
  readonly closenessStandardError: Float64Array | null;
  readonly harmonicStandardError: Float64Array | null;
}

/** Closeness and harmonic centrality of every person. */
export function distanceCentralities(graph: CompactGraph, options: Partial<DistanceCentralitiesOptions> = {}): DistanceCentralities {
  const { weighted, samples, seed, strata, wfImproved, threads, onProgress } = { ...DISTANCE_CENTRALITIES_DEFAULTS, ...options };
  const sources = distanceSources(graph.nodeCount, samples, seed, strata);
  const sampled = sources.length < graph.nodeCount;
  const slots = pathSlots({ distances: true, distanceSquares: sampled });
  const sums = searchPaths(graph, weighted, sources, slots, threads, false, onProgress);
  return distancesFromSums(graph.nodeCount, sources, { sampled, seed, wfImproved }, slots, sums);
}

/**
 * The sources of {@link distanceCentralities}: a seeded sample when `samples` < n (uniform, or
 * spread over `strata`), else everyone.
 */
export function distanceSources(n: number, samples: number | null, seed: number, strata: Int32Array | null = null): Int32Array {
  const sampled = samples !== null && samples < n;
  return sampled ? sampleSources(n, samples, seededRandom(seed), strata) : Int32Array.from({ length: n }, (_, i) => i);
}

/** Closeness and harmonic centrality (or their estimates) from the searches' distance sums. */
export function distancesFromSums(
  n: number,
  sources: Int32Array,
  mode: { readonly sampled: boolean; readonly seed: number; readonly wfImproved: boolean },
  slots: PathSlots,
  sums: SearchedPaths,
): DistanceCentralities {
  const { sampled, seed, wfImproved } = mode;
  // Per target: sums over sources of a, b, b², a·b (a² = a), h and h².
  const reachedBy = sums.get(slots.reached)!;
  const distanceSum = sums.get(slots.distance)!;
  const inverseSum = sums.get(slots.inverse)!;
  const distanceSquares = sums.get(slots.distanceSquares);
  const inverseSquares = sums.get(slots.inverseSquares);

  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  const closenessError = sampled ? new Float64Array(n) : null;
  const harmonicError = sampled ? new Float64Array(n) : null;
  const isSource = new Uint8Array(n);
  for (const s of sources) isSource[s] = 1;
  for (let v = 0; v < n; v++) {
    if (!sampled) {
      if (distanceSum[v] > 0 && n > 1) closeness[v] = (reachedBy[v] / distanceSum[v]) * (wfImproved ? reachedBy[v] / (n - 1) : 1);
      harmonic[v] = inverseSum[v];
      continue;
    }
    const k = sources.length - isSource[v];
    if (k === 0) continue;
    const a = reachedBy[v] / k;
    const b = distanceSum[v] / k;
    const h = inverseSum[v] / k;
    harmonic[v] = (n - 1) * h;
    if (b > 0) closeness[v] = wfImproved ? (a * a) / b : a / b;
    // Finite-population variances of the means over k of the n − 1 other people.
    const fpc = Math.max(0, 1 - k / (n - 1));
    const variance = (squares: number, mean: number) => (k > 1 ? Math.max(0, (squares - k * mean * mean) / (k - 1)) : NaN);
    const varA = variance(reachedBy[v], a); // a is 0 or 1, so Σa² = Σa
    const varB = variance(distanceSquares![v], b);
    const covAB = k > 1 ? (distanceSum[v] - k * a * b) / (k - 1) : NaN; // Σab = Σb
    const varH = variance(inverseSquares![v], h);
    harmonicError![v] = (n - 1) * Math.sqrt((fpc * varH) / k);
    if (b > 0) {
      const gradA = wfImproved ? (2 * a) / b : 1 / b;
      const gradB = wfImproved ? -(a * a) / (b * b) : -a / (b * b);
      const varC = gradA * gradA * varA + gradB * gradB * varB + 2 * gradA * gradB * covAB;
      closenessError![v] = Math.sqrt((fpc * Math.max(0, varC)) / k);
    }
  }
  return {
    closeness,
    harmonic,
    mode: sampled ? 'sampled' : 'exact',
    samples: sources.length,
    seed: sampled ? seed : null,
    closenessStandardError: closenessError,
    harmonicStandardError: harmonicError,
  };
}
