/**
 * People before and after, matched by id: who joined, left, stopped or started interacting; who
 * gained or lost a key role; the largest rises and falls in betweenness; who lost most of their
 * contacts in other teams; who became a single point of failure; and who moved between teams.
 *
 * A role change is listed when a person gained or lost a key role (connector, broker,
 * boundary-spanner, bottleneck); their full roles before and after are given, so "a connector who
 * became peripheral" reads as such. Changes between peripheral and no role alone are not listed:
 * the peripheral threshold is a low percentile, and many people cross it both ways by chance.
 */
import type { Analysis, PersonAnalysis } from '../analyse.js';
import type { Role } from '../findings/roles.js';
import { NO_TEAM, type Organisation } from '../organisation/organisation.js';
import {
  byId,
  change,
  ranked,
  type Comparison,
  type NewSinglePointOfFailure,
  type PersonChange,
  type PersonPresence,
  type PersonRef,
  type RoleChange,
  type TeamMove,
} from './comparison.js';

/** Roles whose gain or loss is reported. */
export const KEY_ROLES: readonly Role[] = ['connector', 'broker', 'boundary-spanner', 'bottleneck'];

interface Side {
  readonly organisation: Organisation;
  readonly released: Analysis;
}

/**
 * Compares the people of the two periods. `suppressed`: teams below the minimum group size in
 * either period, which no one is shown in (five leavers of a team of eight would tell that three
 * are left).
 */
export function comparePeople(before: Side, after: Side, top: number, suppressed: ReadonlySet<string>): Comparison['people'] {
  const teamShown = (team: string | null) => (team !== null && suppressed.has(team) ? null : team);
  const ref = (person: PersonAnalysis): PersonRef => ({ id: person.id, name: person.name, team: teamShown(person.team) });
  /** A person with the roles and contacts of `person`, named as in `as` (their current record). */
  const presence = (person: PersonAnalysis, as: PersonRef = ref(person)): PersonPresence => ({ ...as, roles: person.roles, ties: person.degree });
  const beforeById = new Map(before.released.people.map((person, v) => [person.id, v]));
  const afterById = new Map(after.released.people.map((person, v) => [person.id, v]));
  const crossBefore = crossTeamTies(before.organisation);
  const crossAfter = crossTeamTies(after.organisation);

  const joined: PersonPresence[] = [];
  const left: PersonPresence[] = [];
  const stopped: PersonPresence[] = [];
  const started: PersonPresence[] = [];
  const roleChanges: RoleChange[] = [];
  const rises: PersonChange[] = [];
  const falls: PersonChange[] = [];
  const losses: PersonChange[] = [];
  const moves: TeamMove[] = [];
  let matched = 0;

  for (const [v, person] of after.released.people.entries()) {
    const u = beforeById.get(person.id);
    if (u === undefined) {
      joined.push(presence(person));
      continue;
    }
    matched++;
    const earlier = before.released.people[u];
    // Teams as the organisations hold them: a release gives a small team's member no team at all.
    if (teamId(before.organisation, u) !== teamId(after.organisation, v)) moves.push({ ...ref(person), from: teamShown(earlier.team) });
    if (earlier.degree > 0 && person.degree === 0) stopped.push(presence(earlier, ref(person)));
    if (earlier.degree === 0 && person.degree > 0) started.push(presence(person));

    const betweenness = change(earlier.betweenness, person.betweenness);
    const gained = person.roles.filter((role) => !earlier.roles.includes(role));
    const lost = earlier.roles.filter((role) => !person.roles.includes(role));
    if ([...gained, ...lost].some((role) => KEY_ROLES.includes(role))) {
      roleChanges.push({ ...ref(person), before: earlier.roles, after: person.roles, gained, lost, betweenness });
    }
    if (betweenness.change !== null && betweenness.change > 0) rises.push({ ...ref(person), value: betweenness });
    if (betweenness.change !== null && betweenness.change < 0) falls.push({ ...ref(person), value: betweenness });
    const cross = change(crossBefore[u], crossAfter[v]);
    // A small team's member is left out: their contacts inside the team would follow from it.
    const teamsShown = teamShown(earlier.team) !== null && teamShown(person.team) !== null;
    if (cross.change !== null && cross.change < 0 && teamsShown) losses.push({ ...ref(person), value: cross });
  }
  for (const person of before.released.people) if (!afterById.has(person.id)) left.push(presence(person));

  const keyRoleChanges = (x: RoleChange) => [...x.gained, ...x.lost].filter((role) => KEY_ROLES.includes(role)).length;
  const bySize = (x: PersonChange | RoleChange) => Math.abs((('value' in x ? x.value : x.betweenness).change ?? 0));
  const byTies = (x: PersonPresence, y: PersonPresence) => y.ties - x.ties || byId(x, y);
  roleChanges.sort((x, y) => keyRoleChanges(y) - keyRoleChanges(x) || bySize(y) - bySize(x) || byId(x, y));
  rises.sort((x, y) => bySize(y) - bySize(x) || byId(x, y));
  falls.sort((x, y) => bySize(y) - bySize(x) || byId(x, y));
  losses.sort((x, y) => bySize(y) - bySize(x) || (y.value.before ?? 0) - (x.value.before ?? 0) || byId(x, y));
  // Grouped by the teams they moved from and to, so a team's leavers read together.
  moves.sort((x, y) => compareTeams(x.from, y.from) || compareTeams(x.team, y.team) || byId(x, y));

  const spofBefore = new Set(before.released.risks.singlePointsOfFailure.map((risk) => risk.id));
  const newSpofs: NewSinglePointOfFailure[] = after.released.risks.singlePointsOfFailure
    .filter((risk) => !spofBefore.has(risk.id))
    .map((risk) => ({ id: risk.id, name: risk.name, team: teamShown(risk.team), peopleCutOff: risk.peopleCutOff, teamsCutOff: risk.teamsCutOff }));

  return {
    matched,
    joined: ranked(joined.sort(byTies), top),
    left: ranked(left.sort(byTies), top),
    stoppedInteracting: ranked(stopped.sort(byTies), top),
    startedInteracting: ranked(started.sort(byTies), top),
    movedTeams: ranked(moves, top),
    roleChanges: ranked(roleChanges, top),
    betweennessRises: ranked(rises, top),
    betweennessFalls: ranked(falls, top),
    crossTeamLosses: ranked(losses, top),
    newSinglePointsOfFailure: ranked(newSpofs, top),
  };
}

/** The id of person `v`'s team, or null for no team. */
function teamId(organisation: Organisation, v: number): string | null {
  const team = organisation.people[v].team;
  return team === NO_TEAM ? null : organisation.teams[team].id;
}

/** Team ids in ascending order, no team last. */
function compareTeams(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null || b === null) return a === null ? 1 : -1;
  return a < b ? -1 : 1;
}

/**
 * Each person's distinct contacts outside their own team (contacts without a team count as
 * outside); NaN for a person without a team.
 */
export function crossTeamTies(organisation: Organisation): Float64Array {
  const { people, network } = organisation;
  const { offsets, neighbours } = network.out;
  const result = new Float64Array(people.length);
  for (let v = 0; v < people.length; v++) {
    const team = people[v].team;
    if (team === NO_TEAM) {
      result[v] = NaN;
      continue;
    }
    let outside = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) if (people[neighbours[k]].team !== team) outside++;
    result[v] = outside;
  }
  return result;
}
