/**
 * Columns and orders that several tabs share: who a person is, which team they are in, and
 * sorts by numbers (a dash last) and by names.
 */
import type { PersonAnalysis, TeamAnalysis } from '../../analyse.js';
import { nameOf, nameWith } from '../../organisation/shared-names.js';
import { isWithheldAsSmall } from '../../privacy/small-team.js';
import { PRIVACY_COLOUR, roleColour, SILO_COLOUR } from '../theme.js';
import type { CellValue, ColumnDefinition, SortDefinition, TabContext } from './tab-definition.js';

/** A person's name, or their id when the staff file had no name. */
export const personLabel = (person: Pick<PersonAnalysis, 'name' | 'id'>): string => person.name || person.id;

/** A person as lists without an id column name them: as personLabel, with the id after a name someone else has too ("David Harrison (P000027)"). */
export const personName = (person: Pick<PersonAnalysis, 'name' | 'id'>, context: TabContext): string => nameOf(person, context.sharedNames);

/** The most cells an id column widens to: a pseudonym (p- and 16 hex digits) fits whole. */
export const ID_MAX_WIDTH = 20;

/**
 * The fewest cells a column of team names is given: its start and the end that tells a
 * department's teams apart ("Registrati…Partnerships"). Fewer leave a fragment ("Regist…rships"),
 * so columns that repeat what is shown (Evidence, Reason) give way first.
 */
export const TEAM_NAME_WIDTH = 20;

/** What a cell of a person's team is called when an export leaves it blank. */
export const TEAM_NAME_CELL = ['team name', 'team names'] as const;

/** A team's name from its id, or the id when the team is unknown. */
export function teamLabel(teamId: string | null, context: TabContext): string {
  if (teamId === null) return '';
  return context.teamById.get(teamId)?.name || teamId;
}

/**
 * A person with their team, as the text report names them: the id a shared name needs and the
 * team in one pair of parentheses, "David Harrison (P000027, Housing)", "Ann Smith (Finance)".
 */
export function personInTeam(person: Pick<PersonAnalysis, 'name' | 'id' | 'team'>, context: TabContext): string {
  return nameWith(person, context.sharedNames, person.team ? [teamLabel(person.team, context)] : []);
}

/** personInTeam in two parts, so that a screen can set the name apart: ["David Harrison", " (P000027, Housing)"]. */
export function personInTeamParts(person: Pick<PersonAnalysis, 'name' | 'id' | 'team'>, context: TabContext): readonly [name: string, rest: string] {
  const name = personLabel(person);
  return [name, personInTeam(person, context).slice(name.length)];
}

/**
 * Whether a team is withheld as small (not one with no members), or was in the before period of a comparison
 * (withheld too), so its figures may not leave the terminal.
 */
export const isSmallTeam = (team: Pick<TeamAnalysis, 'id' | 'size'>, context: TabContext): boolean =>
  isWithheldAsSmall(team.size, context.minGroupSize) || context.withheldTeams.has(team.id);

/** Whether a team is marked only for its size in the before period. */
const smallBefore = (team: Pick<TeamAnalysis, 'id' | 'size'>, context: TabContext): boolean => team.size >= context.minGroupSize && context.withheldTeams.has(team.id);

/** The words that mark a small team everywhere on screen. */
export const smallTeamNote = (team: Pick<TeamAnalysis, 'id' | 'size'>, context: TabContext): string =>
  `below minimum group size (${context.minGroupSize})${smallBefore(team, context) ? ' in the before period' : ''}`;

/** The same mark in a table, short enough to leave room for team names (the help explains it). */
export const smallTeamMark = (team: Pick<TeamAnalysis, 'id' | 'size'>, context: TabContext): string =>
  `small ${smallBefore(team, context) ? 'before' : 'team'} (<${context.minGroupSize})`;

const finite = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** Numbers in the given direction; a dash (NaN or null) always sorts last. */
export function compareNumbers(a: number | null | undefined, b: number | null | undefined, direction: 'ascending' | 'descending'): number {
  if (!finite(a)) return finite(b) ? 1 : 0;
  if (!finite(b)) return -1;
  return direction === 'ascending' ? a - b : b - a;
}

