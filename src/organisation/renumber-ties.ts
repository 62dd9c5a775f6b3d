/**
 * A tie table with its people renumbered: each tie's ends become their new indices, and the ties
 * are sorted by (source, target) again, as an organisation holds them. Pseudonymisation uses it to
 * list people in the order of their pseudonyms (privacy/pseudonymise.ts).
 */
import type { TieTable } from './tie-table.js';

/**
 * The ties with person v renumbered `newIndexOf[v]`; an undirected table keeps source < target.
 * Two stable counting sorts (by target, then by source) put them in order in O(people + ties).
 */
export function renumberTies(table: TieTable, newIndexOf: Int32Array, undirected: boolean): TieTable {
  const n = table.length;
  const source = new Int32Array(n);
  const target = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = newIndexOf[table.source[i]];
    const b = newIndexOf[table.target[i]];
    const swap = undirected && a > b;
    source[i] = swap ? b : a;
    target[i] = swap ? a : b;
  }
  const byTarget = countingSort(Int32Array.from({ length: n }, (_, i) => i), target, newIndexOf.length);
  const order = countingSort(byTarget, source, newIndexOf.length);
  return {
    length: n,
    source: gather(source, order),
    target: gather(target, order),
    strength: gather(table.strength, order),
    rows: gather(table.rows, order),
    first: gather(table.first, order),
    last: gather(table.last, order),
    channels: gather(table.channels, order),
  };
}

/** `items` stably sorted by `key[item]`, a person's index below `nodeCount`. */
function countingSort(items: Int32Array, key: Int32Array, nodeCount: number): Int32Array {
  const start = new Int32Array(nodeCount + 1);
  for (const item of items) start[key[item] + 1]++;
  for (let v = 0; v < nodeCount; v++) start[v + 1] += start[v];
  const sorted = new Int32Array(items.length);
  for (const item of items) sorted[start[key[item]]++] = item;
  return sorted;
}

function gather<T extends Int32Array | Float64Array | Uint32Array>(values: T, order: Int32Array): T {
  const out = new (values.constructor as new (length: number) => T)(order.length);
  for (let i = 0; i < order.length; i++) out[i] = values[order[i]];
  return out;
}
