/** Connected components of an undirected network, by breadth-first search. */
import type { CompactGraph } from '../organisation/compact-graph.js';

/** Each person's component, numbered 0, 1 … in order of each component's first person; and how many there are. */
export function connectedComponents(graph: CompactGraph): { readonly component: Int32Array; readonly count: number } {
  const n = graph.nodeCount;
  const { offsets, neighbours } = graph.out;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let start = 0; start < n; start++) {
    if (component[start] >= 0) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    component[start] = count;
    while (head < tail) {
      const v = queue[head++];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = neighbours[e];
        if (component[w] < 0) {
          component[w] = count;
          queue[tail++] = w;
        }
      }
    }
    count++;
  }
  return { component, count };
}
