/**
 * The attributes a network export (GEXF, GraphML) gives each person and each tie, with their
 * declared types, so that both formats carry the same columns under the same names and Gephi,
 * Cytoscape and NetworkX read every measure with its type. Types are declared, never guessed from
 * the values: a measure that happens to be whole in one organisation is still a double.
 */
import type { Analysis, PersonAnalysis } from '../analyse.js';
import type { Role } from '../findings/roles.js';
import type { Organisation } from '../organisation/organisation.js';
import type { TieTable } from '../organisation/tie-table.js';
import { keptColumns } from './kept-columns.js';
import { methodSettings } from './report-methods.js';
import { teamLookup } from './team-labels.js';

/** Value types both formats declare (GraphML spells `integer` as `int`). */
export type NetworkValueType = 'string' | 'integer' | 'double' | 'boolean';

/** One node attribute: its name, declared type and value for a person (null: no value). */
export interface NodeAttribute {
  readonly name: string;
  readonly type: NetworkValueType;
  value(person: PersonAnalysis): string | number | boolean | null;
}

const INTEGER_MEASURES = ['degree', 'inDegree', 'outDegree', 'teamsReached', 'community', 'peopleCutOff', 'teamsCutOff'] as const;
const DOUBLE_MEASURES = [
  'strength', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector', 'clustering', 'constraint',
  'effectiveSize', 'efficiency', 'eiIndex', 'participation', 'withinTeamZ',
] as const;
const BROKERAGE = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'] as const;
const ROLE_FLAGS: readonly [string, Role][] = [
  ['connector', 'connector'], ['broker', 'broker'], ['boundarySpanner', 'boundary-spanner'],
  ['bottleneck', 'bottleneck'], ['peripheral', 'peripheral'], ['isolate', 'isolate'],
];

/**
 * The node attributes, in order: name, team (id; empty when the team is not released), teamName,
 * department, staff columns kept with --keep-attributes (under `staff_` when a built-in attribute
 * has the name), every measure, the brokerage counts, `roles` (joined by ';') and one boolean per role.
 */
export function nodeAttributes(analysis: Analysis): NodeAttribute[] {
  const teams = teamLookup(analysis);
  const kept = keptColumns(analysis);
  return [
    { name: 'name', type: 'string', value: (p) => p.name },
    { name: 'team', type: 'string', value: (p) => (teams.team(p.team) ? p.team : '') },
    { name: 'teamName', type: 'string', value: (p) => teams.label(p.team) },
    { name: 'department', type: 'string', value: (p) => teams.department(p.team) },
    ...kept.map(({ column, name }): NodeAttribute => ({ name, type: 'string', value: (p) => p.attributes?.[column] ?? '' })),
    ...INTEGER_MEASURES.map((measure): NodeAttribute => ({ name: measure, type: 'integer', value: (p) => p[measure] })),
    ...DOUBLE_MEASURES.map((measure): NodeAttribute => ({ name: measure, type: 'double', value: (p) => p[measure] })),
    ...BROKERAGE.map((role): NodeAttribute => ({ name: `brokerage${role[0].toUpperCase()}${role.slice(1)}`, type: 'integer', value: (p) => p.brokerage[role] })),
    { name: 'roles', type: 'string', value: (p) => p.roles.join(';') },
    ...ROLE_FLAGS.map(([name, role]): NodeAttribute => ({ name, type: 'boolean', value: (p) => p.roles.includes(role) })),
  ];
}

/**
 * A value as the file writes it, or null when there is none: a measure that does not apply, or
 * empty text (GraphML readers drop empty values, so both formats leave them out alike).
 */
export function attributeText(type: NetworkValueType, value: string | number | boolean | null): string | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return type === 'integer' ? String(Math.round(value)) : String(value);
  }
  return String(value);
}

/** The ties an export writes: directed arcs when the analysis used the directed network. */
export interface ExportedTies {
  readonly directed: boolean;
  readonly table: TieTable;
}

/**
 * The ties of the network the analysis measured. Checks that the organisation is the one the
 * analysis was made from (people in the same order), since ids are taken from the analysis.
 */
export function exportedTies(analysis: Analysis, organisation: Organisation): ExportedTies {
  if (organisation.people.length !== analysis.people.length) {
    throw new Error(`the analysis has ${analysis.people.length} people but the organisation ${organisation.people.length}: they must be the same organisation`);
  }
  return analysis.options.directed ? { directed: true, table: organisation.arcs } : { directed: false, table: organisation.ties };
}

/**
 * How the network was measured, for the file's metadata: every setting of the reports' Methods
 * options table (the same rows, so the files and the reports cannot drift apart), among them
 * the data filters, the seed, role and silo options, the minimum group size and pseudonymisation.
 */
export function networkDescription(analysis: Analysis): string {
  const settings = methodSettings(analysis).map(([setting, value]) => `${setting}: ${value}.`);
  return [`nodefinder analysis of ${analysis.summary.people} people.`, ...settings].join(' ');
}
