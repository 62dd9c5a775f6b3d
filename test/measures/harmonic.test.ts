import { describe, expect, it } from 'vitest';
import { harmonic } from '../../src/measures/harmonic.js';
import { EXACT, REFERENCES, digraphOf, directedOf, expectClose, graphOf, loadReference, undirectedOf } from './reference.js';

describe('harmonic: known answers', () => {
  it('star, path, triangle', () => {
    expect([...harmonic(graphOf(5, [[0, 1], [0, 2], [0, 3], [0, 4]]))]).toEqual([4, 2.5, 2.5, 2.5, 2.5]);
    expect([...harmonic(graphOf(3, [[0, 1], [1, 2]]))]).toEqual([1.5, 2, 1.5]);
    expect([...harmonic(graphOf(3, [[0, 1], [1, 2], [0, 2]]))]).toEqual([2, 2, 2]);
  });

  it('needs no correction on disconnected networks; isolates get 0', () => {
    expect([...harmonic(graphOf(5, [[0, 1], [2, 3]]))]).toEqual([1, 1, 1, 1, 0]);
  });

  it('sums incoming distances on a directed network, as networkx', () => {
    expect([...harmonic(digraphOf(3, [[0, 1], [1, 2]]))]).toEqual([0, 1, 1.5]);
  });

  it('uses distance = 1/strength when weighted', () => {
    expect([...harmonic(graphOf(3, [[0, 1, 2], [1, 2, 4]]), { weighted: true })]).toEqual([2 + 1 / 0.75, 6, 4 + 1 / 0.75]);
  });
});

describe.each(REFERENCES)('harmonic matches networkx on %s', (name) => {
  const reference = loadReference(name);
  const graph = undirectedOf(reference);
  it('undirected, unweighted and weighted', () => {
    expectClose(harmonic(graph), reference.undirected.harmonic, EXACT, `${name} harmonic`);
    expectClose(harmonic(graph, { weighted: true }), reference.undirected.harmonicWeighted, EXACT, `${name} harmonic weighted`);
  });
  if (reference.directed) {
    it('directed, unweighted and weighted', () => {
      const digraph = directedOf(reference);
      expectClose(harmonic(digraph), reference.directed!.harmonic, EXACT, `${name} harmonic directed`);
      expectClose(harmonic(digraph, { weighted: true }), reference.directed!.harmonicWeighted, EXACT, `${name} harmonic directed weighted`);
    });
  }
});
