/**
 * Pairs of teams that lost all their ties (broken bridges) and pairs newly linked, each judged
 * against the variation of the pair's ties between windows of the before period. Only pairs of
 * two compared teams appear; pairs with a team below the minimum group size are counted apart.
 */
import type { Organisation } from '../organisation/organisation.js';
import { countJudged } from './chance.js';
import { change, ranked, type Comparison, type JudgedCount, type PairChange, type TeamRef } from './comparison.js';
import { COUNT_RESOLUTION, judgeVariation, normalVariation, type WindowFigures } from './noise.js';
import { teamPairIds, teamPairTies } from './team-pairs.js';

/** The pair part of a Comparison, and how many changed pairs were left out for privacy. */
export interface PairComparison {
  readonly pairs: Comparison['pairs'];
  readonly suppressed: number;
  /** Broken and newly linked pairs judged, of all of them (not only the `top` listed). */
  readonly judged: { readonly broken: JudgedCount; readonly newlyLinked: JudgedCount };
}

/**
 * Compares the ties between every pair of teams. `teams` holds the compared teams by id (names
 * as in the after period); `suppressed` the ids of teams below the minimum group size.
 */
export function comparePairs(
  before: Organisation,
  after: Organisation,
  windows: readonly WindowFigures[],
  teams: ReadonlyMap<string, TeamRef>,
  suppressed: ReadonlySet<string>,
  top: number,
): PairComparison {
  const tiesBefore = teamPairTies(before);
  const tiesAfter = teamPairTies(after);
  const broken: PairChange[] = [];
  const newlyLinked: PairChange[] = [];
  let left = 0;
  for (const key of new Set([...tiesBefore.keys(), ...tiesAfter.keys()])) {
    const was = tiesBefore.get(key) ?? 0;
    const is = tiesAfter.get(key) ?? 0;
    if ((was === 0) === (is === 0)) continue;
    const [a, b] = teamPairIds(key);
    if (suppressed.has(a) || suppressed.has(b)) {
      left++;
      continue;
    }
    const first = teams.get(a);
    const second = teams.get(b);
    // A team only in one period (a folder comparison) has no pair to compare.
    if (!first || !second) continue;
    const measured = change(was, is);
    const variation = windows.length === 0 ? null : normalVariation(windows.map((window) => window.pairs.get(key) ?? 0), COUNT_RESOLUTION);
    const pair: PairChange = {
      teams: [first, second],
      ties: { ...measured, normalVariation: variation, variation: judgeVariation(measured.change, variation) },
    };
    (is === 0 ? broken : newlyLinked).push(pair);
  }
  const order = (key: 'before' | 'after') => (x: PairChange, y: PairChange) =>
    (y.ties[key] ?? 0) - (x.ties[key] ?? 0) || compareIds(x.teams[0].id, y.teams[0].id) || compareIds(x.teams[1].id, y.teams[1].id);
  broken.sort(order('before'));
  newlyLinked.sort(order('after'));
  const verdicts = (list: readonly PairChange[]) => list.map((pair) => pair.ties.variation);
  return {
    pairs: { broken: ranked(broken, top), newlyLinked: ranked(newlyLinked, top) },
    suppressed: left,
    judged: { broken: countJudged('brokenPairs', verdicts(broken)), newlyLinked: countJudged('newlyLinkedPairs', verdicts(newlyLinked)) },
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
