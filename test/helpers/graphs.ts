/** Builds small compact graphs from edge lists for known-answer tests. */
import { directedGraph, undirectedGraph, type CompactGraph } from '../../src/organisation/compact-graph.js';

export function edges(nodeCount: number, list: readonly (readonly [number, number, number?])[], directed = false): CompactGraph {
  const arcs = {
    source: Int32Array.from(list, (edge) => edge[0]),
    target: Int32Array.from(list, (edge) => edge[1]),
    strength: Float64Array.from(list, (edge) => edge[2] ?? 1),
    length: list.length,
  };
  return directed ? directedGraph(nodeCount, arcs) : undirectedGraph(nodeCount, arcs);
}
