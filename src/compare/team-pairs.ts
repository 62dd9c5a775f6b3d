/**
 * Ties between teams, pair by pair: how many ties join a member of one team to a member of the
 * other. A pair that drops to none is a broken bridge between the two teams.
 */
import { NO_TEAM, type Organisation } from '../organisation/organisation.js';

/** The key of an unordered pair of team ids (ids may hold any character but NUL). */
export function teamPairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The two team ids of a pair key, in ascending order. */
export function teamPairIds(key: string): [string, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}

/** Ties between each pair of different teams, by `teamPairKey`; pairs without ties are absent. */
export function teamPairTies(organisation: Organisation): Map<string, number> {
  const { people, teams, ties } = organisation;
  const pairs = new Map<string, number>();
  for (let i = 0; i < ties.length; i++) {
    const a = people[ties.source[i]].team;
    const b = people[ties.target[i]].team;
    if (a === NO_TEAM || b === NO_TEAM || a === b) continue;
    const key = teamPairKey(teams[a].id, teams[b].id);
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  return pairs;
}
