/**
 * How many teams other than their own a person has at least one tie into: the simplest
 * measure of reach across the organisation chart.
 */
import type { CompactGraph } from '../organisation/compact-graph.js';
import { groupCount, NO_GROUP } from './team-assignment.js';

/** Number of distinct other teams among each person's contacts (people without a team are not a team). */
export function teamsReached(graph: CompactGraph, teamOf: Int32Array): Float64Array {
  const { offsets, neighbours } = graph.out;
  const result = new Float64Array(graph.nodeCount);
  const seenBy = new Int32Array(Math.max(1, groupCount(teamOf))).fill(-1);
  for (let v = 0; v < graph.nodeCount; v++) {
    let count = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const team = teamOf[neighbours[k]];
      if (team === NO_GROUP || team === teamOf[v] || seenBy[team] === v) continue;
      seenBy[team] = v;
      count++;
    }
    result[v] = count;
  }
  return result;
}
