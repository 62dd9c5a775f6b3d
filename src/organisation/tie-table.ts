/**
 * Ties as parallel typed arrays, sorted by (source, target). Undirected ties have
 * source < target; directed ties (arcs) keep the direction of the interactions.
 */
export interface TieTable {
  readonly length: number;
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Tie strength: the number of interactions, or the summed weight column. */
  readonly strength: Float64Array;
  /** Input rows aggregated into the tie. */
  readonly rows: Float64Array;
  /** Earliest and latest interaction (seconds since 1970 UTC), NaN when untimed. */
  readonly first: Float64Array;
  readonly last: Float64Array;
  /** Bit i set when the organisation's channel i was seen on this tie. */
  readonly channels: Uint32Array;
}

/** The index of the pair source → target in a table sorted by (source, target), or -1. */
export function findArc(arcs: TieTable, source: number, target: number): number {
  let low = 0;
  let high = arcs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const order = arcs.source[middle] - source || arcs.target[middle] - target;
    if (order === 0) return middle;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
