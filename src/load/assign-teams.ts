/**
 * Which team each person is in: the teams a teams file lists, matched by id or name, or else the
 * teams the staff file's own team column names.
 */
import { InputError } from '../errors.js';
import { nameInDepartment } from '../organisation/department-team-names.js';
import { NO_TEAM } from '../organisation/organisation.js';
import { formatCount } from '../number-text.js';
import type { StaffRecord } from './staff.js';
import { EXAMPLE_LINES } from './report.js';
import type { TeamRecord } from './teams.js';
import { UnknownTeams } from './unknown-teams.js';

/**
 * Without a teams file, the teams are the distinct team values of staff, in order of appearance,
 * each under the department its people's department column names. A team name found in several
 * departments ("Business Support" in Adults and in Children) is one team per department, named
 * "Business Support (Adults)": one HR extract holds many teams of one name. Returns a warning per
 * name so split.
 */
export function teamsFromStaff(staff: readonly StaffRecord[]): { teams: TeamRecord[]; teamOf: Int32Array; splitTeams: string[] } {
  // The departments each team name is found in (an empty department is a gap, not one more).
  const departmentsOf = new Map<string, Set<string>>();
  for (const person of staff) {
    if (person.team === '') continue;
    const departments = departmentsOf.get(person.team) ?? new Set<string>();
    if (person.department !== '') departments.add(person.department);
    departmentsOf.set(person.team, departments);
  }
  const teams: TeamRecord[] = [];
  const indexOf = new Map<string, number>();
  const teamOf = new Int32Array(staff.length).fill(NO_TEAM);
  for (const [index, person] of staff.entries()) {
    if (person.team === '') continue;
    const departments = departmentsOf.get(person.team)!;
    const split = departments.size > 1;
    const id = split ? nameInDepartment(person.team, person.department) : person.team;
    let team = indexOf.get(id);
    if (team === undefined) {
      const parent = split ? person.department : [...departments][0] ?? '';
      team = teams.push({ id, name: id, parent, attributes: {}, line: person.line }) - 1;
      indexOf.set(id, team);
    }
    teamOf[index] = team;
  }
  const split = [...departmentsOf].filter(([, departments]) => departments.size > 1).map(([name]) => name);
  // Neither the name nor its departments are given, but the staff line of its first person: the
  // warning goes into released outputs, and every team it makes may be below the minimum group size.
  const firstLine = (name: string) => staff.find((person) => person.team === name)!.line;
  const lines = split.slice(0, SPLIT_WARNINGS).map(firstLine).join(', ');
  const splitTeams = split.length === 0 ? [] : [
    `${split.length === 1 ? '1 team name is' : `${formatCount(split.length)} team names are`} in several departments (staff file line${split.length === 1 ? '' : 's'} ${lines}${split.length > SPLIT_WARNINGS ? ', …' : ''}), so each is read as one team per department, named "team (department)"`,
  ];
  return { teams, teamOf, splitTeams };
}

/** Team names split by department whose first staff line the warning gives. */
const SPLIT_WARNINGS = 5;

/**
 * Each person's team index, matching the team column to team ids first and then to names. Every
 * team not in the teams file is met before one UNKNOWN_TEAM error gives them all (unknown-teams.ts).
 * `elsewhere`: the warning that the teams file was found in another folder than the staff file's.
 * `examples`: how many unknown teams the error lists.
 */
export function assignTeams(
  staff: readonly StaffRecord[],
  teams: readonly TeamRecord[],
  staffFile: string,
  teamColumn: number | undefined,
  teamsFile: string,
  elsewhere: string | undefined,
  examples = EXAMPLE_LINES,
): Int32Array {
  const byId = new Map(teams.map((team, index) => [team.id, index]));
  // Teams by name; a name several teams share ("Business Support" in each directorate) names none.
  const byName = new Map<string, number[]>();
  for (const [index, team] of teams.entries()) {
    if (team.name !== '') byName.set(team.name, [...(byName.get(team.name) ?? []), index]);
  }
  const teamOf = new Int32Array(staff.length).fill(NO_TEAM);
  // Without a teams file every team value made a team, so unknown teams are only found with one.
  const unknown = new UnknownTeams(examples);
  for (const [index, person] of staff.entries()) {
    if (person.team === '') continue;
    const named = byName.get(person.team);
    if (!byId.has(person.team) && named !== undefined && named.length > 1) {
      const which = named.map((t) => `${teams[t].id} (line ${teams[t].line})`).join(', ');
      throw new InputError('AMBIGUOUS_TEAM', `team "${person.team}" is the name of ${named.length} teams in the teams file: ${which}`,
        { file: staffFile, line: person.line, column: teamColumn }, 'give the team id in the staff file\'s team column, or give each team its own name');
    }
    const team = byId.get(person.team) ?? named?.[0];
    if (team === undefined) unknown.add(person.team, person.line);
    else teamOf[index] = team;
  }
  unknown.throwIfAny(teams, { staffFile, teamColumn, teamsFile, elsewhere });
  return teamOf;
}
