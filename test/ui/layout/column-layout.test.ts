/** Columns fit the width: lowest priority hidden first, spare width shared by the growing ones. */
import { describe, expect, it } from 'vitest';
import { layoutColumns } from '../../../src/ui/layout/column-layout.js';

const columns = [
  { width: 10, grow: 2, priority: 100 }, // name
  { width: 5, priority: 5 }, // id
  { width: 8, grow: 1, priority: 90 }, // team
  { width: 6, priority: 50 }, // figure
];

describe('layoutColumns', () => {
  it('shows every column and shares the spare width 2:1 when there is room', () => {
    // needed 10 + 5 + 8 + 6 + 3 gaps = 32; spare 40 - 32 = 8 → 5 (floor 16/3) and 2, leftover 1 to the first grower
    expect(layoutColumns(columns, 40)).toEqual([
      { index: 0, width: 16 },
      { index: 1, width: 5 },
      { index: 2, width: 10 },
      { index: 3, width: 6 },
    ]);
  });
  it('uses exactly the width given', () => {
    for (const total of [32, 33, 47, 80, 160]) {
      const placed = layoutColumns(columns, total);
      expect(placed.reduce((sum, c) => sum + c.width, 0) + placed.length - 1).toBe(total);
    }
  });
  it('hides the lowest-priority column first when too narrow', () => {
    // 31 cells: without the id column, 10 + 8 + 6 + 2 = 26 fits; spare 5 → 3 and 1, leftover 1
    expect(layoutColumns(columns, 31).map((c) => c.index)).toEqual([0, 2, 3]);
    expect(layoutColumns(columns, 24).map((c) => c.index)).toEqual([0, 2]);
    expect(layoutColumns(columns, 15).map((c) => c.index)).toEqual([0]);
  });
  it('keeps a narrower, less important column that fits once a wider one is hidden', () => {
    // 25 cells: name and team take 19; the figure (6) does not fit beside them, the id (5) does.
    expect(layoutColumns(columns, 25)).toEqual([
      { index: 0, width: 10 },
      { index: 1, width: 5 },
      { index: 2, width: 8 },
    ]);
  });
  it('squeezes the last column left when even it does not fit', () => {
    expect(layoutColumns(columns, 7)).toEqual([{ index: 0, width: 7 }]);
  });
  it('stops a column at its maximum and gives the rest to the others', () => {
    const capped = [
      { width: 10, grow: 3, max: 12, priority: 100 },
      { width: 10, grow: 1, priority: 90 },
    ];
    // spare 50 - 21 = 29: the first would take 21 but stops at +2; the second takes the other 27
    expect(layoutColumns(capped, 50)).toEqual([
      { index: 0, width: 12 },
      { index: 1, width: 37 },
    ]);
    expect(layoutColumns([{ width: 10, grow: 1, max: 15, priority: 1 }], 40)).toEqual([{ index: 0, width: 15 }]);
  });
  it('leaves spare width unused when no column grows', () => {
    expect(layoutColumns([{ width: 4, priority: 1 }, { width: 4, priority: 2 }], 20)).toEqual([
      { index: 0, width: 4 },
      { index: 1, width: 4 },
    ]);
  });
  it('takes a column in its narrow form where it does not fit whole, and widens it before lesser columns', () => {
    const judged = [
      { width: 10, priority: 100 }, // kind
      { width: 6, priority: 85 }, // change
      { width: 12, priority: 90, narrow: { width: 4, widenPriority: 80 } }, // judgement
      { width: 6, priority: 70 }, // normal
    ];
    // Whole at 31: 10 + 6 + 12 + 3 gaps; the normal column (70) does not take the judgement's room (80).
    expect(layoutColumns(judged, 31)).toEqual([
      { index: 0, width: 10 },
      { index: 1, width: 6 },
      { index: 2, width: 12 },
    ]);
    // At 22 the judgement is narrow rather than hidden, beside the change.
    expect(layoutColumns(judged, 22)).toEqual([
      { index: 0, width: 10 },
      { index: 1, width: 6 },
      { index: 2, width: 4, narrow: true },
    ]);
    // At 16 it is kept, narrow, before the change (85 < 90).
    expect(layoutColumns(judged, 16)).toEqual([
      { index: 0, width: 10 },
      { index: 2, width: 4, narrow: true },
    ]);
  });
});
