/**
 * The strata that sampled path measures spread their sources over (stratified-sample.ts): one per
 * team, numbered so that the teams of one department (their `parent`) are neighbours. A sample
 * smaller than the number of teams is then still spread over departments.
 */
import { NO_TEAM, type Organisation } from '../organisation/organisation.js';

/**
 * Stratum of each person: teams with members numbered 0, 1, … in order of department, then team
 * index; people without a team share the last stratum. Depends only on the organisation.
 * @example stratifiedSample(teamStrata(organisation), 1000, seededRandom(1))
 */
export function teamStrata(organisation: Organisation): Int32Array {
  const { people, teams } = organisation;
  const occupied = new Uint8Array(teams.length);
  for (const person of people) if (person.team !== NO_TEAM) occupied[person.team] = 1;
  // Code-unit order of the department names, not the locale's, so the numbering is the same everywhere.
  const ordered = teams
    .filter((team) => occupied[team.index] === 1)
    .sort((a, b) => (a.parent < b.parent ? -1 : a.parent > b.parent ? 1 : a.index - b.index));
  const stratumOfTeam = new Int32Array(teams.length);
  ordered.forEach((team, stratum) => (stratumOfTeam[team.index] = stratum));
  return Int32Array.from(people, (person) => (person.team === NO_TEAM ? ordered.length : stratumOfTeam[person.team]));
}
