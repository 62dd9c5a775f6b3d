/**
 * PageRank on tie strengths. Page, L., Brin, S., Motwani, R. & Winograd, T. (1999), "The PageRank
 * citation ranking: bringing order to the web", Stanford InfoLab; the power method as in
 * Langville, A. & Meyer, C. (2004), "Deeper inside PageRank", Internet Mathematics 1(3):335–380.
 *
 * Matches networkx `pagerank(G, alpha, weight='weight')`: a person passes on its score in
 * proportion to tie strength; people with no outgoing strength ("dangling") spread theirs
 * uniformly; teleportation is uniform. On an undirected network each tie counts both ways.
 * Self-ties are ignored (the loader drops them; networkx would count them).
 */

import { UsageError } from '../errors.js';
import type { CompactGraph } from '../organisation/compact-graph.js';

/** Options for {@link pagerank}. */
export interface PagerankOptions {
  /** Damping factor: the probability of following a tie rather than jumping. Default 0.85. */
  readonly alpha: number;
  /** Follow ties in proportion to their strength (networkx `weight='weight'`); false: all ties 1. Default true. */
  readonly weighted: boolean;
  /**
   * Stop when the L1 change of the score vector in one iteration is below this. Default 1e-12
   * (networkx stops at n·tol with tol = 1e-6 by default; this is much tighter).
   */
  readonly tolerance: number;
  /** Give up after this many iterations (then `converged` is false). Default 10 000. */
  readonly maxIterations: number;
}

/** Defaults of {@link PagerankOptions}. */
export const PAGERANK_DEFAULTS: PagerankOptions = { alpha: 0.85, weighted: true, tolerance: 1e-12, maxIterations: 10_000 };

/** What {@link pagerank} returns. */
export interface PagerankResult {
  /** Score of each person; they sum to 1. */
  readonly values: Float64Array;
  /** Iterations done. */
  readonly iterations: number;
  /** Whether the change fell below the tolerance within `maxIterations`. */
  readonly converged: boolean;
}

/**
 * PageRank of every person, by Jacobi power iteration from the uniform vector (deterministic: the
 * same arithmetic in the same order on every run).
 * @example pagerank(graph).values
 */
export function pagerank(graph: CompactGraph, options: Partial<PagerankOptions> = {}): PagerankResult {
  const { alpha, weighted, tolerance, maxIterations } = { ...PAGERANK_DEFAULTS, ...options };
  if (!(alpha >= 0 && alpha < 1)) throw new UsageError(`pagerank alpha: ${alpha} is not in [0, 1)`, 'the usual value is 0.85');
  if (!(tolerance > 0)) throw new UsageError(`pagerank tolerance: ${tolerance} is not positive`);
  const n = graph.nodeCount;
  if (n === 0) return { values: new Float64Array(0), iterations: 0, converged: true };

  // share[v] = 1 / (v's outgoing strength), 0 for dangling people.
  const out = graph.out;
  const share = new Float64Array(n);
  const dangling: number[] = [];
  for (let v = 0; v < n; v++) {
    let total = 0;
    for (let e = out.offsets[v]; e < out.offsets[v + 1]; e++) {
      if (out.neighbours[e] !== v) total += weighted ? out.strengths[e] : 1;
    }
    if (total !== 0) share[v] = 1 / total;
    else dangling.push(v);
  }

  // Pull form over incoming ties: x'[v] = α Σ_{u→v} x[u]·a_uv·share[u] + (α·D + 1 − α)/n.
  const { offsets, neighbours, strengths } = graph.in;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const scaled = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let danglingMass = 0;
    for (let i = 0; i < dangling.length; i++) danglingMass += x[dangling[i]];
    for (let u = 0; u < n; u++) scaled[u] = x[u] * share[u];
    const base = (alpha * danglingMass + (1 - alpha)) / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const u = neighbours[e];
        if (u !== v) sum += scaled[u] * (weighted ? strengths[e] : 1);
      }
      const value = alpha * sum + base;
      next[v] = value;
      change += Math.abs(value - x[v]);
    }
    const previous = x;
    x = next;
    next = previous;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  return { values: x, iterations, converged };
}
