/**
 * The report's part on departments: per department its teams' figures and its key people, from
 * the released analysis (so small teams never appear).
 */
import type { Analysis, PersonAnalysis, TeamAnalysis } from '../analyse.js';
import { counted, fixed, formatCount, yesNo } from './number-format.js';
import type { ReportTable } from './report-content.js';
import { NO_DEPARTMENT_LABEL, type teamLookup } from './team-labels.js';

/** Key people listed per department. */
export const TOP_KEY_PEOPLE = 10;

/** One department: its teams' figures and its key people. */
export interface DepartmentSection {
  readonly title: string;
  readonly lead: string;
  /** The figures of the lead, for an index of departments. */
  readonly counts: { readonly teams: number; readonly people: number; readonly silos: number };
  readonly teams: ReportTable;
  readonly people: ReportTable;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const percent = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`);

/** Departments by name (teams without one last), each with its teams and key people; `who` names a person as the report does. */
export function departmentSections(analysis: Analysis, teams: ReturnType<typeof teamLookup>, who: (id: string) => string): DepartmentSection[] {
  const groups = new Map<string, TeamAnalysis[]>();
  for (const team of analysis.teams) {
    const list = groups.get(team.parent);
    if (list) list.push(team);
    else groups.set(team.parent, [team]);
  }
  // Departments by name, teams without one last.
  const names = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const peopleByTeam = new Map<string, PersonAnalysis[]>();
  for (const person of analysis.people) {
    if (person.team === null) continue;
    const list = peopleByTeam.get(person.team);
    if (list) list.push(person);
    else peopleByTeam.set(person.team, [person]);
  }
  const onlyOne = names.length === 1 && names[0] === '';
  return names.map((department) => {
    const members = groups.get(department) ?? [];
    const size = members.reduce((sum, t) => sum + t.size, 0);
    const silos = members.filter((t) => t.silo).length;
    const keyPeople = members
      .flatMap((t) => peopleByTeam.get(t.id) ?? [])
      .filter((p) => p.roles.some((role) => role !== 'peripheral' && role !== 'isolate'))
      .sort((x, y) => y.degree - x.degree || y.betweenness - x.betweenness || byId(x, y))
      .slice(0, TOP_KEY_PEOPLE);
    return {
      title: onlyOne ? 'Teams' : department || NO_DEPARTMENT_LABEL,
      lead: `${counted(members.length, 'team', 'teams')}, ${counted(size, 'person', 'people')}; ${counted(silos, 'silo', 'silos')}.`,
      counts: { teams: members.length, people: size, silos },
      teams: {
        columns: [
          { title: 'Team' }, { title: 'People', numeric: true }, { title: 'Ties inside', numeric: true }, { title: 'Ties leaving', numeric: true },
          { title: 'Density', numeric: true }, { title: 'E-I', numeric: true }, { title: 'Other teams reached', numeric: true },
          { title: 'Ties out held by one person' }, { title: 'Silo' },
        ],
        rows: members.map((t) => [
          t.name || t.id, formatCount(t.size), formatCount(t.internalTies), formatCount(t.externalTies), fixed(t.density, 2), fixed(t.eiIndex, 2), formatCount(t.teamsReached),
          t.busFactorPerson === null ? '–' : `${percent(t.busFactor, 1)} (${who(t.busFactorPerson)})`, yesNo(t.silo),
        ]),
        empty: 'No teams.',
      },
      people: {
        columns: [{ title: 'Person' }, { title: 'Team' }, { title: 'Roles' }, { title: 'Contacts', numeric: true }, { title: 'Betweenness', numeric: true }],
        rows: keyPeople.map((p) => [who(p.id), teams.label(p.team), p.roles.join(', '), formatCount(p.degree), fixed(p.betweenness)]),
        empty: 'No connectors, brokers, boundary spanners or bottlenecks here.',
      },
    };
  });
}
