/**
 * Single points of failure: people whose departure would cut others off from the rest of the
 * organisation (articulation points), with how many people and teams they would cut off, the
 * ties by which they hold those people, and the ties whose loss would (bridges).
 */
import { tieIndex, type CompactGraph } from '../organisation/compact-graph.js';
import type { Organisation } from '../organisation/organisation.js';
import type { CutPointsResult } from '../measures/cut-points.js';
import { NO_GROUP } from '../measures/team-assignment.js';

/** Per person, what their leaving would cut off besides its people (`cutPoints().cutOff`); 0 for non-cut-points. */
export interface CutOffParts {
  /** Distinct teams of the people cut off (not teams cut off whole). */
  readonly teams: Float64Array;
  /**
   * The person's ties to the people cut off: the only ties holding them to the rest. One tie of
   * one interaction makes a cut point of a chance contact, which a reader should be able to see.
   */
  readonly ties: Float64Array;
  /** Summed strength of those ties. */
  readonly strength: Float64Array;
}

/**
 * For each person, the number of distinct teams among the people they would cut off
 * (`cutPoints().cutOff`): everyone outside the largest piece their component falls into, or
 * everyone in the pieces when two or more tie for largest; and the ties from them into those
 * pieces, with their summed strength. A piece with more people than are cut off is the largest,
 * and is left as soon as that is known, so the cost follows what is cut off, not the size of the
 * organisation.
 */
export function cutOffParts(graph: CompactGraph, cut: CutPointsResult, teamOf: Int32Array): CutOffParts {
  const { offsets, neighbours, strengths } = graph.out;
  const n = graph.nodeCount;
  const teams = new Float64Array(n);
  const ties = new Float64Array(n);
  const strength = new Float64Array(n);
  // stamp[u] = v when u was reached while examining v's departure; piece[u] = which search reached it.
  const stamp = new Int32Array(n).fill(-1);
  const piece = new Int32Array(n);
  const queue = new Int32Array(n);
  let searches = 0;
  for (const v of cut.articulationPoints) {
    const cutOff = cut.cutOff[v];
    stamp[v] = v;
    const pieces: Piece[] = [];
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
      const found = new Set<number>();
      for (const u of queue.subarray(0, tail)) if (teamOf[u] !== NO_GROUP) found.add(teamOf[u]);
      pieces.push({ search, size: tail, teams: found, ties: 0, strength: 0 });
    }
    // Every contact of v was reached by one of v's searches: the ties into each finished piece.
    const bySearch = new Map(pieces.map((found) => [found.search, found]));
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const found = bySearch.get(piece[neighbours[k]]);
      if (found === undefined) continue;
      found.ties++;
      found.strength += strengths[k];
    }
    const stays = pieceThatStays(pieces, leftUnfinished.size > 0);
    const lost = new Set<number>();
    for (const found of pieces) {
      if (found === stays) continue;
      for (const team of found.teams) lost.add(team);
      ties[v] += found.ties;
      strength[v] += found.strength;
    }
    teams[v] = lost.size;
  }
  return { teams, ties, strength };
}

/** A finished piece: the search that found it, its people, their teams, and v's ties into it. */
interface Piece {
  readonly search: number;
  readonly size: number;
  readonly teams: ReadonlySet<number>;
  ties: number;
  strength: number;
}

/**
 * The finished piece that stays, or null when none does: when an unfinished piece is the largest,
 * or when two or more pieces tie for largest, which leaves no main remainder (cut-points.ts), so
 * every piece is cut off.
 */
function pieceThatStays(pieces: readonly Piece[], largestUnfinished: boolean): Piece | null {
  if (largestUnfinished) return null;
  let stays: Piece | null = null;
  let tied = false;
  for (const found of pieces) {
    if (stays === null || found.size > stays.size) {
      stays = found;
      tied = false;
    } else if (found.size === stays.size) {
      tied = true;
    }
  }
  return tied ? null : stays;
}

export interface SinglePointOfFailure {
  readonly id: string;
  readonly name: string;
  readonly team: string | null;
  readonly peopleCutOff: number;
  /** Teams of the people cut off, not teams cut off whole. */
  readonly teamsCutOff: number;
  /** The person's ties to the people cut off: all that holds them to the rest. */
  readonly tiesToCutOff: number;
  /** Summed strength of those ties (interactions, or summed weights). */
  readonly strengthToCutOff: number;
}

/** A tie whose loss would split the network (a bridge), by its people's ids. */
export interface Bridge {
  readonly from: string;
  readonly to: string;
  readonly strength: number;
}

/** The risks as an analysis lists them. */
export interface Risks {
  /** Most people cut off first, then most teams, then by id. */
  readonly singlePointsOfFailure: readonly SinglePointOfFailure[];
  readonly bridges: readonly Bridge[];
}

/** Lists the cut points and bridges of `cut` by id, with what each cut point would cut off. */
export function listRisks(organisation: Organisation, cut: CutPointsResult, cutOff: CutOffParts, teamId: (v: number) => string | null): Risks {
  const { people, network } = organisation;
  const singlePointsOfFailure = [...cut.articulationPoints]
    .map((v) => ({
      id: people[v].id, name: people[v].name, team: teamId(v),
      peopleCutOff: cut.cutOff[v], teamsCutOff: cutOff.teams[v], tiesToCutOff: cutOff.ties[v], strengthToCutOff: cutOff.strength[v],
    }))
    .sort((a, b) => b.peopleCutOff - a.peopleCutOff || b.teamsCutOff - a.teamsCutOff || (a.id < b.id ? -1 : 1));
  const bridges: Bridge[] = [];
  for (let i = 0; i < cut.bridges.length; i += 2) {
    const a = cut.bridges[i];
    const b = cut.bridges[i + 1];
    bridges.push({ from: people[a].id, to: people[b].id, strength: network.out.strengths[tieIndex(network.out, a, b)] });
  }
  return { singlePointsOfFailure, bridges };
}
