/**
 * Cut points: articulation points (people whose departure splits their part of the network) and
 * bridges (ties whose loss does), by depth-first search with low-points. Hopcroft, J. & Tarjan, R.
 * (1973), "Algorithm 447: efficient algorithms for graph manipulation", CACM 16(6):372–378;
 * Tarjan, R. (1974), "A note on finding the bridges of a graph", IPL 2(6):160–161.
 *
 * The search is iterative (an explicit stack), so it handles 100 000-person networks without
 * recursion limits. It reads the undirected view (a tie in either direction connects), as
 * networkx `articulation_points` and `bridges` require an undirected graph.
 *
 * What splits off. When person v leaves, the component C that held v (|C| people) falls into
 * `pieces[v]` pieces (connected components of C − v). `cutOff[v]` is the number of people who end
 * up outside the largest of those pieces: |C| − 1 − (size of the largest piece). It is 0 for
 * everyone who is not an articulation point (their component stays in one piece), and for an
 * articulation point it counts the people separated from the main remainder, e.g. 1 for the
 * person linking a single pendant contact, 5 for the only link to a team of 5. When two or more
 * pieces tie for largest there is no main remainder, and calling one of them "the rest" would
 * hang on the order of the search: everyone in the pieces, |C| − 1, is cut off (the centre of a
 * star of 10 cuts off all 9; the middle of a path of three, both ends).
 */

import type { CompactGraph } from '../organisation/compact-graph.js';
import { undirectedView } from './undirected-view.js';

/** Options for {@link cutPoints}. None yet. */
export type CutPointsOptions = Record<string, never>;

/** Defaults of {@link CutPointsOptions}. */
export const CUT_POINTS_DEFAULTS: CutPointsOptions = {};

/** What {@link cutPoints} returns. */
export interface CutPointsResult {
  /** Articulation points, ascending. */
  readonly articulationPoints: Int32Array;
  /** Bridges as flattened pairs [a0, b0, a1, b1, …] with a < b, sorted by (a, b). */
  readonly bridges: Int32Array;
  /** Per person: people cut off from the largest remaining piece if they left; all of them when pieces tie for largest (see header). */
  readonly cutOff: Int32Array;
  /** Per person: pieces their component falls into if they left (0 for an isolate). */
  readonly pieces: Int32Array;
  /** Per person: size of their connected component (themselves included). */
  readonly componentSize: Int32Array;
}

/**
 * Articulation points, bridges and what each person's departure would split off.
 * @example const { articulationPoints, cutOff } = cutPoints(network);
 */
export function cutPoints(graph: CompactGraph, _options: Partial<CutPointsOptions> = {}): CutPointsResult {
  const n = graph.nodeCount;
  const { offsets, neighbours } = undirectedView(graph);
  const discovery = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n); // next entry of the row to look at
  const subtree = new Int32Array(n); // size of the DFS subtree
  const separatedSize = new Int32Array(n); // people in child subtrees that v's removal cuts away
  const separatedCount = new Int32Array(n); // number of such child subtrees
  const largestSeparated = new Int32Array(n);
  const largestSeparatedCount = new Int32Array(n); // child subtrees of that largest size
  const stack = new Int32Array(n);
  const visited = new Int32Array(n); // people in discovery order
  const cutOff = new Int32Array(n);
  const pieces = new Int32Array(n);
  const componentSize = new Int32Array(n);
  const articulation: number[] = [];
  const bridgeList: number[] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (discovery[root] >= 0) continue;
    const first = time;
    discovery[root] = low[root] = time;
    visited[time++] = root;
    cursor[root] = offsets[root];
    let top = 0;
    stack[0] = root;
    while (top >= 0) {
      const v = stack[top];
      if (cursor[v] < offsets[v + 1]) {
        const u = neighbours[cursor[v]++];
        if (discovery[u] < 0) {
          parent[u] = v;
          discovery[u] = low[u] = time;
          visited[time++] = u;
          cursor[u] = offsets[u];
          stack[++top] = u;
        } else if (u !== parent[v] && discovery[u] < low[v]) {
          low[v] = discovery[u];
        }
        continue;
      }
      // v is finished: report to its parent.
      top--;
      subtree[v] += 1;
      const p = parent[v];
      if (p < 0) continue;
      subtree[p] += subtree[v];
      if (low[v] < low[p]) low[p] = low[v];
      if (low[v] >= discovery[p]) {
        separatedSize[p] += subtree[v];
        separatedCount[p]++;
        if (subtree[v] > largestSeparated[p]) {
          largestSeparated[p] = subtree[v];
          largestSeparatedCount[p] = 1;
        } else if (subtree[v] === largestSeparated[p]) {
          largestSeparatedCount[p]++;
        }
      }
      if (low[v] > discovery[p]) bridgeList.push(p < v ? p : v, p < v ? v : p);
    }
    // The component is complete: every child subtree of the root is separated from the others;
    // for anyone else the rest of the component (through their parent) is one more piece.
    const size = time - first;
    for (let t = first; t < time; t++) {
      const v = visited[t];
      componentSize[v] = size;
      const rest = v === root ? 0 : size - 1 - separatedSize[v];
      const count = separatedCount[v] + (rest > 0 ? 1 : 0);
      const largest = Math.max(largestSeparated[v], rest);
      const largestCount = (largestSeparated[v] === largest ? largestSeparatedCount[v] : 0) + (rest === largest && rest > 0 ? 1 : 0);
      pieces[v] = count;
      // Pieces tied for largest leave no main remainder: all of them are cut off (see header).
      cutOff[v] = largestCount > 1 ? size - 1 : size - 1 - largest;
      if (count >= 2) articulation.push(v);
    }
  }

  const articulationPoints = Int32Array.from(articulation).sort();
  const order = Array.from({ length: bridgeList.length / 2 }, (_, k) => k).sort(
    (a, b) => bridgeList[2 * a] - bridgeList[2 * b] || bridgeList[2 * a + 1] - bridgeList[2 * b + 1],
  );
  const bridges = new Int32Array(bridgeList.length);
  order.forEach((k, at) => {
    bridges[2 * at] = bridgeList[2 * k];
    bridges[2 * at + 1] = bridgeList[2 * k + 1];
  });
  return { articulationPoints, bridges, cutOff, pieces, componentSize };
}

/** Components from each person's component size: a component of size s has s members. */
export function countComponents(componentSize: Int32Array): number {
  let count = 0;
  for (const size of componentSize) count += 1 / size;
  return Math.round(count);
}
