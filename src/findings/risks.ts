/**
 * Single points of failure: people whose departure would cut others off from the rest of the
 * organisation (articulation points), with how many people and teams they would cut off, and the
 * ties whose loss would (bridges).
 */
import type { CompactGraph } from '../organisation/compact-graph.js';
import type { CutPointsResult } from '../measures/cut-points.js';
import { NO_GROUP } from '../measures/team-assignment.js';

/**
 * For each person, the number of distinct teams among the people they would cut off
 * (`cutPoints().cutOff`). Pieces are explored only up to that many people, so the cost follows
 * what is cut off, not the size of the organisation.
 */
export function teamsCutOff(graph: CompactGraph, cut: CutPointsResult, teamOf: Int32Array): Float64Array {
  const { offsets, neighbours } = graph.out;
  const n = graph.nodeCount;
  const result = new Float64Array(n);
  // stamp[u] = v when u was reached while examining v's departure; piece[u] = which search reached it.
  const stamp = new Int32Array(n).fill(-1);
  const piece = new Int32Array(n);
  const queue = new Int32Array(n);
  let searches = 0;
  for (const v of cut.articulationPoints) {
    let budget = cut.cutOff[v];
    stamp[v] = v;
    const teams = new Set<number>();
    const abandoned = new Set<number>();
    for (let k = offsets[v]; k < offsets[v + 1] && budget > 0; k++) {
      const start = neighbours[k];
      if (stamp[start] === v) continue;
      // Breadth-first over one piece, abandoned once it is bigger than what is left to find, or
      // once it meets an abandoned search: either way it is the largest piece, which stays.
      const search = ++searches;
      const pieceTeams: number[] = [];
      let head = 0;
      let tail = 0;
      queue[tail++] = start;
      stamp[start] = v;
      piece[start] = search;
      let largest = false;
      while (head < tail && !largest) {
        const u = queue[head++];
        if (teamOf[u] !== NO_GROUP) pieceTeams.push(teamOf[u]);
        for (let j = offsets[u]; j < offsets[u + 1]; j++) {
          const w = neighbours[j];
          if (w === v) continue;
          if (stamp[w] !== v) {
            stamp[w] = v;
            piece[w] = search;
            queue[tail++] = w;
          } else if (abandoned.has(piece[w])) {
            largest = true;
          }
        }
        if (tail > budget) largest = true;
      }
      if (largest) {
        abandoned.add(search);
        continue;
      }
      budget -= tail;
      for (const team of pieceTeams) teams.add(team);
    }
    result[v] = teams.size;
  }
  return result;
}
