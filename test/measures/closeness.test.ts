import { describe, expect, it } from 'vitest';
import { closeness } from '../../src/measures/closeness.js';
import { EXACT, REFERENCES, digraphOf, directedOf, expectClose, graphOf, loadReference, undirectedOf } from './reference.js';

describe('closeness: known answers', () => {
  it('star: the centre is 1 step from all, a leaf 1 + 2·3 = 7 steps in total', () => {
    const values = closeness(graphOf(5, [[0, 1], [0, 2], [0, 3], [0, 4]]));
    expect(values[0]).toBe(1);
    for (let i = 1; i < 5; i++) expect(values[i]).toBeCloseTo(4 / 7, 15);
  });

  it('path and triangle', () => {
    expect([...closeness(graphOf(3, [[0, 1], [1, 2]]))]).toEqual([2 / 3, 1, 2 / 3]);
    expect([...closeness(graphOf(3, [[0, 1], [1, 2], [0, 2]]))]).toEqual([1, 1, 1]);
  });

  it('scales by the reachable share on a disconnected network (Wasserman–Faust); isolates get 0', () => {
    const g = graphOf(5, [[0, 1], [2, 3]]);
    expect([...closeness(g)]).toEqual([0.25, 0.25, 0.25, 0.25, 0]);
    expect([...closeness(g, { wfImproved: false })]).toEqual([1, 1, 1, 1, 0]);
  });

  it('uses incoming distances on a directed network, as networkx', () => {
    // 0 → 1 → 2: nobody reaches 0; 2 is reached from 1 (1 step) and 0 (2 steps).
    const values = closeness(digraphOf(3, [[0, 1], [1, 2]]));
    expect(values[0]).toBe(0);
    expect(values[1]).toBeCloseTo(1 * 0.5, 15);
    expect(values[2]).toBeCloseTo((2 / 3) * 1, 15);
  });

  it('uses distance = 1/strength when weighted', () => {
    // 0 –(strength 2)– 1 –(strength 4)– 2: distances 0.5 and 0.25.
    const values = closeness(graphOf(3, [[0, 1, 2], [1, 2, 4]]), { weighted: true });
    expect(values[1]).toBeCloseTo(2 / 0.75, 12);
    expect(values[0]).toBeCloseTo(2 / (0.5 + 0.75), 12);
  });
});

describe.each(REFERENCES)('closeness matches networkx on %s', (name) => {
  const reference = loadReference(name);
  const graph = undirectedOf(reference);
  it('undirected, unweighted and weighted', () => {
    expectClose(closeness(graph), reference.undirected.closeness, EXACT, `${name} closeness`);
    expectClose(closeness(graph, { weighted: true }), reference.undirected.closenessWeighted, EXACT, `${name} closeness weighted`);
  });
  if (reference.directed) {
    it('directed, unweighted and weighted', () => {
      const digraph = directedOf(reference);
      expectClose(closeness(digraph), reference.directed!.closeness, EXACT, `${name} closeness directed`);
      expectClose(closeness(digraph, { weighted: true }), reference.directed!.closenessWeighted, EXACT, `${name} closeness directed weighted`);
    });
  }
});
