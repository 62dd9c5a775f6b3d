/**
 * Single-source shortest paths shared by betweenness, closeness and harmonic centrality:
 * breadth-first search on the unweighted network, Dijkstra (1959) with an indexed binary heap
 * when every tie has a length. Path counts are Float64 (never 32-bit integers, which wrap on large
 * networks). All state lives in a reusable {@link PathWorkspace}; a search touches, and a reset
 * clears, only the people it reached, so n searches cost O(n·m) and allocate nothing.
 *
 * Equal lengths are compared exactly (`===`), as networkx does: two routes whose summed lengths
 * differ in the last bit are different lengths.
 */

import type { Adjacency } from '../organisation/compact-graph.js';

/** Min-heap of people keyed by a distance array, with decrease-key. Ties break on the lower index. */
export class IndexedMinHeap {
  private readonly items: Int32Array;
  private readonly position: Int32Array;
  private count = 0;

  constructor(
    capacity: number,
    private readonly keys: Float64Array,
  ) {
    this.items = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  /** Number of people in the heap. */
  get size(): number {
    return this.count;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a];
    const kb = this.keys[b];
    return ka < kb || (ka === kb && a < b);
  }

  /** Inserts `v`, or restores heap order after its key decreased. */
  pushOrDecrease(v: number): void {
    let i = this.position[v];
    if (i < 0) {
      i = this.count++;
      this.items[i] = v;
      this.position[v] = i;
    }
    this.siftUp(i);
  }

  /** Removes and returns the person with the smallest key. The heap must not be empty. */
  pop(): number {
    const items = this.items;
    const top = items[0];
    this.position[top] = -1;
    const last = items[--this.count];
    if (this.count > 0) {
      items[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(i: number): void {
    const items = this.items;
    const position = this.position;
    const v = items[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent];
      if (!this.less(v, p)) break;
      items[i] = p;
      position[p] = i;
      i = parent;
    }
    items[i] = v;
    position[v] = i;
  }

  private siftDown(i: number): void {
    const items = this.items;
    const position = this.position;
    const n = this.count;
    const v = items[i];
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.less(items[child + 1], items[child])) child++;
      const c = items[child];
      if (!this.less(c, v)) break;
      items[i] = c;
      position[c] = i;
      i = child;
    }
    items[i] = v;
    position[v] = i;
  }
}

/** Reusable per-search state. Between searches every `dist` is Infinity, `sigma` 0, `rank` -1. */
export interface PathWorkspace {
  /** People reached by the last search, in the order they were settled (nondecreasing distance). */
  readonly order: Int32Array;
  /** Distance from the source; Infinity when not reached. */
  readonly dist: Float64Array;
  /** Number of shortest paths from the source (only when the workspace counts paths). */
  readonly sigma: Float64Array | null;
  /** Position in `order` once settled, -1 before (Dijkstra only). */
  readonly rank: Int32Array | null;
  readonly heap: IndexedMinHeap | null;
}

/**
 * Allocates a workspace for searches over `nodeCount` people.
 * @param countPaths - also count shortest paths (betweenness needs them).
 * @param weighted - searches will use tie lengths (Dijkstra).
 */
export function createWorkspace(nodeCount: number, countPaths: boolean, weighted: boolean): PathWorkspace {
  const dist = new Float64Array(nodeCount).fill(Infinity);
  return {
    order: new Int32Array(nodeCount),
    dist,
    sigma: countPaths ? new Float64Array(nodeCount) : null,
    rank: weighted ? new Int32Array(nodeCount).fill(-1) : null,
    heap: weighted ? new IndexedMinHeap(nodeCount, dist) : null,
  };
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

/**
 * Runs one search from `source` along `adjacency` rows (breadth-first when `lengths` is null,
 * Dijkstra otherwise), filling the workspace. Returns how many people were reached (the source
 * included); they are `order[0 .. count)`. Call {@link clearWorkspace} before the next search.
 */
export function searchFrom(adjacency: Adjacency, lengths: Float64Array | null, source: number, ws: PathWorkspace): number {
  return lengths === null ? breadthFirst(adjacency, source, ws) : dijkstra(adjacency, lengths, source, ws);
}

function breadthFirst(adjacency: Adjacency, source: number, ws: PathWorkspace): number {
  const { offsets, neighbours } = adjacency;
  const { order, dist, sigma } = ws;
  dist[source] = 0;
  order[0] = source;
  let head = 0;
  let tail = 1;
  if (sigma !== null) {
    sigma[source] = 1;
    while (head < tail) {
      const v = order[head++];
      const next = dist[v] + 1;
      const sv = sigma[v];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = neighbours[e];
        const dw = dist[w];
        if (dw === Infinity) {
          dist[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
        } else if (dw === next) {
          sigma[w] += sv;
        }
      }
    }
  } else {
    while (head < tail) {
      const v = order[head++];
      const next = dist[v] + 1;
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = neighbours[e];
        if (dist[w] === Infinity) {
          dist[w] = next;
          order[tail++] = w;
        }
      }
    }
  }
  return tail;
}

function dijkstra(adjacency: Adjacency, lengths: Float64Array, source: number, ws: PathWorkspace): number {
  const { offsets, neighbours } = adjacency;
  const { order, dist, sigma } = ws;
  const rank = ws.rank!;
  const heap = ws.heap!;
  dist[source] = 0;
  if (sigma !== null) sigma[source] = 1;
  heap.pushOrDecrease(source);
  let count = 0;
  while (heap.size > 0) {
    const v = heap.pop();
    rank[v] = count;
    order[count++] = v;
    const dv = dist[v];
    const sv = sigma === null ? 0 : sigma[v];
    for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
      const w = neighbours[e];
      if (rank[w] >= 0) continue; // settled (networkx: `w not in D`)
      const candidate = dv + lengths[e];
      const dw = dist[w];
      if (candidate < dw) {
        dist[w] = candidate;
        if (sigma !== null) sigma[w] = sv;
        heap.pushOrDecrease(w);
      } else if (candidate === dw && sigma !== null && candidate !== Infinity) {
        sigma[w] += sv;
      }
    }
  }
  return count;
}

/** Resets what the last search (which reached `count` people) wrote. */
export function clearWorkspace(ws: PathWorkspace, count: number): void {
  const { order, dist, sigma, rank } = ws;
  for (let i = 0; i < count; i++) {
    const v = order[i];
    dist[v] = Infinity;
    if (sigma !== null) sigma[v] = 0;
    if (rank !== null) rank[v] = -1;
  }
}
