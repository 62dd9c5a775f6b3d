/** The renumbering behind the path searches keeps the network as it is, only renamed. */
import { describe, expect, it } from 'vitest';
import { localityOrder } from '../../src/measures/locality-order.js';
import { graphOf } from './reference.js';

describe('localityOrder', () => {
  it('is a permutation that keeps every tie and its length, rows sorted', () => {
    const graph = graphOf(7, [[0, 5, 2], [5, 3, 1], [3, 1, 4], [2, 6, 3], [4, 0, 1]]);
    const lengths = Float64Array.from(graph.out.strengths, (s) => 1 / s);
    const ordered = localityOrder(7, { offsets: graph.out.offsets, neighbours: graph.out.neighbours, lengths });
    expect([...ordered.newOf].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (let v = 0; v < 7; v++) expect(ordered.oldOf[ordered.newOf[v]]).toBe(v);
    const ties = (offsets: Int32Array, neighbours: Int32Array, length: Float64Array, name: (v: number) => number) => {
      const out: string[] = [];
      for (let v = 0; v < 7; v++) for (let e = offsets[v]; e < offsets[v + 1]; e++) out.push(`${name(v)}-${name(neighbours[e])}:${length[e]}`);
      return out.sort();
    };
    expect(ties(ordered.offsets, ordered.neighbours, ordered.lengths!, (v) => ordered.oldOf[v])).toEqual(
      ties(graph.out.offsets, graph.out.neighbours, lengths, (v) => v),
    );
    for (let v = 0; v < 7; v++) {
      for (let e = ordered.offsets[v] + 1; e < ordered.offsets[v + 1]; e++) expect(ordered.neighbours[e]).toBeGreaterThan(ordered.neighbours[e - 1]);
    }
  });

  it('numbers each component from its best-connected person, breadth first', () => {
    // Star around 4 (degree 3) and a separate pair 1–6.
    const graph = graphOf(7, [[4, 0], [4, 2], [4, 5], [1, 6]]);
    const ordered = localityOrder(7, { offsets: graph.out.offsets, neighbours: graph.out.neighbours, lengths: null });
    expect(Array.from(ordered.oldOf)).toEqual([4, 0, 2, 5, 1, 6, 3]);
  });
});
