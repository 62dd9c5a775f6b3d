import { describe, expect, it } from 'vitest';
import { cutPoints } from '../../src/measures/cut-points.js';
import { REFERENCES, digraphOf, graphOf, loadReference, undirectedOf } from './reference.js';

const pairs = (bridges: Int32Array) => Array.from({ length: bridges.length / 2 }, (_, k) => [bridges[2 * k], bridges[2 * k + 1]]);

describe('cut points: known answers', () => {
  it('path of 5: every inner person and every tie; the middle one leaves two pieces of 2, both cut off', () => {
    const result = cutPoints(graphOf(5, [[0, 1], [1, 2], [2, 3], [3, 4]]));
    expect([...result.articulationPoints]).toEqual([1, 2, 3]);
    expect(pairs(result.bridges)).toEqual([[0, 1], [1, 2], [2, 3], [3, 4]]);
    expect([...result.cutOff]).toEqual([0, 1, 4, 1, 0]);
    expect([...result.pieces]).toEqual([1, 2, 2, 2, 1]);
    expect([...result.componentSize]).toEqual([5, 5, 5, 5, 5]);
  });

  it('star: the centre leaves four pieces of one, none the largest, so all four are cut off', () => {
    const result = cutPoints(graphOf(5, [[0, 1], [0, 2], [0, 3], [0, 4]]));
    expect([...result.articulationPoints]).toEqual([0]);
    expect([...result.cutOff]).toEqual([4, 0, 0, 0, 0]);
    expect([...result.pieces]).toEqual([4, 1, 1, 1, 1]);
    expect(pairs(result.bridges)).toHaveLength(4);
  });

  it('star of 10, wherever the search starts: the centre cuts off all 9', () => {
    const spokes = Array.from({ length: 9 }, (_, k) => [0, k + 1]);
    expect(cutPoints(graphOf(10, spokes)).cutOff[0]).toBe(9);
    // The centre last in the order, so the search starts at a spoke and the rest is a piece too.
    const centreLast = Array.from({ length: 9 }, (_, k) => [k, 9]);
    expect([...cutPoints(graphOf(10, centreLast)).cutOff]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 9]);
  });

  it('path of three: the middle one cuts off both ends, whichever end the search starts from', () => {
    expect([...cutPoints(graphOf(3, [[0, 1], [1, 2]])).cutOff]).toEqual([0, 2, 0]);
    expect([...cutPoints(graphOf(3, [[0, 2], [1, 2]])).cutOff]).toEqual([0, 0, 2]);
  });

  it('a hub with one spoke and a tail of three: the tail is the largest piece and the spoke alone is cut off', () => {
    // 0 – 1, 0 – 2 – 3 – 4: leaving 0 splits {1} from {2,3,4}.
    expect(cutPoints(graphOf(5, [[0, 1], [0, 2], [2, 3], [3, 4]])).cutOff[0]).toBe(1);
  });

  it('triangle: none; an isolate is in no piece', () => {
    const result = cutPoints(graphOf(4, [[0, 1], [1, 2], [0, 2]]));
    expect(result.articulationPoints.length).toBe(0);
    expect(result.bridges.length).toBe(0);
    expect([...result.pieces]).toEqual([1, 1, 1, 0]);
    expect([...result.componentSize]).toEqual([3, 3, 3, 1]);
  });

  it('two teams of 4 and 3 joined through one person: that person cuts off the smaller team', () => {
    // K4 {0,1,2,3} – 4 – triangle {5,6,7}
    const result = cutPoints(
      graphOf(8, [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [5, 7]]),
    );
    expect([...result.articulationPoints]).toEqual([3, 4, 5]);
    // 4 leaves {0,1,2,3} and {5,6,7}: 3 cut off; 5 leaves {0..4} and {6,7}: 2 cut off.
    expect([...result.cutOff]).toEqual([0, 0, 0, 3, 3, 2, 0, 0]);
    expect(pairs(result.bridges)).toEqual([[3, 4], [4, 5]]);
  });

  it('reads a directed network as undirected', () => {
    const result = cutPoints(digraphOf(3, [[0, 1], [2, 1]]));
    expect([...result.articulationPoints]).toEqual([1]);
  });

  it('needs no recursion: a path of 100 000 people', () => {
    const n = 100_000;
    const chain = Array.from({ length: n - 1 }, (_, i) => [i, i + 1]);
    const result = cutPoints(graphOf(n, chain));
    expect(result.articulationPoints.length).toBe(n - 2);
    expect(result.bridges.length).toBe(2 * (n - 1));
    expect(result.cutOff[n / 2]).toBe(n / 2 - 1);
    expect(result.cutOff[1]).toBe(1);
  });
});

describe.each(REFERENCES)('cut points match networkx on %s', (name) => {
  const reference = loadReference(name);
  it('articulation points, bridges, and the pieces left by removing each person (brute force)', () => {
    const result = cutPoints(undirectedOf(reference));
    expect([...result.articulationPoints]).toEqual(reference.undirected.articulationPoints);
    expect(pairs(result.bridges)).toEqual(reference.undirected.bridges);
    expect([...result.cutOff]).toEqual(reference.undirected.cutOff);
    expect([...result.pieces]).toEqual(reference.undirected.pieces);
  });
});
