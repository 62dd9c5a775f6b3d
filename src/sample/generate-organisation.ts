/**
 * The structure of a sample organisation: departments of 5–12 teams, teams of 4–15 people, a
 * management line (member → team lead → department head → chief executive), names, titles,
 * sites and e-mail addresses, and the planted people and teams the analysis should find.
 *
 * People are numbered internally team by team (a team's lead first), which keeps the tie
 * generator simple; their public ids are a random permutation of that order, so that, as in a
 * real HR export, neighbouring ids are not team-mates.
 */
import { pickPersonName } from './person-names.js';
import {
  CHIEF_EXECUTIVE_TITLE,
  departmentName,
  DIRECTOR_TITLE,
  JOB_TITLES,
  SITES,
  TEAM_LEAD_TITLES,
  TEAM_SUFFIXES,
} from './organisation-words.js';
import { Random } from './random.js';
import type { ResolvedSampleOptions } from './sample-options.js';

/** A generated person. `team` and `manager` are internal indices. */
export interface SamplePerson {
  /** Public id, `P` and at least six digits: `P000123`. */
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly location: string;
  /** Index of the person's team in `SampleOrganisation.teams`. */
  readonly team: number;
  /** Index of the person's manager in `SampleOrganisation.people`; -1 for the chief executive. */
  readonly manager: number;
}

/** A generated team: members are the people with indices `first` to `first + size - 1`. */
export interface SampleTeam {
  /** Public id, `T` and at least four digits: `T0042`. */
  readonly id: string;
  readonly name: string;
  /** Index of the team's department. */
  readonly department: number;
  /** Index of the first member, who is also the team's lead. */
  readonly first: number;
  readonly size: number;
}

/** A generated department: its teams are `firstTeam` to `firstTeam + teamCount - 1`. */
export interface SampleDepartment {
  readonly name: string;
  /** Index of the head: the lead of the department's first team. */
  readonly head: number;
  readonly firstTeam: number;
  readonly teamCount: number;
}

/** What was planted for the analysis to find, as ascending internal indices. */
export interface SamplePlanted {
  /** People with far more distinct contacts than anyone else, mostly in their own department. */
  readonly connectors: readonly number[];
  /** People with ties into several other departments, carrying most cross-department ties. */
  readonly brokers: readonly number[];
  /** Teams (indices) whose members talk almost only to each other. */
  readonly siloTeams: readonly number[];
  /** People with no interactions at all. */
  readonly isolates: readonly number[];
}

/** The structure of a sample organisation, before any interaction is generated. */
export interface SampleOrganisation {
  /** In internal order: team by team, each team's lead first. */
  readonly people: readonly SamplePerson[];
  readonly teams: readonly SampleTeam[];
  readonly departments: readonly SampleDepartment[];
  /** Internal indices of people in ascending id order, for writing the staff file. */
  readonly idOrder: Int32Array;
  readonly planted: SamplePlanted;
}

/** Average team size the team count is derived from. */
const MEAN_TEAM_SIZE = 9;
const MIN_TEAM_SIZE = 4;
const MAX_TEAM_SIZE = 15;
const MEAN_TEAMS_PER_DEPARTMENT = 8.5;
const MIN_TEAMS_PER_DEPARTMENT = 5;
const MAX_TEAMS_PER_DEPARTMENT = 12;
/** Shares of people or teams planted with each role. */
const CONNECTOR_SHARE = 0.01;
const BROKER_SHARE = 0.01;
const SILO_TEAM_SHARE = 0.03;
const ISOLATE_SHARE = 0.005;
/** Share of a team's members based at the team's own site. */
const AT_TEAM_SITE = 0.85;
/** Share of members whose title is one of their team's own trades. */
const TEAM_TRADE_SHARE = 0.8;
const EMAIL_DOMAIN = 'example.org';

/** The random stream of the structure, kept apart from the streams of ties and events. */
export const STRUCTURE_STREAM = 1;

/** Builds the structure of an organisation from validated options. */
export function generateOrganisation(options: ResolvedSampleOptions): SampleOrganisation {
  const random = new Random(options.seed, STRUCTURE_STREAM);
  const staff = options.staff;

  const teamCount = Math.max(1, Math.round(staff / MEAN_TEAM_SIZE));
  const teamSizes = splitTotal(staff, teamCount, MIN_TEAM_SIZE, MAX_TEAM_SIZE, random);
  const departmentCount = Math.max(1, Math.round(teamCount / MEAN_TEAMS_PER_DEPARTMENT));
  const departmentSizes = splitTotal(teamCount, departmentCount, MIN_TEAMS_PER_DEPARTMENT, MAX_TEAMS_PER_DEPARTMENT, random);

  const teamWidth = Math.max(4, String(teamCount).length);
  const teams: SampleTeam[] = [];
  const departments: SampleDepartment[] = [];
  let nextPerson = 0;
  for (let d = 0; d < departmentCount; d++) {
    const name = departmentName(d);
    const suffixes = random.sample(TEAM_SUFFIXES, departmentSizes[d]);
    const firstTeam = teams.length;
    for (const suffix of suffixes) {
      const size = teamSizes[teams.length];
      teams.push({ id: `T${String(teams.length + 1).padStart(teamWidth, '0')}`, name: `${name} ${suffix}`, department: d, first: nextPerson, size });
      nextPerson += size;
    }
    departments.push({ name, head: teams[firstTeam].first, firstTeam, teamCount: departmentSizes[d] });
  }

  const people = describePeople(teams, departments, staff, random);
  const idOrder = new Int32Array(staff);
  people.forEach((person, index) => (idOrder[Number(person.id.slice(1)) - 1] = index));
  return { people, teams, departments, idOrder, planted: plant(people, teams, departments, random) };
}

