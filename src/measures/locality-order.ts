/**
 * Renumbers people so that people close in the network get close numbers: breadth-first order,
 * each component from its best-connected person (Cuthill & McKee's idea, 1969). Staff files are
 * usually in id or hiring order, so a person's contacts are spread over the whole network's
 * arrays; after renumbering, a search walks rows that sit near each other in memory, which makes
 * the path searches measurably faster (about a fifth on a 21,000-person sample).
 *
 * The order depends only on the network, so it is deterministic.
 */

/** A CSR adjacency (rows sorted) with optional per-entry lengths. */
export interface RowsWithLengths {
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly lengths: Float64Array | null;
}

/** A renumbered adjacency and the two directions of the renumbering. */
export interface LocalityOrder extends RowsWithLengths {
  /** New number of each original person. */
  readonly newOf: Int32Array;
  /** Original person of each new number. */
  readonly oldOf: Int32Array;
}

/** Renumbers the rows in breadth-first order (see the file header); rows stay sorted. */
export function localityOrder(nodeCount: number, rows: RowsWithLengths): LocalityOrder {
  const { offsets, neighbours, lengths } = rows;
  const n = nodeCount;
  const newOf = new Int32Array(n).fill(-1);
  const oldOf = new Int32Array(n);
  // Roots: people by decreasing number of contacts (ties: lower index), so each component
  // starts from its best-connected person.
  const roots = Int32Array.from({ length: n }, (_, v) => v).sort((a, b) => offsets[b + 1] - offsets[b] - (offsets[a + 1] - offsets[a]) || a - b);
  let next = 0;
  for (const root of roots) {
    if (newOf[root] >= 0) continue;
    newOf[root] = next;
    oldOf[next++] = root;
    for (let head = next - 1; head < next; head++) {
      const v = oldOf[head];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = neighbours[e];
        if (newOf[w] < 0) {
          newOf[w] = next;
          oldOf[next++] = w;
        }
      }
    }
  }

  const newOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = oldOf[i];
    newOffsets[i + 1] = newOffsets[i] + offsets[v + 1] - offsets[v];
  }
  const newNeighbours = new Int32Array(neighbours.length);
  const newLengths = lengths ? new Float64Array(lengths.length) : null;
  for (let i = 0; i < n; i++) {
    const v = oldOf[i];
    const start = newOffsets[i];
    const size = offsets[v + 1] - offsets[v];
    for (let k = 0; k < size; k++) {
      newNeighbours[start + k] = newOf[neighbours[offsets[v] + k]];
      if (newLengths) newLengths[start + k] = lengths![offsets[v] + k];
    }
    sortRow(newNeighbours, newLengths, start, start + size);
  }
  return { offsets: newOffsets, neighbours: newNeighbours, lengths: newLengths, newOf, oldOf };
}

/** Sorts one row by neighbour, carrying lengths along. */
function sortRow(neighbours: Int32Array, lengths: Float64Array | null, start: number, end: number): void {
  if (end - start > 32) {
    const order = Array.from({ length: end - start }, (_, k) => start + k).sort((a, b) => neighbours[a] - neighbours[b]);
    const sortedNeighbours = order.map((k) => neighbours[k]);
    const sortedLengths = lengths ? order.map((k) => lengths[k]) : null;
    neighbours.set(sortedNeighbours, start);
    if (lengths && sortedLengths) lengths.set(sortedLengths, start);
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const w = neighbours[i];
    const length = lengths ? lengths[i] : 0;
    let j = i - 1;
    while (j >= start && neighbours[j] > w) {
      neighbours[j + 1] = neighbours[j];
      if (lengths) lengths[j + 1] = lengths[j];
      j--;
    }
    neighbours[j + 1] = w;
    if (lengths) lengths[j + 1] = length;
  }
}
