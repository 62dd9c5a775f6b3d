/**
 * The largest eigenvalue of a symmetric sparse matrix and its eigenvector, by Lanczos' method
 * with full reorthogonalisation and thick restarts. Lanczos, C. (1950), J. Res. Nat. Bur.
 * Standards 45:255–282; thick restart as in Wu, K. & Simon, H. (2000), "Thick-restart Lanczos
 * method for large symmetric eigenvalue problems", SIAM J. Matrix Anal. Appl. 22(2):602–616
 * (the method ARPACK-style solvers, and so networkx's `eigenvector_centrality_numpy`, rely on).
 *
 * Why not the power method: on organisation networks the two largest eigenvalues are close
 * (many weakly linked departments), so power iteration needs thousands of products; Lanczos'
 * error shrinks with the square root of that gap, in a few hundred at most.
 *
 * The basis grows to `basisSize` vectors, then restarts from the `keep` best Ritz vectors plus the
 * last residual direction. It stops when the leading Ritz pair's residual ‖Ax − θx‖ is at most
 * `tolerance · max(|θ|, 1)`, or when the Krylov space is invariant (exact answer). The start vector
 * is fixed, so the result is deterministic.
 */
import { jacobiEigen } from './jacobi-eigen.js';

/** y = A x for the symmetric matrix A. */
export type SymmetricProduct = (x: Float64Array, y: Float64Array) => void;

/** Options of {@link leadingEigenpair}. */
export interface LanczosOptions {
  readonly tolerance: number;
  /** Matrix–vector products allowed before giving up. */
  readonly maxProducts: number;
  readonly basisSize?: number;
  readonly keep?: number;
}

/** The leading eigenpair found. */
export interface LeadingEigenpair {
  /** Unit-norm eigenvector (sign as it came out; callers fix it). */
  readonly vector: Float64Array;
  readonly value: number;
  /** Matrix–vector products used. */
  readonly products: number;
  readonly converged: boolean;
}

/**
 * Leading (algebraically largest) eigenpair of the symmetric n × n matrix behind `multiply`,
 * starting from `start` (not changed; must not be zero).
 */
export function leadingEigenpair(n: number, multiply: SymmetricProduct, start: Float64Array, options: LanczosOptions): LeadingEigenpair {
  const m = Math.max(1, Math.min(n, options.basisSize ?? 20));
  const keep = Math.max(1, Math.min(m - 1, options.keep ?? 6));
  const basis: Float64Array[] = [];
  const projected = new Float64Array((m + 1) * (m + 1)); // T = Vᵀ A V, row-major with stride m + 1
  const stride = m + 1;
  const w = new Float64Array(n);
  const h = new Float64Array(m + 1);

  basis.push(scaled(start, 1 / norm(start)));
  let size = 0; // vectors whose column of T is complete
  let restartedAt = 0; // the first new column after the last restart
  let products = 0;
  for (;;) {
    // Expand the basis to m vectors (or until the Krylov space stops growing).
    let invariant = false;
    let residualNorm = 0;
    while (size < m) {
      const v = basis[size];
      multiply(v, w);
      products++;
      const before = norm(w);
      // First the terms of Lanczos' recurrence (the previous two vectors; right after a restart,
      // all of them), then classical Gram–Schmidt against the whole basis, repeated while it
      // removes much of the vector (Daniel, Gragg, Kaufman & Stewart 1976).
      h.fill(0, 0, size + 1);
      const recurrenceFrom = size === restartedAt ? 0 : Math.max(0, size - 1);
      for (let i = recurrenceFrom; i <= size; i++) {
        const coefficient = dot(basis[i], w);
        h[i] += coefficient;
        axpy(-coefficient, basis[i], w);
      }
      let previous = norm(w);
      for (let pass = 0; pass < 2; pass++) {
        for (let i = 0; i <= size; i++) {
          const coefficient = dot(basis[i], w);
          h[i] += coefficient;
          axpy(-coefficient, basis[i], w);
        }
        const after = norm(w);
        if (after > Math.SQRT1_2 * previous) break;
        previous = after;
      }
      for (let i = 0; i <= size; i++) {
        projected[i * stride + size] = h[i];
        projected[size * stride + i] = h[i];
      }
      size++;
      residualNorm = norm(w);
      if (residualNorm <= 1e-12 * before || before === 0) {
        invariant = true;
        break;
      }
      if (size === m) break;
      basis[size] = scaled(w, 1 / residualNorm);
    }

    const eigen = jacobiEigen(compact(projected, stride, size), size);
    const theta = eigen.values[0];
    // Residual of the leading Ritz pair: ‖A V y − θ V y‖ = β · |last entry of y|.
    const residual = invariant ? 0 : residualNorm * Math.abs(eigen.vectors[(size - 1) * size]);
    const converged = invariant || residual <= options.tolerance * Math.max(Math.abs(theta), 1);
    if (converged || products >= options.maxProducts || size >= n) {
      return { vector: combine(basis, eigen.vectors, size, 0, n), value: theta, products, converged: converged || size >= n };
    }

    // Thick restart: the best `keep` Ritz vectors, then the residual direction.
    const kept: Float64Array[] = [];
    for (let j = 0; j < keep; j++) kept.push(combine(basis, eigen.vectors, size, j, n));
    const next = scaled(w, 1 / residualNorm);
    basis.length = 0;
    basis.push(...kept, next);
    projected.fill(0);
    for (let j = 0; j < keep; j++) projected[j * stride + j] = eigen.values[j];
    size = keep;
    restartedAt = keep;
  }
}

/** Σ_i basis[i] · vectors[i, column] over the first `size` basis vectors. */
function combine(basis: readonly Float64Array[], vectors: Float64Array, size: number, column: number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < size; i++) axpy(vectors[i * size + column], basis[i], out);
  return out;
}

/** The leading `size × size` block of a matrix stored with row stride `stride`. */
function compact(matrix: Float64Array, stride: number, size: number): Float64Array {
  const out = new Float64Array(size * size);
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) out[i * size + j] = matrix[i * stride + j];
  return out;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function norm(a: Float64Array): number {
  return Math.sqrt(dot(a, a));
}

/** y += alpha · x */
function axpy(alpha: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] += alpha * x[i];
}

function scaled(a: Float64Array, factor: number): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] * factor;
  return out;
}
