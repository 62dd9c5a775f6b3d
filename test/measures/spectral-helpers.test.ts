/** The small eigen-solvers behind eigenvector centrality: Jacobi on dense matrices, Lanczos on sparse ones. */
import { describe, expect, it } from 'vitest';
import { jacobiEigen } from '../../src/measures/jacobi-eigen.js';
import { leadingEigenpair } from '../../src/measures/lanczos.js';

describe('jacobiEigen', () => {
  it('diagonalises a symmetric matrix with known eigenpairs', () => {
    // [[2,1,0],[1,2,1],[0,1,2]]: eigenvalues 2+√2, 2, 2−√2.
    const { values, vectors } = jacobiEigen(Float64Array.from([2, 1, 0, 1, 2, 1, 0, 1, 2]), 3);
    expect(values[0]).toBeCloseTo(2 + Math.SQRT2, 14);
    expect(values[1]).toBeCloseTo(2, 14);
    expect(values[2]).toBeCloseTo(2 - Math.SQRT2, 14);
    // Leading eigenvector ∝ (1, √2, 1), up to sign.
    const sign = Math.sign(vectors[0]);
    expect(sign * vectors[0]).toBeCloseTo(0.5, 14);
    expect(sign * vectors[3]).toBeCloseTo(Math.SQRT1_2, 14);
    expect(sign * vectors[6]).toBeCloseTo(0.5, 14);
  });
});

describe('leadingEigenpair', () => {
  it('finds the largest eigenvalue of a path, 2cos(π/(n+1)), and its eigenvector', () => {
    const n = 300;
    const multiply = (x: Float64Array, y: Float64Array) => {
      for (let v = 0; v < n; v++) y[v] = (v > 0 ? x[v - 1] : 0) + (v + 1 < n ? x[v + 1] : 0);
    };
    const found = leadingEigenpair(n, multiply, new Float64Array(n).fill(1), { tolerance: 1e-12, maxProducts: 100_000 });
    expect(found.converged).toBe(true);
    expect(found.value).toBeCloseTo(2 * Math.cos(Math.PI / (n + 1)), 11);
    // x_v ∝ sin(π(v+1)/(n+1)).
    const scale = found.vector[0] / Math.sin(Math.PI / (n + 1));
    for (const v of [0, 75, 149, 299]) expect(found.vector[v]).toBeCloseTo(scale * Math.sin((Math.PI * (v + 1)) / (n + 1)), 9);
  });

  it('stops at once on an invariant start vector and reports an unconverged run honestly', () => {
    const n = 50;
    const ring = (x: Float64Array, y: Float64Array) => {
      for (let v = 0; v < n; v++) y[v] = x[(v + n - 1) % n] + x[(v + 1) % n];
    };
    const uniform = leadingEigenpair(n, ring, new Float64Array(n).fill(1), { tolerance: 1e-12, maxProducts: 1000 });
    expect(uniform).toMatchObject({ converged: true, products: 1 });
    expect(uniform.value).toBeCloseTo(2, 14);
    const start = Float64Array.from({ length: n }, (_, v) => 1 + v);
    const short = leadingEigenpair(n, ring, start, { tolerance: 1e-15, maxProducts: 3, basisSize: 3, keep: 1 });
    expect(short.converged).toBe(false);
  });
});
