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
 * pieces equally large, the one that stays is the one that leaves the fewest teams cut off (the
 * cautious count), so the answer depends neither on the order of the staff file nor on ids, which
 * pseudonyms change. A piece with more people than are cut off is the
 * largest, and is left as soon as that is known, so the cost follows what is cut off, not the size
 * of the organisation.
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
    const cutOff = cut.cutOff[v];
    stamp[v] = v;
    const pieces: { size: number; teams: Set<number> }[] = [];
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
      const teams = new Set<number>();
      for (const u of queue.subarray(0, tail)) if (teamOf[u] !== NO_GROUP) teams.add(teamOf[u]);
      pieces.push({ size: tail, teams });
    }
    result[v] = teamsLeft(pieces, leftUnfinished.size > 0);
  }
  return result;
}

/**
 * Distinct teams over the finished pieces, less those of the one that stays when no unfinished
 * piece does: of the largest, the one holding most teams found in no other piece. Linear in the
 * pieces' teams, as a person may hold thousands of pieces of one.
 */
function teamsLeft(pieces: readonly { size: number; teams: ReadonlySet<number> }[], largestUnfinished: boolean): number {
  const piecesOf = new Map<number, number>();
  for (const found of pieces) for (const team of found.teams) piecesOf.set(team, (piecesOf.get(team) ?? 0) + 1);
  if (largestUnfinished) return piecesOf.size;
  let largest = 0;
  for (const found of pieces) largest = Math.max(largest, found.size);
  let kept = 0;
  for (const found of pieces) {
    if (found.size !== largest) continue;
    let own = 0;
    for (const team of found.teams) if (piecesOf.get(team) === 1) own++;
    kept = Math.max(kept, own);
  }
  return piecesOf.size - kept;
}
