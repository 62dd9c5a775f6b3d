/**
 * Known answers for cutOffParts: the teams of everyone outside the largest piece a departure
 * leaves (everyone in the pieces when they tie for largest), and the ties by which the person holds them.
 */
import { describe, expect, it } from 'vitest';
import { cutOffParts } from '../../src/findings/risks.js';
import { cutPoints } from '../../src/measures/cut-points.js';
import { teamAssignment } from '../../src/measures/team-assignment.js';
import { tinyOrganisation, type TinySpec } from '../introductions/build.js';

/** Each person's [people cut off, teams cut off], by id. */
function cutOffOf(spec: TinySpec): Record<string, [number, number]> {
  const organisation = tinyOrganisation(spec);
  const cut = cutPoints(organisation.network);
  const { teams } = cutOffParts(organisation.network, cut, teamAssignment(organisation));
  return Object.fromEntries(organisation.people.map((person, v) => [person.id, [cut.cutOff[v], teams[v]]]));
}

const TEAMS: TinySpec['teams'] = [['P', 'P'], ['Q', 'Q'], ['R', 'R'], ['S', 'S']];

describe('cutOffParts: teams', () => {
  it('counts the teams of the small pieces when the largest piece is no bigger than the rest together', () => {
    // V (team P) holds L1–L2–L3 (P), M1–M2 (Q) and N1–N2 (R). If V left, L's piece of 3 stays and
    // the 4 people of M's and N's pieces are cut off: teams Q and R.
    const result = cutOffOf({
      teams: TEAMS,
      people: [['V', 'P'], ['L1', 'P'], ['L2', 'P'], ['L3', 'P'], ['M1', 'Q'], ['M2', 'Q'], ['N1', 'R'], ['N2', 'R']],
      ties: [['V', 'L1'], ['L1', 'L2'], ['L2', 'L3'], ['V', 'M1'], ['M1', 'M2'], ['V', 'N1'], ['N1', 'N2']],
    });
    expect(result.V).toEqual([4, 2]);
    // L1 cuts off L2–L3 (team P), 2 people; M1 cuts off M2 (Q); N1 cuts off N2 (R).
    expect(result.L1).toEqual([2, 1]);
    expect(result.M1).toEqual([1, 1]);
    expect(result.L3).toEqual([0, 0]);
  });

  it('counts everyone and every team when pieces tie for largest, whatever the ids (pseudonyms) or their order', () => {
    // V holds A1–A2 (both team Q) and B1–B2 (teams R and S): neither piece is the rest, so all 4
    // people in teams Q, R and S are cut off.
    const people: TinySpec['people'] = [['V', 'P'], ['A1', 'Q'], ['A2', 'Q'], ['B1', 'R'], ['B2', 'S']];
    const ties: TinySpec['ties'] = [['V', 'A1'], ['A1', 'A2'], ['V', 'B1'], ['B1', 'B2']];
    expect(cutOffOf({ teams: TEAMS, people, ties }).V).toEqual([4, 3]);
    expect(cutOffOf({ teams: TEAMS, people: [...people].reverse(), ties: [...ties].reverse() }).V).toEqual([4, 3]);
    // The same network under other ids, as pseudonymisation gives it.
    const renamed = (id: string) => ({ V: 'k9', A1: 'z1', A2: 'z2', B1: 'a1', B2: 'a2' })[id]!;
    const pseudonymous = cutOffOf({ teams: TEAMS, people: people.map(([id, team]) => [renamed(id), team]), ties: ties.map(([a, b]) => [renamed(a), renamed(b)]) });
    expect(pseudonymous.k9).toEqual([4, 3]);
  });

  it('star2: a hub tied to one person of team Q and three of team R cuts off all 4, in 2 teams', () => {
    const result = cutOffOf({
      teams: TEAMS,
      people: [['P1', 'P'], ['P2', 'Q'], ['P3', 'R'], ['P4', 'R'], ['P5', 'R']],
      ties: [['P1', 'P2'], ['P1', 'P3'], ['P1', 'P4'], ['P1', 'P5']],
    });
    expect(result.P1).toEqual([4, 2]);
  });

  it('path of three: the middle one cuts off both ends and their teams', () => {
    const result = cutOffOf({ teams: TEAMS, people: [['A', 'P'], ['B', 'Q'], ['C', 'R']], ties: [['A', 'B'], ['B', 'C']] });
    expect(result).toEqual({ A: [0, 0], B: [2, 2], C: [0, 0] });
  });

  it('finds the largest piece however many of the person’s ties lead into it, and leaves out people with no team', () => {
    // V is tied to three people of a ring of five (team P), and to M1 (Q) whose contact X has no team.
    const result = cutOffOf({
      teams: TEAMS,
      people: [['V', 'R'], ['C1', 'P'], ['C2', 'P'], ['C3', 'P'], ['C4', 'P'], ['C5', 'P'], ['M1', 'Q'], ['X', '']],
      ties: [['C1', 'C2'], ['C2', 'C3'], ['C3', 'C4'], ['C4', 'C5'], ['C5', 'C1'], ['V', 'C1'], ['V', 'C3'], ['V', 'C5'], ['V', 'M1'], ['M1', 'X']],
    });
    expect(result.V).toEqual([2, 1]);
    expect(result.M1).toEqual([1, 0]);
  });
});

