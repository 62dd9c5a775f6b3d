import { describe, expect, it } from 'vitest';
import { clustering } from '../../src/measures/clustering.js';
import { EXACT, REFERENCES, digraphOf, directedOf, expectClose, graphOf, loadReference, undirectedOf } from './reference.js';

describe('clustering: known answers', () => {
  it('triangle 1, star and path 0', () => {
    expect([...clustering(graphOf(3, [[0, 1], [1, 2], [0, 2]]))]).toEqual([1, 1, 1]);
    expect([...clustering(graphOf(5, [[0, 1], [0, 2], [0, 3], [0, 4]]))]).toEqual([0, 0, 0, 0, 0]);
    expect([...clustering(graphOf(3, [[0, 1], [1, 2]]))]).toEqual([0, 0, 0]);
  });

  it('K4 minus one tie: 2/3 for the two with three contacts, 1 for the others', () => {
    const values = clustering(graphOf(4, [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3]]));
    expect(values[0]).toBeCloseTo(2 / 3, 15);
    expect(values[1]).toBeCloseTo(2 / 3, 15);
    expect([values[2], values[3]]).toEqual([1, 1]);
  });

  it('ignores strengths and reads a directed network as undirected', () => {
    expect([...clustering(graphOf(3, [[0, 1, 9], [1, 2, 1], [0, 2, 4]]))]).toEqual([1, 1, 1]);
    expect([...clustering(digraphOf(3, [[0, 1], [1, 0], [1, 2], [2, 0]]))]).toEqual([1, 1, 1]);
  });
});

describe.each(REFERENCES)('clustering matches networkx on %s', (name) => {
  const reference = loadReference(name);
  it('undirected', () => {
    expectClose(clustering(undirectedOf(reference)), reference.undirected.clustering, EXACT, `${name} clustering`);
  });
  if (reference.directed) {
    it('a directed network gives the clustering of its undirected view', () => {
      expectClose(clustering(directedOf(reference)), reference.undirected.clustering, EXACT, `${name} clustering (directed input)`);
    });
  }
});
