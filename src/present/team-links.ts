/**
 * Ties between teams, for the organisation map and its table: for each pair of released teams,
 * how many ties join their members and how many interactions those ties carry. People whose team
 * is not released (small teams) are left out, so no figure describes a small team.
 */
import type { Analysis } from '../analyse.js';
import type { Organisation } from '../organisation/organisation.js';

/** Ties between two released teams, by index into `analysis.teams` (a < b). */
export interface TeamLink {
  readonly a: number;
  readonly b: number;
  /** Pairs of people, one in each team, who interacted. */
  readonly ties: number;
  /** Interactions over those ties (summed tie strength). */
  readonly interactions: number;
}

/**
 * Every pair of released teams with at least one tie between them, most interactions first
 * (then by team order). `organisation` must be the one `analysis` was made from.
 */
export function teamLinks(analysis: Pick<Analysis, 'people' | 'teams'>, organisation: Pick<Organisation, 'ties' | 'people'>): TeamLink[] {
  if (organisation.people.length !== analysis.people.length) {
    throw new Error(`the analysis has ${analysis.people.length} people but the organisation ${organisation.people.length}: they must be the same organisation`);
  }
  const teamIndex = new Map(analysis.teams.map((team, t) => [team.id, t]));
  const teamOf = Int32Array.from(analysis.people, (person) => (person.team === null ? -1 : teamIndex.get(person.team) ?? -1));
  const teamCount = analysis.teams.length;
  const byPair = new Map<number, { ties: number; interactions: number }>();
  const { ties } = organisation;
  for (let i = 0; i < ties.length; i++) {
    const s = teamOf[ties.source[i]];
    const t = teamOf[ties.target[i]];
    if (s < 0 || t < 0 || s === t) continue;
    const key = s < t ? s * teamCount + t : t * teamCount + s;
    const entry = byPair.get(key);
    if (entry) {
      entry.ties++;
      entry.interactions += ties.strength[i];
    } else byPair.set(key, { ties: 1, interactions: ties.strength[i] });
  }
  const links: TeamLink[] = [];
  for (const [key, entry] of byPair) links.push({ a: Math.floor(key / teamCount), b: key % teamCount, ...entry });
  return links.sort((x, y) => y.interactions - x.interactions || y.ties - x.ties || x.a - y.a || x.b - y.b);
}
