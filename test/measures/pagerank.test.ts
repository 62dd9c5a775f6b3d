import { describe, expect, it } from 'vitest';
import { pagerank } from '../../src/measures/pagerank.js';
import { ITERATIVE, REFERENCES, digraphOf, directedOf, expectClose, graphOf, loadReference, undirectedOf } from './reference.js';

describe('pagerank: known answers', () => {
  it('is uniform on a triangle', () => {
    const { values, converged } = pagerank(graphOf(3, [[0, 1], [1, 2], [0, 2]]));
    expect(converged).toBe(true);
    for (const value of values) expect(value).toBeCloseTo(1 / 3, 14);
  });

  it('star: centre x = (4α·(1−α)/5 + (1−α)/5) / (1 − α²)', () => {
    const alpha = 0.85;
    const centre = ((4 * alpha * (1 - alpha)) / 5 + (1 - alpha) / 5) / (1 - alpha * alpha);
    const { values } = pagerank(graphOf(5, [[0, 1], [0, 2], [0, 3], [0, 4]]));
    expect(values[0]).toBeCloseTo(centre, 12);
    for (let i = 1; i < 5; i++) expect(values[i]).toBeCloseTo((1 - centre) / 4, 12);
  });

  it('spreads a dangling person\'s score uniformly (directed 0 → 1)', () => {
    // x0 = α·x1/2 + (1−α)/2 and x0 + x1 = 1  ⇒  x0 = 0.5 / (1 + α/2).
    const { values } = pagerank(digraphOf(2, [[0, 1]]));
    expect(values[0]).toBeCloseTo(0.5 / 1.425, 12);
    expect(values[1]).toBeCloseTo(1 - 0.5 / 1.425, 12);
  });

  it('follows ties in proportion to strength; sums to 1; is deterministic', () => {
    const g = graphOf(4, [[0, 1, 5], [0, 2, 1], [2, 3, 1]]);
    const weighted = pagerank(g).values;
    const unweighted = pagerank(g, { weighted: false }).values;
    expect(weighted[1]).toBeGreaterThan(unweighted[1]);
    expect(weighted.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    expect(Array.from(pagerank(g).values)).toEqual(Array.from(weighted));
  });

  it('reports non-convergence instead of looping forever, and rejects a bad alpha', () => {
    const result = pagerank(graphOf(4, [[0, 1], [1, 2], [2, 3]]), { maxIterations: 2 });
    expect(result).toMatchObject({ iterations: 2, converged: false });
    expect(() => pagerank(graphOf(2, [[0, 1]]), { alpha: 1 })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(pagerank(graphOf(0, [])).values.length).toBe(0);
  });
});

describe.each(REFERENCES)('pagerank matches networkx on %s', (name) => {
  const reference = loadReference(name);
  const graph = undirectedOf(reference);
  it('undirected, on strengths and on tie counts', () => {
    expectClose(pagerank(graph).values, reference.undirected.pagerank, ITERATIVE, `${name} pagerank`);
    expectClose(pagerank(graph, { weighted: false }).values, reference.undirected.pagerankUnweighted, ITERATIVE, `${name} pagerank unweighted`);
  });
  if (reference.directed) {
    it('directed, on strengths and on tie counts', () => {
      const digraph = directedOf(reference);
      expectClose(pagerank(digraph).values, reference.directed!.pagerank, ITERATIVE, `${name} pagerank directed`);
      expectClose(pagerank(digraph, { weighted: false }).values, reference.directed!.pagerankUnweighted, ITERATIVE, `${name} pagerank directed unweighted`);
    });
  }
});
