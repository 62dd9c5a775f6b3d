/**
 * Risks: the single points of failure, people whose leaving would cut others off from the rest
 * of the organisation (the network's cut points), in the text report's order: most people cut
 * off first, then most teams they are in.
 */
import type { PersonAnalysis } from '../../analyse.js';
import { countText } from '../format.js';
import { roleColour } from '../theme.js';
import { compareNumbers, numberColumn, numberSort, personColumns, personLabel, teamLabel, textSort } from './shared-columns.js';
import { defineTab } from './tab-definition.js';

export const risksTab = defineTab<PersonAnalysis>({
  id: 'risks',
  title: 'Risks',
  describe: () => 'Single points of failure: if one of them left, others would lose their only path to the rest',
  empty: () => 'No single points of failure: no one is the only path between people.',
  // The analysis lists them; the rows are the people, for the columns and details every people table has.
  rows: ({ analysis, personById }) => analysis.risks.singlePointsOfFailure.flatMap((risk) => personById.get(risk.id) ?? []),
  key: (person) => person.id,
  columns: [
    ...personColumns<PersonAnalysis>((person) => person),
    numberColumn('people_cut_off', 'People cut off', 14, 95, (person) => person.peopleCutOff, countText),
    // The teams of the people cut off, not teams cut off whole: one member of sixteen counts 1.
    numberColumn('teams_cut_off', 'Teams affected', 14, 80, (person) => person.teamsCutOff, countText),
    { id: 'roles', title: 'Roles', width: 10, grow: 1, max: 36, priority: 40, hideWhenEmpty: true, value: (person) => person.roles.join(';'), text: (person) => person.roles.join(', '), colour: (person) => roleColour(person.roles) },
  ],
  sorts: [
    {
      label: 'people cut off ↓',
      column: 'people_cut_off',
      // Then teams affected, as the text report orders them.
      compare: (a, b) => compareNumbers(a.peopleCutOff, b.peopleCutOff, 'descending') || compareNumbers(a.teamsCutOff, b.teamsCutOff, 'descending'),
    },
    numberSort('teams affected', 'teams_cut_off', (person) => person.teamsCutOff, 'descending'),
    textSort('name', 'name', (person) => personLabel(person)),
  ],
  searchText: (person, context) => `${person.name} ${person.id} ${teamLabel(person.team, context)} ${person.roles.join(' ')}`,
  open: (person) => ({ kind: 'person', id: person.id }),
});
