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
 * (`cutPoints().cutOff`): everyone outside the largest piece their component falls into. Of
 * pieces equally large, the one that stays is the one holding the smallest id, so the answer does
 * not depend on the order of the staff file. A piece with more people than are cut off is the
 * largest, and is left as soon as that is known, so the cost follows what is cut off, not the size
 * of the organisation.
 */
export function teamsCutOff(graph: CompactGraph, cut: CutPointsResult, teamOf: Int32Array, ids: readonly string[]): Float64Array {
  const { offsets, neighbours } = graph.out;
  const n = graph.nodeCount;
  const result = new Float64Array(n);
  // stamp[u] = v when u was reached while examining v's departure; piece[u] = which search reached it.
  const stamp = new Int32Array(n).fill(-1);
  const piece = new Int32Array(n);
  const queue = new Int32Array(n);
  let searches = 0;
  for (const v of cut.articulationPoints) {
    const cutOff = cut.cutOff[v];
    stamp[v] = v;
    const pieces: { size: number; teams: number[]; smallestId: string }[] = [];
    // Searches that found the largest piece and left it unfinished (several starts may lie in it).
    const leftUnfinished = new Set<number>();
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const start = neighbours[k];
      if (stamp[start] === v) continue;
      // Breadth-first over one piece, left once it has more people than are cut off, or once it
      // meets the piece left so: either way it is the largest, which stays.
      const search = ++searches;
      let head = 0;
      let tail = 0;
      queue[tail++] = start;
      stamp[start] = v;
      piece[start] = search;
      let largest = false;
      while (head < tail && !largest) {
        const u = queue[head++];
        for (let j = offsets[u]; j < offsets[u + 1]; j++) {
          const w = neighbours[j];
          if (w === v) continue;
          if (stamp[w] !== v) {
            stamp[w] = v;
            piece[w] = search;
            queue[tail++] = w;
          } else if (leftUnfinished.has(piece[w])) {
            largest = true;
          }
        }
        if (tail > cutOff) largest = true;
      }
      if (largest) {
        leftUnfinished.add(search);
        continue;
      }
      const members = queue.subarray(0, tail);
      const teams: number[] = [];
      let smallestId = ids[members[0]];
      for (const u of members) {
        if (teamOf[u] !== NO_GROUP) teams.push(teamOf[u]);
        if (ids[u] < smallestId) smallestId = ids[u];
      }
      pieces.push({ size: tail, teams, smallestId });
    }
    // Without a piece left unfinished, the largest of the finished ones stays.
    let stays = -1;
    if (leftUnfinished.size === 0) {
      for (let p = 0; p < pieces.length; p++) if (stays < 0 || staysRather(pieces[p], pieces[stays])) stays = p;
    }
    const teams = new Set<number>();
    pieces.forEach((found, p) => {
      if (p !== stays) for (const team of found.teams) teams.add(team);
    });
    result[v] = teams.size;
  }
  return result;
}

/** Whether piece `a` rather than `b` is the one that stays: the larger, or of equal size the one holding the smaller id. */
function staysRather(a: { size: number; smallestId: string }, b: { size: number; smallestId: string }): boolean {
  return a.size > b.size || (a.size === b.size && a.smallestId < b.smallestId);
}