/**
 * Splits `total` into `parts` whole numbers within [min, max] (when that is possible) that
 * vary: an even split, then many small random transfers that respect the bounds.
 */
function splitTotal(total: number, parts: number, min: number, max: number, random: Random): number[] {
  const sizes = new Array<number>(parts).fill(Math.floor(total / parts));
  for (let i = 0; i < total % parts; i++) sizes[i]++;
  for (let move = 0; move < parts * 2; move++) {
    const from = random.index(parts);
    const to = random.index(parts);
    const amount = random.int(1, 3);
    if (from !== to && sizes[from] - amount >= min && sizes[to] + amount <= max) {
      sizes[from] -= amount;
      sizes[to] += amount;
    }
  }
  return sizes;
}

/** Names, titles, sites, managers, ids and e-mail addresses for everyone. */
function describePeople(teams: readonly SampleTeam[], departments: readonly SampleDepartment[], staff: number, random: Random): SamplePerson[] {
  const idWidth = Math.max(6, String(staff).length);
  const idNumbers = random.shuffle(Array.from({ length: staff }, (_, i) => i + 1));

  // Names are drawn in id order so that the lower id gets the plain address and a later
  // namesake gets the numbered one, as when accounts are created in order of joining.
  const names = new Array<string>(staff);
  const emails = new Array<string>(staff);
  const stemCount = new Map<string, number>();
  const byId = new Int32Array(staff);
  for (let p = 0; p < staff; p++) byId[idNumbers[p] - 1] = p;
  for (const p of byId) {
    const { name, emailStem } = pickPersonName(random);
    const seen = (stemCount.get(emailStem) ?? 0) + 1;
    stemCount.set(emailStem, seen);
    // Stems contain no digits, so a numbered address can never equal another plain one.
    names[p] = name;
    emails[p] = `${seen === 1 ? emailStem : emailStem + seen}@${EMAIL_DOMAIN}`;
  }

  const chiefExecutive = departments[0].head;
  const siteWeights = SITES.map((site) => site.weight);
  const people: SamplePerson[] = [];
  for (let t = 0; t < teams.length; t++) {
    const team = teams[t];
    const lead = team.first;
    const head = departments[team.department].head;
    const teamSite = SITES[random.weighted(siteWeights)].name;
    const trades = random.sample(JOB_TITLES, 3);
    const leadTitle = random.pick(TEAM_LEAD_TITLES);
    for (let p = team.first; p < team.first + team.size; p++) {
      let role: string;
      let manager: number;
      if (p === chiefExecutive) [role, manager] = [CHIEF_EXECUTIVE_TITLE, -1];
      else if (p === head) [role, manager] = [DIRECTOR_TITLE, chiefExecutive];
      else if (p === lead) [role, manager] = [leadTitle, head];
      else [role, manager] = [random.chance(TEAM_TRADE_SHARE) ? random.pick(trades) : random.pick(JOB_TITLES), lead];
      const location = random.chance(AT_TEAM_SITE) ? teamSite : SITES[random.weighted(siteWeights)].name;
      const id = `P${String(idNumbers[p]).padStart(idWidth, '0')}`;
      people.push({ id, name: names[p], email: emails[p], role, location, team: t, manager });
    }
  }
  return people;
}

/** Chooses the silo teams, isolates, brokers and connectors. */
function plant(people: readonly SamplePerson[], teams: readonly SampleTeam[], departments: readonly SampleDepartment[], random: Random): SamplePlanted {
  const staff = people.length;
  const headTeams = new Set(departments.map((department) => department.firstTeam));
  const ordinaryTeams = teams.map((_, t) => t).filter((t) => !headTeams.has(t));
  const siloCount = teams.length >= 4 ? Math.max(1, Math.round(SILO_TEAM_SHARE * teams.length)) : 0;
  const siloTeams = random.sample(ordinaryTeams, siloCount);
  const isSilo = new Set(siloTeams);

  // At most one isolate per team, never a lead, so every team keeps a connected core.
  const isolateCount = Math.max(staff >= 100 ? 1 : 0, Math.round(ISOLATE_SHARE * staff));
  const isolateTeams = random.sample(
    teams.map((_, t) => t).filter((t) => !isSilo.has(t) && teams[t].size > MIN_TEAM_SIZE),
    isolateCount,
  );
  const isolates = isolateTeams.map((t) => teams[t].first + random.int(1, teams[t].size - 1));

  const heads = new Set(departments.map((department) => department.head));
  const excluded = new Set(isolates);
  const eligible = (p: number) => !heads.has(p) && !excluded.has(p) && !isSilo.has(people[p].team);
  const candidates: number[] = [];
  for (let p = 0; p < staff; p++) if (eligible(p)) candidates.push(p);

  // Brokers need another department to reach into.
  const brokerCount = departments.length >= 2 ? Math.max(1, Math.round(BROKER_SHARE * staff)) : 0;
  const brokers = random.sample(candidates, brokerCount);
  const isBroker = new Set(brokers);
  const connectorCount = Math.max(staff >= 100 ? 1 : 0, Math.round(CONNECTOR_SHARE * staff));
  const connectors = random.sample(
    candidates.filter((p) => !isBroker.has(p)),
    connectorCount,
  );

  const ascending = (a: number, b: number) => a - b;
  return {
    connectors: connectors.sort(ascending),
    brokers: brokers.sort(ascending),
    siloTeams: siloTeams.sort(ascending),
    isolates: isolates.sort(ascending),
  };
}
