/**
 * The three tables of the CSV export (`nodefinder export --format csv --table …`, and
 * `nodefinder analyse --format csv --table …`): people, teams and introductions, one row each,
 * with names beside ids for readers of a spreadsheet. Measure columns carry the JSON output's
 * names. Built from the released Analysis only, so small teams never appear.
 */
import type { Analysis, PersonAnalysis } from '../analyse.js';
import { formatCsv } from './csv.js';
import { describeEvidence } from './evidence-text.js';
import { keptColumns } from './kept-columns.js';
import { teamLookup } from './team-labels.js';

/** The tables there are. */
export const CSV_TABLES = ['people', 'teams', 'introductions'] as const;
/** One of the CSV tables. */
export type CsvTableName = (typeof CSV_TABLES)[number];

/** One value of a CSV table's row; null is an empty field. */
export type CsvCell = string | number | boolean | null;

/** A header and rows, ready for `formatCsv`. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

/** Per-person measures in column order, as named in the JSON output. */
const PERSON_MEASURES = [
  'degree', 'inDegree', 'outDegree', 'strength', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector',
  'clustering', 'constraint', 'effectiveSize', 'efficiency', 'eiIndex', 'participation', 'withinTeamZ', 'teamsReached',
  'community', 'peopleCutOff', 'teamsCutOff',
] as const satisfies readonly (keyof PersonAnalysis)[];

const BROKERAGE = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'] as const;

/**
 * One row per person, in the organisation's order: id, name, team id, team name, department,
 * kept staff columns (under `staff_` when a built-in column has the name), every measure, the
 * five brokerage counts, and roles joined by ';'.
 */
export function peopleTable(analysis: Analysis): CsvTable {
  const teams = teamLookup(analysis);
  const kept = keptColumns(analysis);
  const header = [
    'id', 'name', 'team', 'teamName', 'department', ...kept.map((column) => column.name), ...PERSON_MEASURES,
    ...BROKERAGE.map((role) => `brokerage${role[0].toUpperCase()}${role.slice(1)}`), 'roles',
  ];
  const rows = analysis.people.map((person) => [
    person.id,
    person.name,
    teams.team(person.team) ? person.team : null,
    teams.label(person.team),
    teams.department(person.team),
    ...kept.map(({ column }) => person.attributes?.[column] ?? ''),
    ...PERSON_MEASURES.map((measure) => person[measure]),
    ...BROKERAGE.map((role) => person.brokerage[role]),
    person.roles.join(';'),
  ]);
  return { header, rows };
}

/** One row per released team: its figures, silo judgement and the evidence for it. */
export function teamsTable(analysis: Analysis): CsvTable {
  const names = new Map(analysis.people.map((person) => [person.id, person.name]));
  const header = [
    'id', 'name', 'department', 'size', 'internalTies', 'externalTies', 'density', 'eiIndex', 'teamsReached',
    'busFactor', 'busFactorPerson', 'busFactorPersonName', 'silo', 'evidence',
  ];
  const rows = analysis.teams.map((team) => [
    team.id, team.name, team.parent, team.size, team.internalTies, team.externalTies, team.density, team.eiIndex,
    team.teamsReached, team.busFactor, team.busFactorPerson, team.busFactorPerson === null ? null : names.get(team.busFactorPerson) ?? '',
    team.silo, team.evidence.map((item) => describeEvidence(item)).join('; '),
  ]);
  return { header, rows };
}

/** One row per suggested introduction, best first; the columns of `nodefinder suggest --format csv`. */
export function introductionsTable(analysis: Analysis): CsvTable {
  const teams = teamLookup(analysis);
  const person = new Map(analysis.people.map((p) => [p.id, p]));
  const name = (id: string) => person.get(id)?.name ?? '';
  const team = (id: string) => {
    const p = person.get(id);
    return p ? teams.label(p.team) : '';
  };
  const header = ['from', 'from_name', 'from_team', 'to', 'to_name', 'to_team', 'via', 'via_names', 'warm', 'score', 'need', 'value', 'plausibility', 'reason'];
  const rows = analysis.introductions.map((item) => [
    item.from, name(item.from), team(item.from), item.to, name(item.to), team(item.to),
    item.via.join(';'), item.via.map(name).join(';'), item.warm, item.score,
    item.components.need, item.components.value, item.components.plausibility, item.reason,
  ]);
  return { header, rows };
}

/** The named table as CSV text (CRLF line ends, formulas neutralised). */
export function formatCsvTable(analysis: Analysis, table: CsvTableName): string {
  const built = table === 'people' ? peopleTable(analysis) : table === 'teams' ? teamsTable(analysis) : introductionsTable(analysis);
  return formatCsv(built.header, built.rows);
}

