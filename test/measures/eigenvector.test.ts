import { describe, expect, it } from 'vitest';
import { eigenvector } from '../../src/measures/eigenvector.js';
import { ITERATIVE, REFERENCES, directedOf, expectClose, graphOf, loadReference, undirectedOf } from './reference.js';

describe('eigenvector: known answers', () => {
  it('triangle: all 1/√3, eigenvalue 2', () => {
    const result = eigenvector(graphOf(3, [[0, 1], [1, 2], [0, 2]]));
    for (const value of result.values) expect(value).toBeCloseTo(1 / Math.sqrt(3), 12);
    expect(result.eigenvalue).toBeCloseTo(2, 10);
  });

  it('converges on bipartite networks, where plain power iteration oscillates (star, path)', () => {
    const star = eigenvector(graphOf(5, [[0, 1], [0, 2], [0, 3], [0, 4]]));
    expect(star.converged).toBe(true);
    expect(star.values[0]).toBeCloseTo(1 / Math.SQRT2, 12);
    for (let i = 1; i < 5; i++) expect(star.values[i]).toBeCloseTo(1 / (2 * Math.SQRT2), 12);
    expect(star.eigenvalue).toBeCloseTo(2, 10);
    const path = eigenvector(graphOf(3, [[0, 1], [1, 2]])).values;
    expect(path[0]).toBeCloseTo(0.5, 12);
    expect(path[1]).toBeCloseTo(1 / Math.SQRT2, 12);
  });

  it('weights by strength', () => {
    // 0 –(3)– 1 –(1)– 2: A = [[0,3,0],[3,0,1],[0,1,0]], λ = √10, x ∝ (3, √10, 1).
    const { values } = eigenvector(graphOf(3, [[0, 1, 3], [1, 2, 1]]));
    const norm = Math.sqrt(9 + 10 + 1);
    expect(values[0]).toBeCloseTo(3 / norm, 12);
    expect(values[1]).toBeCloseTo(Math.sqrt(10) / norm, 12);
    expect(values[2]).toBeCloseTo(1 / norm, 12);
  });

  it('disconnected: only the component with the largest eigenvalue scores; isolates get 0', () => {
    // Triangle (λ = 2) + a pair (λ = 1) + an isolate.
    const { values } = eigenvector(graphOf(6, [[0, 1], [1, 2], [0, 2], [3, 4]]));
    for (let i = 0; i < 3; i++) expect(values[i]).toBeCloseTo(1 / Math.sqrt(3), 12);
    // Exactly 0, not the rounding noise Lanczos leaves there (1e-17 to 1e-15), which ranked them at random.
    expect([...values.subarray(3)]).toEqual([0, 0, 0]);
  });

  it('disconnected: a strongly tied pair outranks a larger, weakly tied component, which gets exactly 0', () => {
    // A pair of strength 10 (λ = 10) beside a ring of nine (λ = 2).
    const ring = Array.from({ length: 9 }, (_, i) => [2 + i, 2 + ((i + 1) % 9)] as [number, number]);
    const { values } = eigenvector(graphOf(11, [[0, 1, 10], ...ring]));
    expect(values[0]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(values[1]).toBeCloseTo(Math.SQRT1_2, 12);
    expect([...values.subarray(2)]).toEqual(new Array(9).fill(0));
  });

  it('tied components: the projection of the uniform vector (networkx/ARPACK may return any mix)', () => {
    const { values } = eigenvector(graphOf(4, [[0, 1], [2, 3]]));
    for (const value of values) expect(value).toBeCloseTo(0.5, 12);
  });

  it('no ties at all: 1/√n everyone', () => {
    expect([...eigenvector(graphOf(4, [])).values]).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(eigenvector(graphOf(0, [])).values.length).toBe(0);
  });
});

describe.each(REFERENCES)('eigenvector matches networkx eigenvector_centrality_numpy on %s', (name) => {
  const reference = loadReference(name);
  const graph = undirectedOf(reference);
  it('undirected, on strengths and on tie counts', () => {
    const weighted = eigenvector(graph);
    expect(weighted.converged).toBe(true);
    expectClose(weighted.values, reference.undirected.eigenvector, ITERATIVE, `${name} eigenvector`);
    expect(weighted.eigenvalue).toBeCloseTo((reference.undirected.eigenvalues as unknown as { first: number }).first, 6);
    expectClose(eigenvector(graph, { weighted: false }).values, reference.undirected.eigenvectorUnweighted, ITERATIVE, `${name} eigenvector unweighted`);
  });
  if (reference.directed?.eigenvector) {
    it('directed (strongly connected): the left eigenvector, over incoming ties', () => {
      expectClose(eigenvector(directedOf(reference)).values, reference.directed!.eigenvector, ITERATIVE, `${name} eigenvector directed`);
    });
  }
});
