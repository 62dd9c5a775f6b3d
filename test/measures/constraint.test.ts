import { describe, expect, it } from 'vitest';
import { constraint } from '../../src/measures/constraint.js';
import { EXACT, REFERENCES, digraphOf, directedOf, expectClose, graphOf, loadReference, undirectedOf } from './reference.js';

describe('constraint: known answers', () => {
  it('star: the centre 4·(1/4)² = 0.25, each leaf 1', () => {
    expect([...constraint(graphOf(5, [[0, 1], [0, 2], [0, 3], [0, 4]]))]).toEqual([0.25, 1, 1, 1, 1]);
  });

  it('triangle: 2·(1/2 + 1/4)² = 1.125', () => {
    expect([...constraint(graphOf(3, [[0, 1], [1, 2], [0, 2]]))]).toEqual([1.125, 1.125, 1.125]);
  });

  it('path with strengths 1 and 3: the middle (1/4)² + (3/4)² = 0.625', () => {
    const values = constraint(graphOf(3, [[0, 1, 1], [1, 2, 3]]));
    expect([...values]).toEqual([1, 0.625, 1]);
    expect([...constraint(graphOf(3, [[0, 1, 1], [1, 2, 3]]), { weighted: false })]).toEqual([1, 0.5, 1]);
  });

  it('is NaN for isolates', () => {
    const values = constraint(graphOf(3, [[0, 1]]));
    expect(values[2]).toBeNaN();
    expect([values[0], values[1]]).toEqual([1, 1]);
  });

  it('scores people with only incoming ties on a directed network (networkx gives NaN there)', () => {
    expect([...constraint(digraphOf(3, [[0, 1], [0, 2]]))]).toEqual([0.5, 1, 1]);
  });
});

describe.each(REFERENCES)('constraint matches networkx on %s', (name) => {
  const reference = loadReference(name);
  const graph = undirectedOf(reference);
  it('on strengths and on tie counts', () => {
    expectClose(constraint(graph), reference.undirected.constraint, EXACT, `${name} constraint`);
    expectClose(constraint(graph, { weighted: false }), reference.undirected.constraintUnweighted, EXACT, `${name} constraint unweighted`);
  });
  if (reference.directed) {
    it('a directed network gives the same as its undirected view (strength = both directions)', () => {
      expectClose(constraint(directedOf(reference)), reference.undirected.constraint, EXACT, `${name} constraint (directed input)`);
    });
  }
});
