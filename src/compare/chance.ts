/**
 * How many judged changes pass the rule of normal variation (noise.ts) by chance alone. The rule
 * is built to let about one chance change in twenty through, which is a judgement on one change;
 * a comparison judges every team and every changed pair of teams, so in a large organisation
 * dozens pass where nothing changed. Each comparison therefore says how many changes of each kind
 * it judged, how many passed, and about how many of those chance alone would give.
 *
 * The shares were measured by bench/compare-chance.mjs on the two halves (86 and 87 days) of
 * `nodefinder sample` organisations where nothing changed: 300, 1,000 and 2,000 people (seeds
 * 1–3), 5,000 (seeds 1–2) and 21,000 (seed 7), pooled over the 4,190 teams and, for pairs, the
 * 605 broken and 605 newly linked pairs; by organisation they ranged from 0 to 7% for teams.
 */
import type { JudgedCount, Variation } from './comparison.js';

/** The kinds of judged change a Comparison counts. */
export type JudgedKind = 'eiIndex' | 'teamsReached' | 'brokenPairs' | 'newlyLinkedPairs';

/** Share of the judged changes of each kind that came out beyond normal variation where nothing changed (measured, above). */
export const CHANCE_SHARES: Readonly<Record<JudgedKind, number>> = {
  eiIndex: 0.044,
  teamsReached: 0.024,
  brokenPairs: 0.025,
  newlyLinkedPairs: 0.043,
};

/** How many of `verdicts` were judged, how many beyond normal variation, and about how many of those chance would give. */
export function countJudged(kind: JudgedKind, verdicts: readonly Variation[]): JudgedCount {
  const judged = verdicts.filter((verdict) => verdict !== 'unknown').length;
  const chanceShare = CHANCE_SHARES[kind];
  return {
    judged,
    beyond: verdicts.filter((verdict) => verdict === 'beyond-normal').length,
    chanceShare,
    expectedByChance: Math.round(judged * chanceShare),
  };
}
