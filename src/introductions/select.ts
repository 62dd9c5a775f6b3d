/**
 * Greedy, load-spreading selection. Candidates are taken in the order of pass-order.ts (best score
 * first, a team's gateway and a silo's cold introductions held back), and one is accepted only
 * while every person it involves (both ends and each introducer) has appeared in fewer than
 * `maxPerPerson` accepted suggestions. When a pair's best introducer is at the cap, the next
 * mutual contact with room introduces them instead; a warm pair whose mutual contacts are all at
 * the cap is passed over rather than downgraded to cold, because a busy connector is not the same
 * as nobody knowing both.
 *
 * Among candidates of equal score the plan spreads: it takes first a pair whose `from` person is
 * not their team's gateway (pass-order.ts), then the pair whose two people have been introduced
 * the fewest times so far, then whose two people have appeared the fewest times (as introducer
 * too), then whose two teams have been paired the fewest times, and only then the first in order
 * (ids). Otherwise the lowest id would take every slot: one person introduced to a whole team,
 * the rest of their team to no one.
 *
 * A cold suggestion has nobody to vouch for it, so it is taken only for a silo (the team of
 * `from`) that no warm suggestion reached, at most `coldPerTeam` of them: the best cold
 * introduction, with the next ones in reserve if its people are at the cap. It is the fallback
 * both for a silo with no warm candidate and for one whose warm candidates all fell through at the
 * cap.
 *
 * The result is a plan for the whole organisation, listed best score first (equal scores in the
 * order they were taken); `keep` only chooses which accepted suggestions are listed, and the first
 * `limit` of them are returned. The plan is made whole all the same, to count the kept
 * suggestions the limit leaves out: a reader must not take a cut list for all there are.
 *
 * Cost: O(C log C + Σ over considered warm pairs of (|Γ(from)| + |Γ(to)|) × their turns) for C
 * candidates; a pair of a run of equal scores takes another turn only when its people or teams
 * were used since its last.
 */
import type { CompactGraph } from '../organisation/compact-graph.js';
import { pairKey, type Candidate } from './candidates.js';
import { mutualContacts, type Introducer } from './introducers.js';
import { MinHeap } from './min-heap.js';
import { passOrder } from './pass-order.js';

export interface SelectOptions {
  /** Appearances allowed per person, as either end or as introducer. */
  readonly maxPerPerson: number;
  /** Introducers named per warm suggestion. */
  readonly introducers: number;
  /** Cold suggestions accepted per team of their `from` person. */
  readonly coldPerTeam: number;
  /** Team index per person. */
  readonly teamOf: Int32Array;
  /** Per team, the member holding more than half of its outside ties, or -1 (pass-order.ts). */
  readonly gatewayOf: Int32Array;
  /** Most kept suggestions returned; the rest are only counted. */
  readonly limit: number;
  /** Which accepted suggestions are returned (all of them still count towards the cap). */
  readonly keep: (candidate: Candidate) => boolean;
}

/** An accepted candidate and who introduces the pair (empty when cold). */
export interface Selected {
  readonly candidate: Candidate;
  readonly via: readonly Introducer[];
}

/** The first `limit` kept suggestions, and how many the whole plan keeps (`kept.length` or more). */
export interface Selection {
  readonly kept: readonly Selected[];
  readonly total: number;
}

/** A candidate waiting in a run of equal scores: its index, place in the run and spread key when last looked at. */
interface Waiting {
  readonly index: number;
  readonly place: number;
  readonly key: readonly number[];
}

/** Accepts candidates (sorted best first) greedily under the per-person cap. */
export function selectIntroductions(graph: CompactGraph, candidates: readonly Candidate[], options: SelectOptions): Selection {
  const { teamOf, maxPerPerson } = options;
  const teams = options.gatewayOf.length;
  const load = new Int32Array(graph.nodeCount);
  const introduced = new Int32Array(graph.nodeCount);
  const warmTaken = new Int32Array(teams);
  const coldTaken = new Int32Array(teams);
  const teamPairTaken = new Map<number, number>();
  const room = (v: number) => load[v] < maxPerPerson;
  const teamPair = (c: Candidate) => pairKey(teamOf[c.from], teamOf[c.to], teams);

  // Who would introduce the pair now ([] when cold), or null when it cannot be taken. Once null,
  // always null: loads and counts only grow.
  const introducersNow = (c: Candidate): Introducer[] | null => {
    if (!room(c.from) || !room(c.to)) return null;
    if (!c.warm) {
      const team = teamOf[c.from];
      return warmTaken[team] === 0 && coldTaken[team] < options.coldPerTeam ? [] : null;
    }
    const via = mutualContacts(graph, c.from, c.to).filter((introducer) => room(introducer.person)).slice(0, options.introducers);
    return via.length > 0 ? via : null;
  };
  // Lower is taken first; it only grows as the plan fills, which the lazy heap below relies on.
  const spreadKey = (c: Candidate) => [
    options.gatewayOf[teamOf[c.from]] === c.from ? 1 : 0,
    introduced[c.from] + introduced[c.to],
    load[c.from] + load[c.to],
    teamPairTaken.get(teamPair(c)) ?? 0,
  ];

  const accepted: Selected[] = [];
  const take = (candidate: Candidate, via: readonly Introducer[]) => {
    accepted.push({ candidate, via });
    for (const v of [candidate.from, candidate.to]) {
      load[v]++;
      introduced[v]++;
      (candidate.warm ? warmTaken : coldTaken)[teamOf[v]]++;
    }
    for (const introducer of via) load[introducer.person]++;
    const key = teamPair(candidate);
    teamPairTaken.set(key, (teamPairTaken.get(key) ?? 0) + 1);
  };

  // A run of equal scores, lazily: the least stale key is looked at again, and taken when it has
  // not grown since (then no other can be less).
  const takeRun = (run: Int32Array) => {
    const heap = new MinHeap<Waiting>((a, b) => compareKeys(a.key, b.key) < 0 || (compareKeys(a.key, b.key) === 0 && a.place < b.place));
    run.forEach((index, place) => heap.push({ index, place, key: spreadKey(candidates[index]) }));
    for (let waiting = heap.pop(); waiting !== undefined; waiting = heap.pop()) {
      const candidate = candidates[waiting.index];
      const via = introducersNow(candidate);
      if (via === null) continue;
      const key = spreadKey(candidate);
      if (compareKeys(key, waiting.key) > 0) heap.push({ ...waiting, key });
      else take(candidate, via);
    }
  };

  const order = passOrder(candidates, teamOf, options.gatewayOf);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && candidates[order[end]].score === candidates[order[start]].score) end++;
    takeRun(order.subarray(start, end));
    start = end;
  }

  // Held-back candidates were taken after lower scores: list the plan best first again (stable).
  accepted.sort((a, b) => b.candidate.score - a.candidate.score);
  const kept = accepted.filter((selected) => options.keep(selected.candidate));
  return { kept: kept.slice(0, options.limit), total: kept.length };
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
