/**
 * Which other teams a person or a team is tied to, and by how many ties, read straight from the
 * organisation's undirected network for the detail views. The Analysis holds only how many teams
 * are reached, not which; this lists them without computing any measure. Contacts without a team
 * are left out.
 */
import { NO_TEAM, type Organisation } from '../../organisation/organisation.js';

/**
 * Ties to one other team, from a person or a team (unlike present/team-links.ts's TeamLink, a pair
 * of teams of the whole organisation).
 */
export interface LinkToTeam {
  /** Index into organisation.teams. */
  readonly team: number;
  /** Ties (pairs of people) between the two sides. */
  readonly ties: number;
  /** Their summed strength: interactions, or weight when the data had weights. */
  readonly strength: number;
}

/** The other teams a person's contacts are in, most ties first (then most strength, then team order). */
export function personTeamLinks(organisation: Organisation, person: number): LinkToTeam[] {
  return linksFrom(organisation, [person], organisation.people[person].team);
}

/** The other teams a team's members are tied to, most ties first (then most strength, then team order). */
export function teamToTeamLinks(organisation: Organisation, team: number): LinkToTeam[] {
  return linksFrom(organisation, organisation.teams[team].members, team);
}

function linksFrom(organisation: Organisation, people: readonly number[], ownTeam: number): LinkToTeam[] {
  const { offsets, neighbours, strengths } = organisation.network.out;
  const ties = new Map<number, number>();
  const strength = new Map<number, number>();
  for (const v of people) {
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const other = organisation.people[neighbours[k]].team;
      if (other === NO_TEAM || other === ownTeam) continue;
      ties.set(other, (ties.get(other) ?? 0) + 1);
      strength.set(other, (strength.get(other) ?? 0) + strengths[k]);
    }
  }
  return [...ties.keys()]
    .map((team) => ({ team, ties: ties.get(team)!, strength: strength.get(team)! }))
    .sort((a, b) => b.ties - a.ties || b.strength - a.strength || a.team - b.team);
}
