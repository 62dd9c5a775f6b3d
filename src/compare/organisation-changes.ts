/**
 * The whole organisation before and after: size, density, connected parts, modularity, the share
 * of ties that cross team lines, silos and single points of failure.
 */
import type { Analysis } from '../analyse.js';
import { NO_TEAM, type Organisation } from '../organisation/organisation.js';
import { change, type Comparison } from './comparison.js';

/** One side of the comparison: the organisation and its released analysis. */
interface Side {
  readonly organisation: Organisation;
  readonly released: Analysis;
}

/**
 * Compares the organisation-wide figures. Silo teams are counted among the teams at or above the
 * minimum group size (not in `suppressed`), as the released analysis counts them.
 */
export function compareOrganisation(before: Side, after: Side, suppressed: ReadonlySet<string>): Comparison['organisation'] {
  const silos = (side: Side) => side.released.teams.filter((team) => team.silo && !suppressed.has(team.id)).length;
  const b = before.released.summary;
  const a = after.released.summary;
  return {
    people: change(b.people, a.people),
    ties: change(b.ties, a.ties),
    interactions: change(before.released.load?.interactions ?? null, after.released.load?.interactions ?? null),
    density: change(b.density, a.density),
    components: change(b.components, a.components),
    largestComponent: change(b.largestComponent, a.largestComponent),
    modularity: change(b.modularity, a.modularity),
    crossTeamShare: change(crossTeamShare(before.organisation), crossTeamShare(after.organisation)),
    silos: change(silos(before), silos(after)),
    singlePointsOfFailure: change(b.singlePointsOfFailure, a.singlePointsOfFailure),
  };
}

/**
 * Share of ties joining two different teams, among ties whose two people both have a team;
 * NaN when there are no such ties.
 */
export function crossTeamShare(organisation: Organisation): number {
  const { people, ties } = organisation;
  let withTeams = 0;
  let across = 0;
  for (let i = 0; i < ties.length; i++) {
    const a = people[ties.source[i]].team;
    const b = people[ties.target[i]].team;
    if (a === NO_TEAM || b === NO_TEAM) continue;
    withTeams++;
    if (a !== b) across++;
  }
  return withTeams === 0 ? NaN : across / withTeams;
}
