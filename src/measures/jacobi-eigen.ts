/**
 * Eigenvalues and eigenvectors of a small dense symmetric matrix by the cyclic Jacobi method
 * (Jacobi 1846; Rutishauser's stable rotation formulas, as in Golub & Van Loan, Matrix
 * Computations, §8.5). Used on the projected matrices of Lanczos' method (lanczos.ts), which are
 * a few dozen rows wide, where its O(m³) cost per sweep is negligible and its accuracy (tiny
 * eigenvalues to full relative precision) is an asset.
 */

/** Eigenpairs of a symmetric matrix, largest eigenvalue first. */
export interface SymmetricEigen {
  /** Eigenvalues, descending. */
  readonly values: Float64Array;
  /** Eigenvector j is column j: `vectors[i * size + j]`. Orthonormal. */
  readonly vectors: Float64Array;
}

/**
 * Diagonalises the symmetric `size × size` matrix `matrix` (row-major; only read, not changed).
 * Deterministic: a fixed sweep order and a fixed stopping rule.
 */
export function jacobiEigen(matrix: Float64Array, size: number): SymmetricEigen {
  const a = Float64Array.from(matrix.subarray(0, size * size));
  const q = new Float64Array(size * size);
  for (let i = 0; i < size; i++) q[i * size + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let total = 0;
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) {
        const x = a[i * size + j] * a[i * size + j];
        total += x;
        if (i !== j) off += x;
      }
    }
    if (off <= 1e-30 * total || off === 0) break;
    for (let p = 0; p < size - 1; p++) {
      for (let r = p + 1; r < size; r++) {
        const apr = a[p * size + r];
        if (apr === 0) continue;
        const theta = (a[r * size + r] - a[p * size + p]) / (2 * apr);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        // A ← Jᵀ A J on rows and columns p, r.
        for (let k = 0; k < size; k++) {
          const akp = a[k * size + p];
          const akr = a[k * size + r];
          a[k * size + p] = c * akp - s * akr;
          a[k * size + r] = s * akp + c * akr;
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p * size + k];
          const ark = a[r * size + k];
          a[p * size + k] = c * apk - s * ark;
          a[r * size + k] = s * apk + c * ark;
        }
        for (let k = 0; k < size; k++) {
          const qkp = q[k * size + p];
          const qkr = q[k * size + r];
          q[k * size + p] = c * qkp - s * qkr;
          q[k * size + r] = s * qkp + c * qkr;
        }
      }
    }
  }
  const order = Array.from({ length: size }, (_, i) => i).sort((x, y) => a[y * size + y] - a[x * size + x] || x - y);
  const values = new Float64Array(size);
  const vectors = new Float64Array(size * size);
  order.forEach((from, to) => {
    values[to] = a[from * size + from];
    for (let i = 0; i < size; i++) vectors[i * size + to] = q[i * size + from];
  });
  return { values, vectors };
}
