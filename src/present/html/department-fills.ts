/**
 * The fill of each department's teams on the map. Beyond a handful of colours a reader can no
 * longer match a circle to its legend entry, least of all with a colour vision deficiency, and
 * repeating colours would name two departments with one colour; so the departments with the most
 * people on the map get a colour each, and the others share one grey that the legend names.
 */
import type { TeamAnalysis } from '../../analyse.js';
import { DEPARTMENT_FILLS, OTHER_DEPARTMENTS_FILL } from './map-palette.js';

export interface DepartmentFills {
  /** The departments with a colour of their own, most people first ('' is teams without one). */
  readonly coloured: readonly { readonly department: string; readonly fill: string }[];
  /** How many departments are grey. */
  readonly others: number;
  /** The fill of a team in this department. */
  fill(department: string): string;
}

/** Colours for the departments of `teams` (the teams drawn), by the people each has on the map. */
export function departmentFills(teams: readonly Pick<TeamAnalysis, 'parent' | 'size'>[]): DepartmentFills {
  const people = new Map<string, number>();
  for (const team of teams) people.set(team.parent, (people.get(team.parent) ?? 0) + team.size);
  // Most people first; equal ones by name, teams without a department last.
  const byName = (a: string, b: string) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0);
  const largest = [...people.keys()].sort((a, b) => people.get(b)! - people.get(a)! || byName(a, b));
  const coloured = largest.slice(0, DEPARTMENT_FILLS.length).map((department, i) => ({ department, fill: DEPARTMENT_FILLS[i] }));
  const fills = new Map(coloured.map(({ department, fill }) => [department, fill]));
  return {
    coloured,
    others: largest.length - coloured.length,
    fill: (department) => fills.get(department) ?? OTHER_DEPARTMENTS_FILL,
  };
}
