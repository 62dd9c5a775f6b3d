import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { betweenness, betweennessFromSums } from '../../src/measures/betweenness.js';
import { pathSlots, searchPaths } from '../../src/measures/path-searches.js';
import type { CompactGraph } from '../../src/organisation/compact-graph.js';
import { EXACT, REFERENCES, digraphOf, directedOf, expectClose, graphOf, loadReference, undirectedOf } from './reference.js';

const star = graphOf(5, [[0, 1], [0, 2], [0, 3], [0, 4]]);
const path = graphOf(5, [[0, 1], [1, 2], [2, 3], [3, 4]]);
const triangle = graphOf(3, [[0, 1], [1, 2], [0, 2]]);

describe('betweenness: known answers', () => {
  it('gives the centre of a star every pair of leaves', () => {
    expect([...betweenness(star).values]).toEqual([1, 0, 0, 0, 0]);
    expect([...betweenness(star, { normalized: false }).values]).toEqual([6, 0, 0, 0, 0]);
  });

  it('counts the pairs each inner node of a path lies between', () => {
    const { values } = betweenness(path);
    [0, 3 / 6, 4 / 6, 3 / 6, 0].forEach((want, i) => expect(values[i]).toBeCloseTo(want, 15));
  });

  it('gives 0 everywhere in a triangle', () => {
    expect([...betweenness(triangle).values]).toEqual([0, 0, 0]);
  });

  it('splits a pair between its equally short routes (4-cycle)', () => {
    const { values } = betweenness(graphOf(4, [[0, 1], [1, 2], [2, 3], [3, 0]]));
    for (const value of values) expect(value).toBeCloseTo(0.5 / 3, 15);
  });

  it('follows arc direction on a directed network', () => {
    const { values } = betweenness(digraphOf(3, [[0, 1], [1, 2]]));
    expect([...values]).toEqual([0, 0.5, 0]);
    expect([...betweenness(digraphOf(3, [[0, 1], [2, 1]])).values]).toEqual([0, 0, 0]);
  });

  it('reads strength as closeness when weighted: distance = 1/strength', () => {
    // a–b is a weak tie (distance 1); a–c–b two strong ones (0.25 + 0.25).
    const g = graphOf(3, [[0, 1, 1], [0, 2, 4], [2, 1, 4]]);
    expect([...betweenness(g).values]).toEqual([0, 0, 0]);
    expect([...betweenness(g, { weighted: true }).values]).toEqual([0, 0, 1]);
    expect(betweenness(g, { weighted: true }).weighted).toBe(true);
  });

  it('counts weighted routes of equal length as tied even when their float sums differ', () => {
    // S=0, A=1, T=2, B=3, U=4; ties S–A 2, A–T 12, S–B 3, B–T 4, T–U 1, so distances 1/2, 1/12,
    // 1/3, 1/4, 1. S–A–T = 1/2 + 1/12 = 7/12 = 1/3 + 1/4 = S–B–T, but not in Float64:
    expect(1 / 2 + 1 / 12).not.toBe(1 / 3 + 1 / 4); // 0.5833333333333334 vs 0.5833333333333333
    // Shortest routes of the 10 pairs and who they pass through:
    //   S–T: via A or via B (7/12 each)          A 1/2, B 1/2
    //   S–U: S–A–T–U or S–B–T–U (19/12 each)      A 1/2, B 1/2, T 1
    //   A–B: A–T–B = 1/12 + 1/4 = 1/3 < A–S–B = 5/6   T 1
    //   A–U: A–T–U; B–U: B–T–U                    T 1 each
    //   S–A, S–B, A–T, B–T, T–U: the direct tie    nobody
    // Normalised by the C(4, 2) = 6 pairs of other people: A = B = 1/6, T = 4/6, S = U = 0.
    // (networkx with float distances gives A 1/24, B 7/24: it misses the ties.)
    const g = graphOf(5, [[0, 1, 2], [1, 2, 12], [0, 3, 3], [3, 2, 4], [2, 4, 1]]);
    const { values } = betweenness(g, { weighted: true });
    [0, 1 / 6, 4 / 6, 1 / 6, 0].forEach((want, i) => expect(values[i]).toBeCloseTo(want, 15));
  });

  it('counts shortest paths in Float64: 2^40 routes through a chain of 40 diamonds', () => {
    // Hubs h_i = 3i; between h_i and h_{i+1} two middle people 3i+1, 3i+2.
    const d = 40;
    const pairs: number[][] = [];
    for (let i = 0; i < d; i++) pairs.push([3 * i, 3 * i + 1], [3 * i, 3 * i + 2], [3 * i + 1, 3 * i + 3], [3 * i + 2, 3 * i + 3]);
    const n = 3 * d + 1;
    const g = graphOf(n, pairs);
    const { values } = betweenness(g, { normalized: false });
    // Identity: Σ_v b(v) = Σ over unordered connected pairs of (d(s, t) − 1).
    let expected = 0;
    for (let s = 0; s < n; s++) {
      const dist = new Array<number>(n).fill(-1);
      dist[s] = 0;
      const queue = [s];
      for (let h = 0; h < queue.length; h++) {
        const v = queue[h];
        for (let e = g.out.offsets[v]; e < g.out.offsets[v + 1]; e++) {
          const w = g.out.neighbours[e];
          if (dist[w] < 0) {
            dist[w] = dist[v] + 1;
            queue.push(w);
          }
        }
      }
      for (let t = s + 1; t < n; t++) expected += dist[t] - 1;
    }
    const total = values.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(expected, 6);
    for (let i = 0; i < d; i++) expect(values[3 * i + 1]).toBeCloseTo(values[3 * i + 2], 9);
  });

  it('handles empty and tiny networks', () => {
    expect(betweenness(graphOf(0, [])).values.length).toBe(0);
    expect([...betweenness(graphOf(2, [[0, 1]])).values]).toEqual([0, 0]);
    expect([...betweenness(graphOf(1, [])).values]).toEqual([0]);
  });
});

