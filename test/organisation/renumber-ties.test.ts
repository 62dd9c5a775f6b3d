/** Renumbering the people of a tie table keeps every tie's figures and sorts the ties again. */
import { describe, expect, it } from 'vitest';
import { renumberTies } from '../../src/organisation/renumber-ties.js';
import type { TieTable } from '../../src/organisation/tie-table.js';

function table(ties: readonly [number, number, number][]): TieTable {
  return {
    length: ties.length,
    source: Int32Array.from(ties, ([s]) => s),
    target: Int32Array.from(ties, ([, t]) => t),
    strength: Float64Array.from(ties, ([, , w]) => w),
    rows: Float64Array.from(ties, ([, , w]) => w + 100),
    first: Float64Array.from(ties, ([, , w]) => w * 10),
    last: Float64Array.from(ties, ([, , w]) => w * 20),
    channels: Uint32Array.from(ties, ([, , w]) => w % 4),
  };
}

const rows = (t: TieTable) => Array.from({ length: t.length }, (_, i) => [t.source[i], t.target[i], t.strength[i], t.rows[i], t.first[i], t.last[i], t.channels[i]]);

describe('renumberTies', () => {
  // People 0, 1, 2, 3 become 2, 0, 3, 1.
  const newIndexOf = Int32Array.from([2, 0, 3, 1]);

  it('keeps an undirected tie source < target and sorts the ties by (source, target)', () => {
    const renumbered = renumberTies(table([[0, 1, 1], [0, 2, 2], [1, 3, 3], [2, 3, 4]]), newIndexOf, true);
    expect(rows(renumbered)).toEqual([
      [0, 1, 3, 103, 30, 60, 3],
      [0, 2, 1, 101, 10, 20, 1],
      [1, 3, 4, 104, 40, 80, 0],
      [2, 3, 2, 102, 20, 40, 2],
    ]);
  });

  it('keeps the direction of arcs', () => {
    const renumbered = renumberTies(table([[0, 1, 1], [1, 0, 2], [3, 2, 3]]), newIndexOf, false);
    expect(rows(renumbered).map(([s, t, w]) => [s, t, w])).toEqual([[0, 2, 2], [1, 3, 3], [2, 0, 1]]);
  });
});
