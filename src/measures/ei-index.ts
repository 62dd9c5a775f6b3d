/**
 * Krackhardt & Stern's E-I index (1988) of each person's ties: (E − I) / (E + I), where E
 * counts ties to people outside the person's team (in other teams, or in none: a tie to someone
 * with no team still leaves the team) and I ties inside it. −1 means every
 * tie stays inside the team, +1 that every tie leaves it. Ties are counted, not weighted.
 * NaN for people without a team or without ties: there is nothing to divide.
 */
import type { CompactGraph } from '../organisation/compact-graph.js';
import { NO_GROUP } from './team-assignment.js';

/** E-I index per person on the undirected network; `teamOf[v]` is v's team or NO_GROUP. */
export function personEiIndex(graph: CompactGraph, teamOf: Int32Array): Float64Array {
  const { offsets, neighbours } = graph.out;
  const result = new Float64Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) {
    const team = teamOf[v];
    const degree = offsets[v + 1] - offsets[v];
    if (team === NO_GROUP || degree === 0) {
      result[v] = NaN;
      continue;
    }
    let internal = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) if (teamOf[neighbours[k]] === team) internal++;
    result[v] = (degree - 2 * internal) / degree;
  }
  return result;
}
