import { describe, expect, it } from 'vitest';
import { degree } from '../../src/measures/degree.js';
import { strength } from '../../src/measures/strength.js';
import { EXACT, REFERENCES, digraphOf, directedOf, expectClose, graphOf, loadReference, undirectedOf } from './reference.js';

describe('degree and strength: known answers', () => {
  const star = graphOf(5, [[0, 1, 2], [0, 2, 3], [0, 3, 1], [0, 4, 1]]);
  it('star: the centre has 4 contacts and their summed strength', () => {
    expect([...degree(star)]).toEqual([4, 1, 1, 1, 1]);
    expect([...strength(star)]).toEqual([7, 2, 3, 1, 1]);
  });

  it('path and triangle', () => {
    expect([...degree(graphOf(3, [[0, 1], [1, 2]]))]).toEqual([1, 2, 1]);
    expect([...degree(graphOf(3, [[0, 1], [1, 2], [0, 2]]))]).toEqual([2, 2, 2]);
  });

  it('directed: out, in, and distinct contacts in either direction', () => {
    // 0 ⇄ 1 (strengths 2 and 3), 0 → 2 (4), 3 isolated.
    const g = digraphOf(4, [[0, 1, 2], [1, 0, 3], [0, 2, 4]]);
    expect([...degree(g, { direction: 'out' })]).toEqual([2, 1, 0, 0]);
    expect([...degree(g, { direction: 'in' })]).toEqual([1, 1, 1, 0]);
    expect([...degree(g)]).toEqual([2, 1, 1, 0]); // the reciprocated pair counts once
    expect([...strength(g, { direction: 'out' })]).toEqual([6, 3, 0, 0]);
    expect([...strength(g, { direction: 'in' })]).toEqual([3, 2, 4, 0]);
    expect([...strength(g)]).toEqual([9, 5, 4, 0]);
  });

  it('ignores self-ties', () => {
    expect([...degree(graphOf(2, [[0, 0, 5], [0, 1, 1]]))]).toEqual([1, 1]);
    expect([...strength(graphOf(2, [[0, 0, 5], [0, 1, 1]]))]).toEqual([1, 1]);
  });
});

describe.each(REFERENCES)('degree and strength match networkx on %s', (name) => {
  const reference = loadReference(name);
  const graph = undirectedOf(reference);
  it('undirected', () => {
    expectClose(degree(graph), reference.undirected.degree, EXACT, `${name} degree`);
    expectClose(strength(graph), reference.undirected.strength, EXACT, `${name} strength`);
  });
  if (reference.directed) {
    it('directed: in/out, and "all" equals the undirected view', () => {
      const digraph = directedOf(reference);
      expectClose(degree(digraph, { direction: 'in' }), reference.directed!.inDegree, EXACT, `${name} in-degree`);
      expectClose(degree(digraph, { direction: 'out' }), reference.directed!.outDegree, EXACT, `${name} out-degree`);
      expectClose(strength(digraph, { direction: 'in' }), reference.directed!.inStrength, EXACT, `${name} in-strength`);
      expectClose(strength(digraph, { direction: 'out' }), reference.directed!.outStrength, EXACT, `${name} out-strength`);
      expectClose(degree(digraph), reference.undirected.degree, EXACT, `${name} degree all`);
      expectClose(strength(digraph), reference.undirected.strength, EXACT, `${name} strength all`);
    });
  }
});
