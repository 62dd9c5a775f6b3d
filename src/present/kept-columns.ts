/**
 * The staff columns kept with --keep-attributes, and the names the people table (CSV) and the
 * network exports (GEXF, GraphML) give them beside their built-in columns. A kept column may be
 * called what a built-in one is (an HR `department` column beside the organisational
 * `department`, an education `degree` beside the integer measure): written as it is, readers take
 * one of the two and lose the other, or fail on a `degree` that is not a number. Such a column
 * gets the prefix `staff_` instead, the same in every format. Names are compared ignoring case,
 * since spreadsheets, databases and some graph tools do.
 */
import type { Analysis } from '../analyse.js';

/** The prefix a kept column gets when its name is taken; repeated until the name is free. */
const KEPT_COLUMN_PREFIX = 'staff_';

/**
 * Every name the exports give a person's own columns: the people table's and the node attributes
 * of GEXF and GraphML (with GraphML's `label`), so that a kept column is renamed alike in all.
 */
export const BUILT_IN_PERSON_COLUMNS: readonly string[] = [
  'id', 'label', 'name', 'team', 'teamName', 'department',
  'degree', 'inDegree', 'outDegree', 'strength', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector',
  'clustering', 'constraint', 'effectiveSize', 'efficiency', 'eiIndex', 'participation', 'withinTeamZ', 'teamsReached',
  'community', 'peopleCutOff', 'teamsCutOff',
  'brokerageCoordinator', 'brokerageItinerant', 'brokerageGatekeeper', 'brokerageRepresentative', 'brokerageLiaison',
  'roles', 'connector', 'broker', 'boundarySpanner', 'bottleneck', 'peripheral', 'isolate',
];

/** A kept staff column: its name in the staff file (and JSON `attributes`) and in the exports. */
export interface KeptColumn {
  readonly column: string;
  readonly name: string;
}

/** Staff columns kept with --keep-attributes, in first-seen order. */
function keptAttributeNames(analysis: Pick<Analysis, 'people' | 'privacy'>): string[] {
  const names = new Set<string>(analysis.privacy?.keptAttributes ?? []);
  for (const person of analysis.people) for (const name of Object.keys(person.attributes ?? {})) names.add(name);
  return [...names];
}

/** The kept columns in first-seen order, each with the name the exports write it under. */
export function keptColumns(analysis: Pick<Analysis, 'people' | 'privacy'>): KeptColumn[] {
  const kept = keptAttributeNames(analysis);
  const taken = new Set(BUILT_IN_PERSON_COLUMNS.map((name) => name.toLowerCase()));
  // Columns whose names are free keep them first, so a renamed column never takes the name of a
  // column kept as it is (`department` and `staff_department` both kept).
  const keepsName = kept.map((column) => {
    const free = !taken.has(column.toLowerCase());
    if (free) taken.add(column.toLowerCase());
    return free;
  });
  return kept.map((column, i) => {
    if (keepsName[i]) return { column, name: column };
    let name = `${KEPT_COLUMN_PREFIX}${column}`;
    while (taken.has(name.toLowerCase())) name = `${KEPT_COLUMN_PREFIX}${name}`;
    taken.add(name.toLowerCase());
    return { column, name };
  });
}
