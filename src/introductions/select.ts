/**
 * Greedy, load-spreading selection: take candidates in score order, and accept one only while
 * every person it involves (both ends and each introducer) has appeared in fewer than
 * `maxPerPerson` accepted suggestions. When a pair's best introducer is at the cap, the next
 * mutual contact with room introduces them instead; a warm pair whose mutual contacts are all at
 * the cap is passed over rather than downgraded to cold, because a busy connector is not the same
 * as nobody knowing both. A cold suggestion has nobody to vouch for it, so each team gets at most
 * `coldPerTeam` of them (counted on the `from` side, the team that needs it): the best cold
 * introduction, with the next ones in reserve if its people are at the cap.
 *
 * The result is a plan for the whole organisation; `keep` only chooses which accepted
 * suggestions are returned. Acceptance never depends on later candidates, so the first `limit`
 * kept suggestions are the same whatever the limit. The plan is followed to its end all the same,
 * to count the kept suggestions the limit leaves out: a reader must not take a cut list for all
 * there are.
 *
 * Cost: O(C + Σ over considered warm pairs of (|Γ(from)| + |Γ(to)|)) for C candidates.
 */
import type { CompactGraph } from '../organisation/compact-graph.js';
import type { Candidate } from './candidates.js';
import { mutualContacts, type Introducer } from './introducers.js';

export interface SelectOptions {
  /** Appearances allowed per person, as either end or as introducer. */
  readonly maxPerPerson: number;
  /** Introducers named per warm suggestion. */
  readonly introducers: number;
  /** Cold suggestions accepted per team of their `from` person. */
  readonly coldPerTeam: number;
  /** Team index per person, for `coldPerTeam`. */
  readonly teamOf: Int32Array;
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

/** Accepts candidates (sorted best first) greedily under the per-person cap. */
export function selectIntroductions(graph: CompactGraph, candidates: readonly Candidate[], options: SelectOptions): Selection {
  const load = new Int32Array(graph.nodeCount);
  const room = (v: number) => load[v] < options.maxPerPerson;
  const cold = new Map<number, number>();
  const kept: Selected[] = [];
  let total = 0;
  for (const candidate of candidates) {
    if (!room(candidate.from) || !room(candidate.to)) continue;
    let via: Introducer[] = [];
    if (candidate.warm) {
      via = mutualContacts(graph, candidate.from, candidate.to)
        .filter((introducer) => room(introducer.person))
        .slice(0, options.introducers);
      if (via.length === 0) continue;
    } else {
      const team = options.teamOf[candidate.from];
      const used = cold.get(team) ?? 0;
      if (used >= options.coldPerTeam) continue;
      cold.set(team, used + 1);
    }
    load[candidate.from]++;
    load[candidate.to]++;
    for (const introducer of via) load[introducer.person]++;
    if (!options.keep(candidate)) continue;
    total++;
    if (kept.length < options.limit) kept.push({ candidate, via });
  }
  return { kept, total };
}
