/**
 * The inner loop of betweenness, closeness and harmonic centrality: one shortest-path search per
 * source (breadth-first, or Dijkstra when ties have lengths), then Brandes' dependency
 * accumulation and the distance sums, all from the same search.
 *
 * Brandes, U. (2001), "A faster algorithm for betweenness centrality", J. Math. Sociology
 * 25(2):163–177. Dependencies are *pulled* from successors: walking people in order of
 * nonincreasing distance, δ(v) = σ(v) · Σ_{w: v ∈ P(w)} (1 + δ(w)) / σ(w) over v's out-neighbours
 * w one step further from the source, so each person is written once per search and only the
 * forward adjacency is needed. The breadth-first search records each person's successors as it
 * finds them (a contiguous run per person, in search order), so the backward walk reads only the
 * ties of the shortest-path graph, with no distance test.
 *
 * The sources are cut into `unitCount` fixed units; whoever runs the kernel claims units one at a
 * time with an atomic counter and writes each unit's sums to its own slice of `output`. The same
 * function runs on the calling thread and, from its source text, in worker threads
 * (path-workers.ts), so it must stay self-contained: no imports, no module-level names, nothing but
 * its argument. Which thread computes a unit never changes the unit's numbers, and the caller adds
 * the units in unit order: the results are bit-for-bit the same with any number of threads.
 *
 * Path counts are Float64 (32-bit integers wrap on large networks). Weighted lengths are equal
 * when they differ by at most a relative 1e-10 (see TIE below): exact `===`, as float networkx
 * uses, misses tied routes whose sums round differently (1/2 + 1/12 ≠ 1/3 + 1/4 in Float64).
 */

/** Where each sum lives inside one unit's slice of the output (-1: not computed). */
export interface PathSlots {
  /** Σ_s δ_s(v): Brandes dependencies. */
  readonly dependency: number;
  /** Σ_s δ_s(v)² (sampled betweenness' standard error). */
  readonly dependencySquares: number;
  /** Sources that reach v. */
  readonly reached: number;
  /** Σ_s d(s, v) over sources that reach v. */
  readonly distance: number;
  /** Σ_s d(s, v)². */
  readonly distanceSquares: number;
  /** Σ_s 1 / d(s, v). */
  readonly inverse: number;
  /** Σ_s 1 / d(s, v)². */
  readonly inverseSquares: number;
  /** Number of slots: each unit's slice is `count × nodeCount` long, person by person (slot s of person v at `v × count + s`). */
  readonly count: number;
}

/** What to search: the forward adjacency, tie lengths (null: count steps), the sources, and what to sum. */
export interface PathSearch {
  readonly nodeCount: number;
  /** Forward (out-) adjacency in CSR form. */
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** Length of each adjacency entry (Dijkstra), or null to count steps (breadth-first). */
  readonly lengths: Float64Array | null;
  readonly sources: Int32Array;
  /**
   * The distance sums may be kept on the source instead of on each target: Σ_s d(s, v) equals
   * Σ_t d(v, t) when distances are symmetric (undirected) and every person is a source. That
   * replaces a scattered write per person reached with one per search.
   */
  readonly distancesOnSource: boolean;
  /**
   * Sampled betweenness on a symmetric network: weight each source's dependency on v by
   * d(s, v) / d(s, t) (Geisberger, Sanders & Schultes 2008, "Better approximation of betweenness
   * centrality", ALENEX), doubled so that the sum over all sources is still the exact one. People
   * near a sampled source are then not overestimated, which ranks the top people far better.
   */
  readonly linearScaling: boolean;
  readonly slots: PathSlots;
}

/** Everything the kernel reads and writes; every array may live in shared memory. */
export interface PathTask extends PathSearch {
  readonly unitCount: number;
  /**
   * `unitCount × nodeCount × slots.count` sums, zero on entry: a person's sums sit together, so a
   * search that reaches them touches one cache line rather than one per sum.
   */
  readonly output: Float64Array;
  /** {@link CONTROL_WORDS} words: [next unit to claim, units finished, failed flag, events, sources searched]: see path-workers.ts. */
  readonly control: Int32Array;
}

/** Control word indices (runPathUnits writes them as numbers: its text is run without this module). */
export const NEXT_UNIT = 0;
export const UNITS_DONE = 1;
export const FAILED = 2;
export const EVENTS = 3;
/** Sources searched so far by every thread: progress only, it changes no result. */
export const SOURCES_DONE = 4;
export const CONTROL_WORDS = 5;

/**
 * Claims units until none are left and computes each into its slice of `task.output`.
 * Self-contained: its source text is run as is in worker threads. `afterSource`, given on the
 * calling thread only, runs after each search, so that it can report progress.
 */
