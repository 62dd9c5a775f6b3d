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
