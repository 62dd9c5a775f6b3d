/**
 * Eigenvector centrality on tie strengths: the leading eigenvector of the strength matrix, so a
 * person is central when their strong contacts are central. Bonacich, P. (1972), "Factoring and
 * weighting approaches to status scores and clique identification", Journal of Mathematical
 * Sociology 2:113–120; Bonacich, P. (1987), "Power and centrality", AJS 92:1170–1182.
 *
 * Matches networkx `eigenvector_centrality_numpy(G, weight='weight')`: Euclidean norm 1, positive
 * sign; on a directed network the left eigenvector (x_v = Σ_{u→v} a_uv·x_u / λ: incoming ties).
 *
 * Method. Undirected networks (the strength matrix is symmetric): Lanczos' method with thick
 * restarts from the uniform vector (lanczos.ts), stopped when the residual ‖Ax − λx‖ is at most
 * `tolerance · max(λ, 1)`; the error of each entry is then about that residual divided by the gap
 * λ₁ − λ₂. On organisation networks λ₂ is close to λ₁ (many weakly linked departments), which made
 * the power method below take thousands of products; Lanczos needs a few hundred at most.
 * Directed networks (a left eigenvector of a non-symmetric matrix): power iteration on the shifted
 * matrix A + cI from the uniform vector, with c = λ̂/2 where λ̂ is the current Rayleigh-quotient
 * estimate of the leading eigenvalue. Any c > 0 makes the leading eigenvalue strictly dominant,
 * including on bipartite parts where λ_min = −λ_max and plain power iteration oscillates; it stops
 * when no entry moves by more than `tolerance` in one iteration.
 *
 * Disconnected networks. The leading eigenvector lives on the component(s) with the largest
 * leading eigenvalue; everyone else (other components, isolates) gets 0, as with networkx (which
 * returns them as ±1e-16 noise). If two components tie exactly for the largest eigenvalue
 * (e.g. two identical components) the eigenvector is not unique: networkx/ARPACK returns an
 * arbitrary combination, this returns the projection of the uniform vector (deterministic), so
 * the two can differ. With no ties at all, every person gets 1/√n.
 */

import { UsageError } from '../errors.js';
import type { CompactGraph } from '../organisation/compact-graph.js';
import { connectedComponents } from './connected-components.js';
import { leadingEigenpair } from './lanczos.js';

/** Options for {@link eigenvector}. */
export interface EigenvectorOptions {
  /** Use tie strengths (networkx `weight='weight'`); false: every tie counts 1. Default true. */
  readonly weighted: boolean;
  /**
   * Undirected: stop when ‖Ax − λx‖ ≤ tolerance · max(λ, 1). Directed: stop when no entry changes
   * by more than this in one iteration. Default 1e-12.
   */
  readonly tolerance: number;
  /** Give up after this many matrix–vector products (then `converged` is false). Default 100 000. */
  readonly maxIterations: number;
}

/** Defaults of {@link EigenvectorOptions}. */
export const EIGENVECTOR_DEFAULTS: EigenvectorOptions = { weighted: true, tolerance: 1e-12, maxIterations: 100_000 };

/** What {@link eigenvector} returns. */
export interface EigenvectorResult {
  /** Centrality of each person: non-negative, Euclidean norm 1. */
  readonly values: Float64Array;
  /** Estimate of the leading eigenvalue (the Rayleigh quotient at the last iterate). */
  readonly eigenvalue: number;
  /** Matrix–vector products done. */
  readonly iterations: number;
  /** Whether the change fell below the tolerance within `maxIterations`. */
  readonly converged: boolean;
}

/**
 * Eigenvector centrality of every person.
 * @example eigenvector(graph).values
 */
