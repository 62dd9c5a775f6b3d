/** People: everyone, with their roles and key measures; the tab to search. */
import type { PersonAnalysis } from '../../analyse.js';
import { countText, fixed, share } from '../format.js';
import { roleColour } from '../theme.js';
import { numberColumn, numberSort, personColumns, personLabel, privacyColumn, teamLabel, textSort } from './shared-columns.js';
import { defineTab } from './tab-definition.js';

export const peopleTab = defineTab<PersonAnalysis>({
  id: 'people',
  title: 'People',
  describe: () => 'Everyone: press / to search by name, id, team or role',
  empty: () => 'No people in the staff file.',
  rows: ({ analysis }) => analysis.people,
  key: (person) => person.id,
  columns: [
    ...personColumns<PersonAnalysis>((person) => person),
    { id: 'roles', title: 'Roles', width: 10, grow: 2, max: 36, priority: 85, value: (person) => person.roles.join(';'), text: (person) => person.roles.join(', '), colour: (person) => roleColour(person.roles) },
    numberColumn('contacts', 'Contacts', 8, 95, (person) => person.degree, countText),
    numberColumn('betweenness', 'Betweenness', 11, 70, (person) => person.betweenness, (value) => share(value)),
    numberColumn('constraint', 'Constraint', 10, 50, (person) => person.constraint, (value) => fixed(value)),
    numberColumn('participation', 'Particip.', 9, 40, (person) => person.participation, (value) => fixed(value, 2)),
    numberColumn('people_cut_off', 'Cut off', 7, 60, (person) => person.peopleCutOff, countText),
    // Their team's figures are withheld from what is written out, as the Teams tab marks it; an
    // export leaves their team blank and says so, so the mark is not exported.
    { ...privacyColumn<PersonAnalysis>((person, context) => (person.team === null ? undefined : context.teamById.get(person.team)), 45), screenOnly: true },
  ],
  sorts: [
    textSort('name', 'name', (person) => personLabel(person)),
    numberSort('contacts', 'contacts', (person) => person.degree, 'descending'),
    numberSort('betweenness', 'betweenness', (person) => person.betweenness, 'descending'),
    numberSort('constraint', 'constraint', (person) => person.constraint, 'ascending'),
    numberSort('participation', 'participation', (person) => person.participation, 'descending'),
    numberSort('people cut off', 'people_cut_off', (person) => person.peopleCutOff, 'descending'),
  ],
  searchText: (person, context) => `${person.name} ${person.id} ${teamLabel(person.team, context)} ${person.roles.join(' ')}`,
  open: (person) => ({ kind: 'person', id: person.id }),
});
