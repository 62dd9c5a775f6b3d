/**
 * The caveat on a team whose membership changed substantially (src/compare/membership.ts): its
 * judged changes keep their verdict, marked in the judgement and explained once under the table,
 * since part of the change may be the reorganisation, not behaviour.
 */
import type { Comparison, TeamChange, TeamRef } from '../compare/comparison.js';
import { formatCount } from './number-format.js';

/** What the judgement of a flagged team (or pair with one) adds to its verdict. */
export const MEMBERSHIP_MARK = 'membership changed';

/** Looks up the membership caveats of the compared teams. */
export function membershipCaveats(comparison: Comparison) {
  const flagged = new Map<string, TeamChange>(comparison.teams.all.filter((team) => team.membership.substantial).map((team) => [team.id, team]));
  /** Whether any of these teams changed membership substantially. */
  const marked = (teams: readonly TeamRef[]) => teams.some((team) => flagged.has(team.id));
  /** One sentence for each flagged team among these, in their order, each team once. */
  const notes = (teams: readonly TeamRef[]): string[] =>
    [...new Set(teams.map((team) => team.id))].flatMap((id) => {
      const team = flagged.get(id);
      return team ? [sentence(team)] : [];
    });
  return { marked, notes };
}

function sentence(team: TeamChange): string {
  const { people, arrived, departed } = team.membership;
  return `${team.name || team.id}: membership changed: ${formatCount(arrived + departed)} of ${formatCount(people)} people joined, left or moved; part of this change may be the reorganisation, not behaviour.`;
}