/** A sort by one number, shown in the column of id `column`. */
export function numberSort<Row>(label: string, column: string, get: (row: Row) => number | null | undefined, direction: 'ascending' | 'descending'): SortDefinition<Row> {
  return { label: `${label} ${direction === 'ascending' ? '↑' : '↓'}`, column, compare: (a, b) => compareNumbers(get(a), get(b), direction) };
}

/** A sort by text, A to Z (compareSortText), shown in the column of id `column`. */
export function textSort<Row>(label: string, column: string, get: (row: Row, context: TabContext) => string): SortDefinition<Row> {
  return { label: `${label} A–Z`, column, text: get };
}

/**
 * A numeric column, right-aligned, at least `width` cells and as wide as its widest number: a
 * number cut short ("12…" for rank 12,758) would read as another.
 */
export function numberColumn<Row>(
  id: string,
  title: string,
  width: number,
  priority: number,
  get: (row: Row, context: TabContext) => number | null,
  text: (value: number | null) => string,
): ColumnDefinition<Row> {
  return { id, title, width, fitContent: true, priority, align: 'right', value: (row, context) => get(row, context) as CellValue, text: (row, context) => text(get(row, context)) };
}

/**
 * A column of team or department names, cut in the middle when too long: a department's teams
 * share its name as their start and differ at the end ("Adult Social Care North", "… West"), and
 * departments at the end too ("Adult Learning 2", "Adult Learning 3").
 */
export function teamNameColumn<Row>(column: Omit<ColumnDefinition<Row>, 'cut'>): ColumnDefinition<Row> {
  return { ...column, cut: 'middle' };
}

/** The person columns every people table starts with: name (coloured by role), id, team. */
export function personColumns<Row>(get: (row: Row) => PersonAnalysis): ColumnDefinition<Row>[] {
  return [
    { id: 'name', title: 'Name', width: 16, grow: 2, max: 26, priority: 100, value: (row) => get(row).name, text: (row) => personLabel(get(row)), colour: (row) => roleColour(get(row).roles) },
    // The first to go when space is short, unless someone shown shares their name: then it says who is who.
    { id: 'id', title: 'ID', width: 8, max: ID_MAX_WIDTH, fitContent: true, priority: 5, neededBy: (row, context) => context.sharedNames.has(get(row).name), value: (row) => get(row).id },
    teamNameColumn({ id: 'team', title: 'Team', width: TEAM_NAME_WIDTH, grow: 2, max: 32, priority: 90, cellName: TEAM_NAME_CELL, value: (row, context) => teamLabel(get(row).team, context) }),
  ];
}

/** The team columns every team table starts with: name (coloured when a silo), id, department. */
export function teamColumns<Row>(get: (row: Row) => TeamAnalysis): ColumnDefinition<Row>[] {
  return [
    teamNameColumn({ id: 'team', title: 'Team', width: TEAM_NAME_WIDTH, grow: 3, max: 34, priority: 100, value: (row) => get(row).name, text: (row) => get(row).name || get(row).id, colour: (row) => (get(row).silo ? SILO_COLOUR : undefined) }),
    { id: 'id', title: 'ID', width: 6, max: ID_MAX_WIDTH, fitContent: true, priority: 5, value: (row) => get(row).id },
    teamNameColumn({ id: 'department', title: 'Department', width: 12, grow: 1, max: 24, priority: 20, value: (row) => get(row).parent }),
  ];
}

/**
 * The privacy column of team tables, and of people's, for their team: empty, or "below minimum
 * group size (N)" ("small team (<N)" on screen).
 */
export function privacyColumn<Row>(teamOf: (row: Row, context: TabContext) => TeamAnalysis | undefined, priority: number): ColumnDefinition<Row> {
  const small = (row: Row, context: TabContext) => {
    const team = teamOf(row, context);
    return team !== undefined && isSmallTeam(team, context) ? team : undefined;
  };
  return {
    id: 'note',
    title: 'Note',
    // Wide enough for the mark whole: a cut-off privacy mark would not say what it means.
    width: 16,
    max: 20,
    fitContent: true,
    priority,
    hideWhenEmpty: true,
    value: (row, context) => {
      const team = small(row, context);
      return team ? smallTeamNote(team, context) : '';
    },
    text: (row, context) => {
      const team = small(row, context);
      return team ? smallTeamMark(team, context) : '';
    },
    colour: () => PRIVACY_COLOUR,
  };
}
