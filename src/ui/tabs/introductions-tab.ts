/** Introductions: who should meet whom, and who can introduce them, best first. */
import type { Analysis } from '../../analyse.js';
import type { Introduction } from '../../introductions/suggest-introductions.js';
import { countText, fixed } from '../format.js';
import { COLD_COLOUR } from '../theme.js';
import { numberColumn, numberSort, personName, TEAM_NAME_CELL, TEAM_NAME_WIDTH, teamLabel, teamNameColumn, textSort } from './shared-columns.js';
import { defineTab, type TabContext } from './tab-definition.js';

/** An introduction with its place in the organisation-wide plan (1 = best). */
export interface RankedIntroduction {
  readonly rank: number;
  readonly introduction: Introduction;
}

const name = (id: string, context: TabContext) => {
  const person = context.personById.get(id);
  return person ? personName(person, context) : id;
};
const team = (id: string, context: TabContext) => teamLabel(context.personById.get(id)?.team ?? null, context);

/** How many introductions the plan holds: more than are listed when --limit cut it. */
export function plannedIntroductions(analysis: Analysis): number {
  // An analysis saved before beforeLimit was recorded says nothing of a cut.
  return analysis.options.introductions?.beforeLimit ?? analysis.introductions.length;
}

/**
 * When --limit cut the plan, how many are listed of how many it holds, in the words of the text
 * output: " (50 of 143 shown; --limit 143 for all)"; else nothing.
 */
function cutNote(analysis: Analysis): string {
  const listed = analysis.introductions.length;
  const planned = plannedIntroductions(analysis);
  return planned > listed ? ` (${countText(listed)} of ${countText(planned)} shown; --limit ${planned} for all)` : '';
}

export const introductionsTab = defineTab<RankedIntroduction>({
  id: 'introductions',
  title: 'Introductions',
  describe: ({ analysis }) => `Who should meet whom, best first${cutNote(analysis)}; "via" knows both (warm), or no one does (cold)`,
  empty: () => 'No introductions to suggest.',
  rows: ({ analysis }) => analysis.introductions.map((introduction, i) => ({ rank: i + 1, introduction })),
  key: ({ introduction }) => `${introduction.from}→${introduction.to}`,
  columns: [
    numberColumn('rank', '#', 3, 60, (row) => row.rank, countText),
    // 19: a name two people share keeps a part beside its id ("Hannah H… (P000290)").
    { id: 'from', title: 'From', width: 19, grow: 2, max: 28, priority: 100, value: ({ introduction }, context) => name(introduction.from, context) },
    teamNameColumn({ id: 'from_team', title: 'Team', width: TEAM_NAME_WIDTH, grow: 1, max: 30, priority: 40, cellName: TEAM_NAME_CELL, value: ({ introduction }, context) => team(introduction.from, context) }),
    { id: 'to', title: 'To', width: 19, grow: 2, max: 28, priority: 99, value: ({ introduction }, context) => name(introduction.to, context) },
    teamNameColumn({ id: 'to_team', title: 'Team', width: TEAM_NAME_WIDTH, grow: 1, max: 30, priority: 39, cellName: TEAM_NAME_CELL, value: ({ introduction }, context) => team(introduction.to, context) }),
    {
      id: 'via',
      title: 'Via',
      width: 12,
      grow: 1,
      max: 30,
      priority: 90,
      value: ({ introduction }, context) => introduction.via.map((id) => name(id, context)).join('; '),
      text: ({ introduction }, context) => (introduction.warm ? introduction.via.map((id) => name(id, context)).join(', ') : 'cold'),
      colour: ({ introduction }) => (introduction.warm ? undefined : COLD_COLOUR),
    },
    // Left blank in exports for an introduction with an end in a small team: its figures are the team's.
    { ...numberColumn<RankedIntroduction>('score', 'Score', 5, 70, (row) => row.introduction.score, (value) => fixed(value, 2)), cellName: ['score', 'scores'] },
    // Starts by naming the two people again, and the detail view gives it whole: it gives way to their teams.
    { id: 'reason', title: 'Reason', width: 16, grow: 1, priority: 30, value: ({ introduction }) => introduction.reason },
  ],
  sorts: [
    numberSort('rank', 'rank', (row) => row.rank, 'ascending'),
    textSort('from', 'from', (row, context) => name(row.introduction.from, context)),
    textSort('to', 'to', (row, context) => name(row.introduction.to, context)),
    textSort('from team', 'from_team', (row, context) => team(row.introduction.from, context)),
  ],
  searchText: ({ introduction }, context) =>
    [introduction.from, introduction.to, ...introduction.via].map((id) => `${name(id, context)} ${id} ${team(id, context)}`).join(' ') + (introduction.warm ? ' warm' : ' cold'),
  open: ({ introduction }) => ({ kind: 'introduction', from: introduction.from, to: introduction.to }),
});
