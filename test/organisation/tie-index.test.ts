/** tieIndex: where a tie lies in a sorted CSR row, found by binary search. */
import { describe, expect, it } from 'vitest';
import { directedGraph, tieIndex, undirectedGraph, type ArcList } from '../../src/organisation/compact-graph.js';

function arcs(list: [number, number, number][]): ArcList {
  return {
    source: Int32Array.from(list.map(([source]) => source)),
    target: Int32Array.from(list.map(([, target]) => target)),
    strength: Float64Array.from(list.map(([, , strength]) => strength)),
    length: list.length,
  };
}

describe('tieIndex', () => {
  // Person 0 is tied to 1, 3 and 4 (row [1, 3, 4]); person 2 to no one.
  const graph = undirectedGraph(5, arcs([[0, 1, 5], [0, 3, 7], [0, 4, 2], [1, 3, 1]]));
  const { out } = graph;

  it('finds a tie at the start, middle and end of a row, with its strength', () => {
    expect([tieIndex(out, 0, 1), tieIndex(out, 0, 3), tieIndex(out, 0, 4)]).toEqual([0, 1, 2]);
    expect([1, 3, 4].map((b) => out.strengths[tieIndex(out, 0, b)])).toEqual([5, 7, 2]);
    expect(out.strengths[tieIndex(out, 3, 1)]).toBe(1);
    expect(out.neighbours[tieIndex(out, 4, 0)]).toBe(0);
  });

  it('gives -1 for a pair with no tie, and for a person with an empty row', () => {
    expect(tieIndex(out, 0, 2)).toBe(-1);
    expect(tieIndex(out, 0, 0)).toBe(-1);
    expect(tieIndex(out, 1, 4)).toBe(-1);
    expect(tieIndex(out, 2, 0)).toBe(-1);
    expect(tieIndex(out, 2, 2)).toBe(-1);
  });

  it('follows the direction of an arc in a directed graph', () => {
    const directed = directedGraph(3, arcs([[0, 2, 4], [2, 1, 3]]));
    expect(directed.out.strengths[tieIndex(directed.out, 0, 2)]).toBe(4);
    expect(tieIndex(directed.out, 2, 0)).toBe(-1);
    expect(directed.in.strengths[tieIndex(directed.in, 2, 0)]).toBe(4);
  });
});
