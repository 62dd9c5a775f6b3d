/**
 * An adjacency matrix read as undirected: it must be symmetric, and each tie is taken once, its
 * strength the cell's value (not the two cells summed, which would count every tie twice).
 */
import { InputError } from '../errors.js';
import { findArc } from '../organisation/tie-table.js';
import { addSums, allocatePairs, copyPair, truncatePairs, type SortedPairs } from './sorted-pairs.js';

/** Where a cell is in the file. */
export interface CellPlace {
  readonly line: number;
  readonly column: number;
}

/**
 * The pairs of a symmetric matrix's cells (read as arcs row → column) as one pair per tie, lower
 * person first, holding the rows (cells) of both; an asymmetric matrix is a BAD_MATRIX error at
 * the first cell in reading order that differs from its mirror.
 */
export function foldSymmetricMatrix(cells: SortedPairs, cellAt: (row: number, column: number) => CellPlace, file: string): SortedPairs {
  refuseAsymmetric(cells, cellAt, file);
  const ties = allocatePairs(cells.length >> 1);
  let k = 0;
  for (let a = 0; a < cells.length; a++) {
    if (cells.source[a] > cells.target[a]) continue;
    copyPair(ties, k, cells, a);
    // Both cells were read and used: the tie holds both, at the strength of one.
    const mirror = findArc(cells, cells.target[a], cells.source[a]);
    addSums(ties, k, 0, cells.rows[mirror], NaN, NaN, 0, cells.firstLine[mirror]);
    k++;
  }
  return truncatePairs(ties, k);
}

/** Throws at the first cell, in reading order, whose mirror holds another value (an empty cell is 0). */
function refuseAsymmetric(cells: SortedPairs, cellAt: (row: number, column: number) => CellPlace, file: string): void {
  let first: { cell: CellPlace; value: number; mirror: CellPlace; mirrorValue: number } | undefined;
  for (let a = 0; a < cells.length; a++) {
    const row = cells.source[a];
    const column = cells.target[a];
    const mirror = findArc(cells, column, row);
    const mirrorValue = mirror < 0 ? 0 : cells.strength[mirror];
    if (mirrorValue === cells.strength[a]) continue;
    // Each differing pair is met from its non-empty cells: the earlier of its two is the one named.
    const here = { cell: cellAt(row, column), value: cells.strength[a], mirror: cellAt(column, row), mirrorValue };
    const earlier = before(here.cell, here.mirror) ? here : { cell: here.mirror, value: mirrorValue, mirror: here.cell, mirrorValue: here.value };
    if (!first || before(earlier.cell, first.cell)) first = earlier;
  }
  if (!first) return;
  const { cell, value, mirror, mirrorValue } = first;
  throw new InputError('BAD_MATRIX',
    `the matrix is not symmetric, as an undirected one is: line ${cell.line}, column ${cell.column} holds ${value}, but its mirror at line ${mirror.line}, column ${mirror.column} holds ${mirrorValue}`,
    { file, line: cell.line, column: cell.column },
    'give both cells of each pair the same value, or leave out --undirected to read the matrix as directed (row to column)');
}

/** Whether cell `a` comes before cell `b` in the file. */
function before(a: CellPlace, b: CellPlace): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}