describe.each(REFERENCES)('betweenness matches networkx on %s', (name) => {
  const reference = loadReference(name);
  const graph = undirectedOf(reference);
  it('undirected, unweighted', () => {
    expectClose(betweenness(graph).values, reference.undirected.betweenness, EXACT, `${name} betweenness`);
  });
  it('undirected, weighted (distance = 1/strength)', () => {
    expectClose(betweenness(graph, { weighted: true }).values, reference.undirected.betweennessWeighted, EXACT, `${name} betweenness weighted`);
  });
  if (reference.directed) {
    it('directed, unweighted and weighted', () => {
      const digraph = directedOf(reference);
      expectClose(betweenness(digraph).values, reference.directed!.betweenness, EXACT, `${name} betweenness directed`);
      expectClose(betweenness(digraph, { weighted: true }).values, reference.directed!.betweennessWeighted, EXACT, `${name} betweenness directed weighted`);
    });
  }
});

describe('sampled betweenness', () => {
  const reference = loadReference('sociopatterns-invs15');
  const graph = undirectedOf(reference);
  const n = graph.nodeCount;
  const exact = betweenness(graph).values;

  it('is exact when every person is a source (k ≥ n): no sample, no seed, no standard error', () => {
    for (const samples of [n, 10 * n]) {
      const result = betweenness(graph, { samples, seed: 3 });
      expect(result).toMatchObject({ mode: 'exact', samples: n, seed: null, standardError: null });
      expect([...result.values]).toEqual([...exact]);
    }
    expect(betweenness(graph, { samples: n - 1, seed: 3 })).toMatchObject({ mode: 'sampled', samples: n - 1, seed: 3 });
  });

  // The estimator's linear scaling (path-kernel.ts) keeps the sum over all n sources exact: what
  // makes it unbiased. The searches are run as a sample would run them, from everyone.
  const estimatedFromEveryone = (network: CompactGraph, weighted: boolean) => {
    const everyone = Int32Array.from({ length: network.nodeCount }, (_, v) => v);
    const slots = pathSlots({ dependency: true, dependencySquares: true });
    const sums = searchPaths(network, weighted, everyone, slots, 1, true);
    return betweennessFromSums(network, { weighted, normalized: true, sampled: true, seed: 3 }, network.nodeCount, sums.get(slots.dependency)!, sums.get(slots.dependencySquares));
  };

  it('estimates exact betweenness from all n sources, linearly scaled', () => {
    expectClose(estimatedFromEveryone(graph, false).values, Array.from(exact), { relative: 1e-12, absolute: 1e-15 }, 'linearly scaled k = n');
  });

  it('estimates exact betweenness from all n sources when weighted too (fixtures/small-org, whose weighted routes tie)', async () => {
    const { organisation } = await loadOrganisation({ dir: join(import.meta.dirname, '..', '..', 'fixtures', 'small-org') });
    const network = organisation.network;
    const exactWeighted = betweenness(network, { weighted: true }).values;
    expectClose(estimatedFromEveryone(network, true).values, Array.from(exactWeighted), { relative: 1e-12, absolute: 1e-15 }, 'small-org weighted linearly scaled k = n');
    // Both are networkx's exact-fraction values (P04, P05 and P06 have tied routes).
    expectClose(exactWeighted, loadReference('small-org').undirected.betweennessWeighted, EXACT, 'small-org weighted');
  });

  it('reports exact mode without a seed', () => {
    expect(betweenness(graph)).toMatchObject({ mode: 'exact', samples: n, seed: null, standardError: null, normalized: true });
  });

  it('is reproducible from its seed and varies with it', () => {
    const a = betweenness(graph, { samples: 40, seed: 11 });
    const b = betweenness(graph, { samples: 40, seed: 11 });
    const c = betweenness(graph, { samples: 40, seed: 12 });
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(Array.from(a.values)).not.toEqual(Array.from(c.values));
  });

  it('lands within a few reported standard errors of the exact values (k = 60 of 232)', () => {
    // The standard error is estimated from the sampled sources, so it cannot see unsampled sources
    // with outsized dependencies (e.g. the small group behind an articulation point): a few people
    // land far outside it. The bulk must behave like an honest standard error.
    for (const seed of [1, 2, 3]) {
      const { values, standardError } = betweenness(graph, { samples: 60, seed });
      const z: number[] = [];
      let within5 = 0;
      for (let v = 0; v < n; v++) {
        const error = Math.abs(values[v] - exact[v]);
        const se = standardError![v];
        if (error <= 5 * se + 1e-9) within5++;
        if (se > 0) z.push(error / se);
      }
      z.sort((a, b) => a - b);
      expect(z.length).toBeGreaterThan(0.9 * n);
      expect(z[Math.floor(z.length / 2)]).toBeLessThan(1); // |N(0,1)| has median 0.67
      expect(z.filter((x) => x <= 2).length / z.length).toBeGreaterThan(0.85);
      expect(within5 / n).toBeGreaterThan(0.95);
    }
  });

  it('estimates the overall betweenness well', () => {
    const { values } = betweenness(graph, { samples: 60, seed: 5 });
    const total = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
    expect(Math.abs(total(values) - total(exact)) / total(exact)).toBeLessThan(0.1);
  });

  it('rejects a sample size below 1 and a non-integer seed', () => {
    expect(() => betweenness(graph, { samples: 0 })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => betweenness(graph, { samples: 2.5 })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => betweenness(graph, { samples: 5, seed: 0.5 })).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });

  it('gives NaN standard errors from a single source', () => {
    const { standardError } = betweenness(graph, { samples: 1 });
    expect(standardError!.every(Number.isNaN)).toBe(true);
  });
});
