/**
 * Reads a generated sample back for the tests with a plain split on ',': the generator's names,
 * titles and sites contain no commas, so its files need no CSV quoting (a test checks that).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SampleTruth } from '../../src/sample/index.js';

export interface StaffRow {
  id: string;
  name: string;
  team: string;
  role: string;
  manager: string;
  location: string;
  email: string;
}

export interface ReadSample {
  header: { staff: string; teams: string; interactions: string };
  staff: StaffRow[];
  teams: { id: string; name: string; parent: string }[];
  interactions: { source: string; target: string; timestamp: string; channel: string }[];
  truth: SampleTruth;
  teamOf: Map<string, string>;
  departmentOf: Map<string, string>;
}

function lines(dir: string, file: string): { header: string; rows: string[][] } {
  const [header, ...rest] = readFileSync(join(dir, file), 'utf8').split('\n');
  if (rest.at(-1) === '') rest.pop();
  return { header, rows: rest.map((line) => line.split(',')) };
}

export function readSample(dir: string): ReadSample {
  const staff = lines(dir, 'staff.csv');
  const teams = lines(dir, 'teams.csv');
  const interactions = lines(dir, 'interactions.csv');
  const staffRows = staff.rows.map(([id, name, team, role, manager, location, email]) => ({ id, name, team, role, manager, location, email }));
  const teamRows = teams.rows.map(([id, name, parent]) => ({ id, name, parent }));
  const parentOf = new Map(teamRows.map((team) => [team.id, team.parent]));
  return {
    header: { staff: staff.header, teams: teams.header, interactions: interactions.header },
    staff: staffRows,
    teams: teamRows,
    interactions: interactions.rows.map(([source, target, timestamp, channel]) => ({ source, target, timestamp, channel })),
    truth: JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as SampleTruth,
    teamOf: new Map(staffRows.map((person) => [person.id, person.team])),
    departmentOf: new Map(staffRows.map((person) => [person.id, parentOf.get(person.team)!])),
  };
}

/** Distinct contacts of each person, counting both directions as one tie. */
export function distinctContacts(sample: ReadSample): Map<string, Set<string>> {
  const contacts = new Map<string, Set<string>>(sample.staff.map((person) => [person.id, new Set<string>()]));
  for (const { source, target } of sample.interactions) {
    contacts.get(source)!.add(target);
    contacts.get(target)!.add(source);
  }
  return contacts;
}
