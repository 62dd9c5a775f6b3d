import { describe, expect, it } from 'vitest';
import { betweenness } from '../../src/measures/betweenness.js';
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

  it('equals exact betweenness when every person is a source (k = n), with zero error', () => {
    const result = betweenness(graph, { samples: n, seed: 3 });
    expect(result).toMatchObject({ mode: 'sampled', samples: n, seed: 3 });
    expectClose(result.values, Array.from(exact), { relative: 1e-12, absolute: 1e-15 }, 'sampled k = n');
    expect(result.standardError!.every((e) => e === 0)).toBe(true);
    expect(betweenness(graph, { samples: 10 * n }).samples).toBe(n);
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
