/**
 * How a person's team is named in reports and exports. Team figures come only from the
 * released Analysis: a team smaller than the minimum group size is absent from `teams`, and its
 * members appear with no team (src/privacy/release.ts) or with an id that `teams` does not hold.
 * Either way no output names a small team.
 */
import type { Analysis, TeamAnalysis } from '../analyse.js';

/** What a person's team is called when the team is below the minimum group size. */
export const SMALL_TEAMS_LABEL = 'small teams (below minimum group size)';

/** What a person's team is called when they have none. */
export const NO_TEAM_LABEL = 'no team';

/** Without a team: either none, or a small team withheld by the privacy rules. */
export const NO_OR_SMALL_TEAM_LABEL = 'no team, or a small team';

/** The department of teams without a parent. */
export const NO_DEPARTMENT_LABEL = 'no department';

/** Looks up the released teams by id. */
export interface TeamLookup {
  /** The released team with this id, if it is released. */
  team(id: string | null): TeamAnalysis | undefined;
  /** The team's name (its id when unnamed), or one of the labels above. */
  label(id: string | null): string;
  /** The team's department, or '' when the team is not released or has no parent. */
  department(id: string | null): string;
  /** Whether the label stands for a team withheld as smaller than the minimum group size (or maybe for none). */
  withheld(id: string | null): boolean;
}

/** A lookup over `analysis.teams`. */
export function teamLookup(analysis: Pick<Analysis, 'teams' | 'privacy'>): TeamLookup {
  const byId = new Map(analysis.teams.map((team) => [team.id, team]));
  // Released output turns members of small teams into people with no team; say so.
  const withheld = (analysis.privacy?.peopleInSuppressedTeams ?? 0) > 0;
  return {
    team: (id) => (id === null ? undefined : byId.get(id)),
    label(id) {
      if (id === null) return withheld ? NO_OR_SMALL_TEAM_LABEL : NO_TEAM_LABEL;
      const team = byId.get(id);
      return team ? team.name || team.id : SMALL_TEAMS_LABEL;
    },
    department: (id) => (id === null ? '' : byId.get(id)?.parent ?? ''),
    withheld: (id) => (id === null ? withheld : !byId.has(id)),
  };
}
