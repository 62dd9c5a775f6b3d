/**
 * One shortest-path search per source, shared by betweenness, closeness and harmonic centrality:
 * chooses which sums to keep, gives ties their lengths, runs the searches (path-workers.ts) and
 * hands back each sum over all sources.
 */
import type { Adjacency, CompactGraph } from '../organisation/compact-graph.js';
import { localityOrder } from './locality-order.js';
import type { PathSlots } from './path-kernel.js';
import { runPathSearches, sumUnits, type PathProgress, type ThreadCount } from './path-workers.js';

/** Which sums a caller needs. */
export interface WantedSums {
  readonly dependency?: boolean;
  readonly dependencySquares?: boolean;
  /** Reached, distance and inverse-distance sums (closeness and harmonic). */
  readonly distances?: boolean;
  /** Their squares (sampled estimates' standard errors). */
  readonly distanceSquares?: boolean;
}

/** Numbers the wanted sums 0, 1, … in a fixed order; -1 for the others. */
export function pathSlots(want: WantedSums): PathSlots {
  let count = 0;
  const next = (wanted: boolean | undefined) => (wanted ? count++ : -1);
  const dependency = next(want.dependency || want.dependencySquares);
  const dependencySquares = next(want.dependencySquares);
  const reached = next(want.distances || want.distanceSquares);
  const distance = reached >= 0 ? count++ : -1;
  const inverse = reached >= 0 ? count++ : -1;
  const distanceSquares = next(want.distanceSquares);
  const inverseSquares = distanceSquares >= 0 ? count++ : -1;
  return { dependency, dependencySquares, reached, distance, distanceSquares, inverse, inverseSquares, count };
}

/** The sums of a finished set of searches. */
export interface SearchedPaths {
  /** A slot's per-person sum over every source; null when the slot was not computed. */
  get(slot: number): Float64Array | null;
  /** Threads that did the searches. */
  readonly threads: number;
}

/**
 * Searches from every source along the graph's forward (out-) ties, unweighted or with
 * length = 1 / strength, and sums what `slots` asks for. The searches run on the network
 * renumbered for locality (locality-order.ts); the sums come back in the original numbering.
 * `estimate` marks sampled sources: on an undirected network the dependencies are then
 * linearly scaled (see PathTask.linearScaling). `onProgress` is told the share searched.
 */
export function searchPaths(
  graph: CompactGraph,
  weighted: boolean,
  sources: Int32Array,
  slots: PathSlots,
  threads: ThreadCount,
  estimate = false,
  onProgress?: PathProgress,
): SearchedPaths {
  const n = graph.nodeCount;
  const adjacency = graph.out;
  const ordered = localityOrder(n, { offsets: adjacency.offsets, neighbours: adjacency.neighbours, lengths: weighted ? tieLengths(adjacency) : null });
  const sums = runPathSearches(
    {
      nodeCount: n,
      offsets: ordered.offsets,
      neighbours: ordered.neighbours,
      lengths: ordered.lengths,
      sources: sources.map((source) => ordered.newOf[source]),
      // Every person once as a source on a symmetric network: see PathTask.distancesOnSource.
      distancesOnSource: !graph.directed && sources.length === n && slots.distanceSquares < 0,
      linearScaling: estimate && !graph.directed,
      slots,
    },
    threads,
    onProgress,
  );
  const get = (slot: number): Float64Array | null => {
    const renumbered = sumUnits(sums, slot);
    if (renumbered === null) return null;
    const values = new Float64Array(n);
    for (let v = 0; v < n; v++) values[v] = renumbered[ordered.newOf[v]];
    return values;
  };
  return { get, threads: sums.threads };
}

/**
 * The length of each adjacency entry for weighted path measures: 1 / strength (DESIGN.md §5).
 * Entries whose strength is not positive get Infinity, so searches never cross them.
 */
export function tieLengths(adjacency: Adjacency): Float64Array {
  const { strengths } = adjacency;
  const lengths = new Float64Array(strengths.length);
  for (let e = 0; e < strengths.length; e++) {
    const s = strengths[e];
    lengths[e] = s > 0 ? 1 / s : Infinity;
  }
  return lengths;
}