describe('cutOffParts: the ties holding the people cut off', () => {
  /** Each person's [ties to the people cut off, their summed strength], by id. */
  function heldOf(spec: TinySpec): Record<string, [number, number]> {
    const organisation = tinyOrganisation(spec);
    const { ties, strength } = cutOffParts(organisation.network, cutPoints(organisation.network), teamAssignment(organisation));
    return Object.fromEntries(organisation.people.map((person, v) => [person.id, [ties[v], strength[v]]]));
  }

  it('counts the ties into the pieces cut off, not into the piece that stays', () => {
    // V holds a ring of four (tied to C1 and C3, 5 interactions each), M1–M2 by one tie of 1, and
    // N1–N2 by two ties of 2 and 3. If V left, the ring stays: 3 people cut off by 3 ties of 6.
    const result = heldOf({
      teams: TEAMS,
      people: [['V', 'P'], ['C1', 'P'], ['C2', 'P'], ['C3', 'P'], ['C4', 'P'], ['M1', 'Q'], ['N1', 'R'], ['N2', 'R']],
      ties: [['C1', 'C2'], ['C2', 'C3'], ['C3', 'C4'], ['C4', 'C1'], ['V', 'C1', 5], ['V', 'C3', 5], ['V', 'M1', 1], ['V', 'N1', 2], ['V', 'N2', 3], ['N1', 'N2']],
    });
    expect(result.V).toEqual([3, 6]);
    expect(result.C1).toEqual([0, 0]);
  });

  it('counts the ties into every piece when pieces tie for largest, whatever the order of the ids', () => {
    // V holds A1–A2 by a tie of 1 and B1–B2 by a tie of 6: neither stays, so both ties hold them.
    const people: TinySpec['people'] = [['V', 'P'], ['A1', 'Q'], ['A2', 'Q'], ['B1', 'Q'], ['B2', 'Q']];
    const ties: TinySpec['ties'] = [['V', 'A1', 1], ['A1', 'A2'], ['V', 'B1', 6], ['B1', 'B2']];
    expect(heldOf({ teams: TEAMS, people, ties }).V).toEqual([2, 7]);
    expect(heldOf({ teams: TEAMS, people: [...people].reverse(), ties: [...ties].reverse() }).V).toEqual([2, 7]);
  });
});

describe('cutOffParts on a random sparse organisation', () => {
  it('matches removing each cut point and counting the people and teams outside the largest remaining piece (all of them on a tie)', () => {
    // A random tree of 300 people in 12 teams plus 40 random ties: many cut points, pieces of every size.
    let state = 12345;
    const random = (below: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % below;
    };
    const n = 300;
    const ids = Array.from({ length: n }, (_, v) => `E${String(random(1e6)).padStart(6, '0')}-${v}`);
    const ties = new Map<string, [string, string]>();
    const tie = (a: number, b: number) => {
      if (a !== b) ties.set(a < b ? `${a},${b}` : `${b},${a}`, [ids[a], ids[b]]);
    };
    for (let v = 1; v < n; v++) tie(v, random(v));
    for (let k = 0; k < 40; k++) tie(random(n), random(n));
    const organisation = tinyOrganisation({
      teams: Array.from({ length: 12 }, (_, t) => [`T${t}`, `T${t}`] as const),
      people: ids.map((id, v) => [id, v % 17 === 0 ? '' : `T${random(12)}`] as const),
      ties: [...ties.values()],
    });
    const graph = organisation.network;
    const teamOf = teamAssignment(organisation);
    const cut = cutPoints(graph);
    const { teams } = cutOffParts(graph, cut, teamOf);
    expect(cut.articulationPoints.length).toBeGreaterThan(50);
    for (const v of cut.articulationPoints) {
      // The pieces of v's component without v, by a plain search from each of v's contacts.
      const pieceOf = new Map<number, number>([[v, -1]]);
      const pieces: number[][] = [];
      for (let k = graph.out.offsets[v]; k < graph.out.offsets[v + 1]; k++) {
        const start = graph.out.neighbours[k];
        if (pieceOf.has(start)) continue;
        const members = [start];
        pieceOf.set(start, pieces.length);
        for (let i = 0; i < members.length; i++) {
          for (let j = graph.out.offsets[members[i]]; j < graph.out.offsets[members[i] + 1]; j++) {
            const w = graph.out.neighbours[j];
            if (!pieceOf.has(w)) {
              pieceOf.set(w, pieces.length);
              members.push(w);
            }
          }
        }
        pieces.push(members);
      }
      // The largest piece stays, unless pieces tie for largest: then none does.
      const largest = Math.max(...pieces.map((members) => members.length));
      const largestPieces = pieces.filter((members) => members.length === largest);
      const stays = largestPieces.length === 1 ? largestPieces[0] : null;
      const cutOff = pieces.filter((members) => members !== stays).flat();
      const lost = new Set(cutOff.map((u) => teamOf[u]).filter((team) => team >= 0)).size;
      expect([ids[v], cut.cutOff[v], teams[v]]).toEqual([ids[v], cutOff.length, lost]);
    }
  });
});