export function runPathUnits(task: PathTask, afterSource?: () => void): void {
  const n = task.nodeCount;
  const offsets = task.offsets;
  const neighbours = task.neighbours;
  const lengths = task.lengths;
  const sources = task.sources;
  const unitCount = task.unitCount;
  const slots = task.slots;
  const output = task.output;
  const control = task.control;
  const onSource = task.distancesOnSource;
  const linear = task.linearScaling;
  const sourceCount = sources.length;
  const weighted = lengths !== null;

  // People reached by the current search, in the order they were settled.
  const order = new Int32Array(n);
  const sigma = new Float64Array(n);
  // (1 + δ(w)) / σ(w) of people already accumulated in the current search.
  const coefficient = new Float64Array(n);
  // Breadth-first: steps from the source (-1: not reached); each reached person's successors
  // are successors[successorStart[i] .. successorStart[i + 1]) for the person at order[i].
  const steps = weighted ? new Int32Array(0) : new Int32Array(n).fill(-1);
  const successors = weighted ? new Int32Array(0) : new Int32Array(neighbours.length);
  const successorStart = weighted ? new Int32Array(0) : new Int32Array(n + 1);
  // Dijkstra: distance (Infinity: not reached), settle rank (-1 before), an indexed min-heap.
  const distance = weighted ? new Float64Array(n).fill(Infinity) : new Float64Array(0);
  const rank = weighted ? new Int32Array(n).fill(-1) : new Int32Array(0);
  const heap = weighted ? new Int32Array(n) : new Int32Array(0);
  const heapPosition = weighted ? new Int32Array(n).fill(-1) : new Int32Array(0);
  let heapSize = 0;
  // Two weighted lengths are the same when |a − b| ≤ TIE·b (igraph's IGRAPH_SHORTEST_PATH_EPSILON).
  // Each 1/strength and each addition along a path rounds by at most 2⁻⁵³ ≈ 1.1e-16 relative,
  // with no cancellation (lengths are positive), so a route of h ties is within about
  // 2h·1.1e-16 of its exact length and two tied routes within 4h·1.1e-16 of each other: 1e-10
  // keeps routes of up to ~200,000 ties together, while truly different lengths are rarely that
  // close with everyday strengths.
  // (Kept inside the function: the kernel must be self-contained, see the header.)
  const TIE = 1e-10;

  // Heap order: smaller distance first, ties on the lower index (a deterministic settle order).
  const before = (a: number, b: number): boolean => {
    const da = distance[a];
    const db = distance[b];
    return da < db || (da === db && a < b);
  };
  const siftUp = (i: number): void => {
    const v = heap[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (!before(v, p)) break;
      heap[i] = p;
      heapPosition[p] = i;
      i = parent;
    }
    heap[i] = v;
    heapPosition[v] = i;
  };
  const popMin = (): number => {
    const top = heap[0];
    heapPosition[top] = -1;
    heapSize--;
    if (heapSize > 0) {
      const v = heap[heapSize];
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= heapSize) break;
        if (child + 1 < heapSize && before(heap[child + 1], heap[child])) child++;
        const c = heap[child];
        if (!before(c, v)) break;
        heap[i] = c;
        heapPosition[c] = i;
        i = child;
      }
      heap[i] = v;
      heapPosition[v] = i;
    }
    return top;
  };

  /** Breadth-first search from s, distances only (closeness and harmonic); returns people reached. */
  const stepsOnly = (s: number): number => {
    steps[s] = 0;
    order[0] = s;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = order[head];
      const next = steps[v] + 1;
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = neighbours[e];
        if (steps[w] < 0) {
          steps[w] = next;
          order[tail++] = w;
        }
      }
    }
    return tail;
  };

  /** Breadth-first search from s, counting paths and recording successors; returns people reached. */
  const breadthFirst = (s: number): number => {
    steps[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let tail = 1;
    let stored = 0;
    for (let head = 0; head < tail; head++) {
      const v = order[head];
      const next = steps[v] + 1;
      const sv = sigma[v];
      successorStart[head] = stored;
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = neighbours[e];
        const sw = steps[w];
        if (sw < 0) {
          steps[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
          successors[stored++] = w;
        } else if (sw === next) {
          sigma[w] += sv;
          successors[stored++] = w;
        }
      }
    }
    successorStart[tail] = stored;
    return tail;
  };

  /** Dijkstra from s (networkx's path counting); returns the number of people settled. */
  const dijkstra = (s: number): number => {
    const length = lengths!;
    distance[s] = 0;
    sigma[s] = 1;
    heap[0] = s;
    heapPosition[s] = 0;
    heapSize = 1;
    let count = 0;
    while (heapSize > 0) {
      const v = popMin();
      rank[v] = count;
      order[count++] = v;
      const dv = distance[v];
      const sv = sigma[v];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = neighbours[e];
        if (rank[w] >= 0) continue; // settled
        const candidate = dv + length[e];
        const dw = distance[w];
        if (dw === Infinity) {
          if (candidate === Infinity) continue; // a tie of strength ≤ 0: never crossed
          distance[w] = candidate;
          sigma[w] = sv;
          const at = heapSize++;
          heap[at] = w;
          heapPosition[w] = at;
          siftUp(at);
          continue;
        }
        // Shorter only by more than the tolerance; within it, another shortest route. distance[w]
        // keeps the first of tied lengths, and the accumulation below repeats this test against
        // it, so it finds the predecessors counted here (barring lengths within 1e-10 of two
        // others that are not within it of each other, which the tolerance cannot order).
        const gap = candidate - dw;
        const slack = dw * TIE;
        if (gap < -slack) {
          distance[w] = candidate;
          sigma[w] = sv;
          siftUp(heapPosition[w]);
        } else if (gap <= slack) {
          sigma[w] += sv;
        }
      }
    }
    return count;
  };

  for (;;) {
    // Control words by number, as this function's text runs in workers without its module: 0 is NEXT_UNIT.
    const unit = Atomics.add(control, 0, 1);
    if (unit >= unitCount) break;
    const stride = slots.count;
    const base = unit * stride * n;
    // Output index of person v's sum in a slot: base + v * stride + slot (-1 for absent slots).
    const dependencyAt = slots.dependency >= 0 ? base + slots.dependency : -1;
    const dependencySquaresAt = slots.dependencySquares >= 0 ? base + slots.dependencySquares : -1;
    const reachedAt = slots.reached >= 0 ? base + slots.reached : -1;
    const distanceAt = base + slots.distance;
    const distanceSquaresAt = slots.distanceSquares >= 0 ? base + slots.distanceSquares : -1;
    const inverseAt = base + slots.inverse;
    const inverseSquaresAt = slots.inverseSquares >= 0 ? base + slots.inverseSquares : -1;
    const scatterDistances = reachedAt >= 0 && !onSource;
    const first = Math.floor((unit * sourceCount) / unitCount);
    const last = Math.floor(((unit + 1) * sourceCount) / unitCount);

    for (let k = first; k < last; k++) {
      const source = sources[k];
      const count = weighted ? dijkstra(source) : dependencyAt >= 0 ? breadthFirst(source) : stepsOnly(source);
      // People in order of nonincreasing distance; the source (order[0]) gets nothing.
      if (dependencyAt >= 0) {
        for (let i = count - 1; i > 0; i--) {
          const v = order[i];
          let pulled = 0;
          if (weighted) {
            const dv = distance[v];
            const rv = rank[v];
            for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
              const w = neighbours[e];
              // v precedes w when w was settled later (as Dijkstra only adds to unsettled people)
              // and v's route to w ties w's distance within the tolerance, as tested there.
              if (rank[w] > rv) {
                const dw = distance[w];
                if (Math.abs(dv + lengths![e] - dw) <= dw * TIE) pulled += coefficient[w];
              }
            }
          } else {
            for (let j = successorStart[i], end = successorStart[i + 1]; j < end; j++) pulled += coefficient[successors[j]];
          }
          const sv = sigma[v];
          let dependency = sv * pulled;
          if (linear) {
            // Accumulate Σ_t σ_st(v)/σ_st / d(s, t), then scale by 2·d(s, v) (see linearScaling).
            const dv = weighted ? distance[v] : steps[v];
            coefficient[v] = (1 / dv + dependency) / sv;
            dependency *= 2 * dv;
          } else {
            coefficient[v] = (1 + dependency) / sv;
          }
          const at = v * stride;
          output[dependencyAt + at] += dependency;
          if (dependencySquaresAt >= 0) output[dependencySquaresAt + at] += dependency * dependency;
          if (scatterDistances) {
            // The same person's distance sums, while their cache line is at hand.
            const d = weighted ? distance[v] : steps[v];
            output[reachedAt + at] += 1;
            output[distanceAt + at] += d;
            output[inverseAt + at] += 1 / d;
            if (distanceSquaresAt >= 0) output[distanceSquaresAt + at] += d * d;
            if (inverseSquaresAt >= 0) output[inverseSquaresAt + at] += 1 / (d * d);
          }
        }
      }
      if (reachedAt >= 0 && !(scatterDistances && dependencyAt >= 0)) {
        if (onSource) {
          let distanceSum = 0;
          let inverseSum = 0;
          for (let i = 1; i < count; i++) {
            const d = weighted ? distance[order[i]] : steps[order[i]];
            distanceSum += d;
            inverseSum += 1 / d;
          }
          const at = source * stride;
          output[reachedAt + at] += count - 1;
          output[distanceAt + at] += distanceSum;
          output[inverseAt + at] += inverseSum;
        } else {
          for (let i = 1; i < count; i++) {
            const v = order[i];
            const d = weighted ? distance[v] : steps[v];
            const at = v * stride;
            output[reachedAt + at] += 1;
            output[distanceAt + at] += d;
            output[inverseAt + at] += 1 / d;
            if (distanceSquaresAt >= 0) output[distanceSquaresAt + at] += d * d;
            if (inverseSquaresAt >= 0) output[inverseSquaresAt + at] += 1 / (d * d);
          }
        }
      }
      // Reset what this search wrote (only the people it reached).
      if (weighted) {
        for (let i = 0; i < count; i++) {
          const v = order[i];
          distance[v] = Infinity;
          rank[v] = -1;
        }
      } else {
        for (let i = 0; i < count; i++) steps[order[i]] = -1;
      }
      Atomics.add(control, 4, 1); // SOURCES_DONE
      if (afterSource !== undefined) afterSource();
    }
    Atomics.add(control, 1, 1); // UNITS_DONE
    Atomics.add(control, 3, 1); // EVENTS
    Atomics.notify(control, 3);
  }
}