export function eigenvector(graph: CompactGraph, options: Partial<EigenvectorOptions> = {}): EigenvectorResult {
  const { weighted, tolerance, maxIterations } = { ...EIGENVECTOR_DEFAULTS, ...options };
  if (!(tolerance > 0)) throw new UsageError(`eigenvector tolerance: ${tolerance} is not positive`);
  const n = graph.nodeCount;
  if (n === 0) return { values: new Float64Array(0), eigenvalue: 0, iterations: 0, converged: true };

  if (!graph.directed) return symmetricEigenvector(graph, weighted, tolerance, maxIterations);

  let x = new Float64Array(n).fill(1 / Math.sqrt(n));
  let y = new Float64Array(n);
  let eigenvalue = 0;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    // y = A x (pull over incoming ties), and the Rayleigh quotient x·Ax (‖x‖ = 1).
    multiplyByStrengths(graph.in, weighted, x, y);
    let quotient = 0;
    for (let v = 0; v < n; v++) quotient += x[v] * y[v];
    eigenvalue = quotient;
    const shift = quotient > 0 ? quotient / 2 : 1;
    let norm = 0;
    for (let v = 0; v < n; v++) {
      const value = y[v] + shift * x[v];
      y[v] = value;
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    let change = 0;
    for (let v = 0; v < n; v++) {
      const value = y[v] / norm;
      y[v] = value;
      const difference = Math.abs(value - x[v]);
      if (difference > change) change = difference;
    }
    const previous = x;
    x = y;
    y = previous;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  return { values: x, eigenvalue, iterations, converged };
}

/** y = A x over one direction of the network, A holding tie strengths (or 1s); self-ties ignored. */
function multiplyByStrengths(adjacency: CompactGraph['out'], weighted: boolean, x: Float64Array, y: Float64Array): void {
  const { offsets, neighbours, strengths } = adjacency;
  for (let v = 0; v < y.length; v++) {
    let sum = 0;
    for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
      const u = neighbours[e];
      if (u !== v) sum += x[u] * (weighted ? strengths[e] : 1);
    }
    y[v] = sum;
  }
}

/**
 * A component whose squared values sum to less than this is outside the leading component(s): a
 * component tied for the leading eigenvalue holds a share of the unit norm (1/k of k tied
 * components), while another holds only rounding noise and what the stopping residual allows,
 * about (tolerance · λ / (λ − μ))² for its own eigenvalue μ: far below this unless μ is within a
 * millionth of λ.
 */
const OUTSIDE_LEADING_MASS = 1e-12;

/** The undirected case: Lanczos on the symmetric strength matrix (see the file header). */
function symmetricEigenvector(graph: CompactGraph, weighted: boolean, tolerance: number, maxIterations: number): EigenvectorResult {
  const n = graph.nodeCount;
  const multiply = (x: Float64Array, y: Float64Array): void => multiplyByStrengths(graph.out, weighted, x, y);
  const found = leadingEigenpair(n, multiply, new Float64Array(n).fill(1), { tolerance, maxProducts: maxIterations });
  // The Perron vector is non-negative: fix the sign, and clear the rounding noise (1e-17 to 1e-15)
  // left on people outside the leading component, then restore the unit norm. The noise is
  // cleared by component, not by size: far from the centre of a large component, true values
  // decay to 1e-17 and below, and stay.
  const values = found.vector;
  let sum = 0;
  for (let v = 0; v < n; v++) sum += values[v];
  const sign = sum < 0 ? -1 : 1;
  const { component, count } = connectedComponents(graph);
  const mass = new Float64Array(count);
  for (let v = 0; v < n; v++) {
    const value = Math.max(0, sign * values[v]);
    values[v] = value;
    mass[component[v]] += value * value;
  }
  let norm = 0;
  for (let v = 0; v < n; v++) {
    if (mass[component[v]] < OUTSIDE_LEADING_MASS) values[v] = 0;
    norm += values[v] * values[v];
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let v = 0; v < n; v++) values[v] /= norm;
  return { values, eigenvalue: found.value, iterations: found.products, converged: found.converged };
}
