import { describe, expect, it } from 'vitest';
import { undirectedView } from '../../src/measures/undirected-view.js';
import { digraphOf, graphOf } from './reference.js';

const rows = (view: ReturnType<typeof undirectedView>) =>
  Array.from({ length: view.offsets.length - 1 }, (_, v) =>
    Array.from({ length: view.offsets[v + 1] - view.offsets[v] }, (_, k) => [view.neighbours[view.offsets[v] + k], view.strengths[view.offsets[v] + k]]),
  );

describe('undirected view', () => {
  it('is the network itself when it is already undirected and simple', () => {
    const g = graphOf(3, [[0, 1, 2], [1, 2, 3]]);
    expect(undirectedView(g)).toBe(g.out);
  });

  it('merges both directions of a directed network, summing strengths', () => {
    const view = undirectedView(digraphOf(4, [[0, 1, 2], [1, 0, 3], [2, 0, 4], [0, 0, 9]]));
    expect(rows(view)).toEqual([[[1, 5], [2, 4]], [[0, 5]], [[0, 4]], []]);
  });

  it('counts directions when strengths are ignored', () => {
    const view = undirectedView(digraphOf(3, [[0, 1, 2], [1, 0, 3], [2, 0, 4]]), { unitStrengths: true });
    expect(rows(view)).toEqual([[[1, 2], [2, 1]], [[0, 2]], [[0, 1]]]);
  });

  it('drops self-ties from an undirected network', () => {
    expect(rows(undirectedView(graphOf(2, [[0, 0, 5], [0, 1, 1]])))).toEqual([[[1, 1]], [[0, 1]]]);
  });
});
