import { describe, expect, it } from 'vitest';
import { effectiveSize } from '../../src/measures/effective-size.js';
import { EXACT, REFERENCES, directedOf, expectClose, graphOf, loadReference, undirectedOf } from './reference.js';

describe('effective size and efficiency: known answers', () => {
  it('star: no redundancy', () => {
    const { effectiveSize: size, efficiency } = effectiveSize(graphOf(5, [[0, 1], [0, 2], [0, 3], [0, 4]]));
    expect([...size]).toEqual([4, 1, 1, 1, 1]);
    expect([...efficiency]).toEqual([1, 1, 1, 1, 1]);
  });

  it('triangle: 2 − 2·1/2 = 1, efficiency 1/2', () => {
    const { effectiveSize: size, efficiency } = effectiveSize(graphOf(3, [[0, 1], [1, 2], [0, 2]]));
    expect([...size]).toEqual([1, 1, 1]);
    expect([...efficiency]).toEqual([0.5, 0.5, 0.5]);
  });

  it('weighted triangle (a–b 1, a–c 3, b–c 2): ES_a = (1 − ¾·1) + (1 − ¼·⅔) = 13/12', () => {
    const { effectiveSize: size, efficiency } = effectiveSize(graphOf(3, [[0, 1, 1], [0, 2, 3], [1, 2, 2]]));
    expect(size[0]).toBeCloseTo(13 / 12, 15);
    expect(efficiency[0]).toBeCloseTo(13 / 24, 15);
  });

  it('path: ends 1, middle 2', () => {
    expect([...effectiveSize(graphOf(3, [[0, 1], [1, 2]])).effectiveSize]).toEqual([1, 2, 1]);
  });

  it('is NaN for isolates', () => {
    const { effectiveSize: size, efficiency } = effectiveSize(graphOf(3, [[0, 1]]));
    expect(size[2]).toBeNaN();
    expect(efficiency[2]).toBeNaN();
  });
});

describe.each(REFERENCES)('effective size matches networkx on %s', (name) => {
  const reference = loadReference(name);
  const graph = undirectedOf(reference);
  const degrees = reference.undirected.degree;
  it('on strengths and on tie counts (networkx: Borgatti\'s formula); efficiency = size / degree', () => {
    const weighted = effectiveSize(graph);
    expectClose(weighted.effectiveSize, reference.undirected.effectiveSize, EXACT, `${name} effective size`);
    const expectedEfficiency = reference.undirected.effectiveSize.map((size, i) => (size === null ? null : size / degrees[i]!));
    expectClose(weighted.efficiency, expectedEfficiency, EXACT, `${name} efficiency`);
    expectClose(effectiveSize(graph, { weighted: false }).effectiveSize, reference.undirected.effectiveSizeUnweighted, EXACT, `${name} effective size unweighted`);
  });
  if (reference.directed) {
    it('a directed network gives the same as its undirected view', () => {
      expectClose(effectiveSize(directedOf(reference)).effectiveSize, reference.undirected.effectiveSize, EXACT, `${name} effective size (directed input)`);
    });
  }
});
