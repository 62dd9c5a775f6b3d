/** Connectors: the people who know the most people (role `connector`). */
import type { PersonAnalysis } from '../../analyse.js';
import { countText, evidenceList, fixed } from '../format.js';
import { thresholdWithComparison } from '../../present/evidence-text.js';
import { strengthFigure } from '../../number-text.js';
import { numberColumn, numberSort, personColumns, personLabel, teamLabel, textSort } from './shared-columns.js';
import { defineTab } from './tab-definition.js';

export const connectorsTab = defineTab<PersonAnalysis>({
  id: 'connectors',
  title: 'Connectors',
  // The thresholds first: a narrow terminal cuts the end of the line.
  describe: ({ analysis }) =>
    `Contacts ${thresholdWithComparison(analysis.thresholds.comparisons.degree, analysis.thresholds.degree, 'symbol')}: know the most people (the ${analysis.options.roles.connectorPercentile}th percentile over ${countText(analysis.thresholds.population)} people with ties, at least ${analysis.options.roles.connectorMinDegree})`,
  empty: () => 'No connectors: no one passes the contacts threshold.',
  rows: ({ analysis }) => analysis.people.filter((person) => person.roles.includes('connector')),
  key: (person) => person.id,
  columns: [
    ...personColumns<PersonAnalysis>((person) => person),
    numberColumn('contacts', 'Contacts', 8, 95, (person) => person.degree, countText),
    numberColumn('other_teams', 'Other teams', 11, 80, (person) => person.teamsReached, countText),
    numberColumn('interactions', 'Interactions', 12, 40, (person) => person.strength, (value) => (value === null ? countText(value) : strengthFigure(value))),
    numberColumn('participation', 'Particip.', 9, 30, (person) => person.participation, (value) => fixed(value, 2)),
    // Repeats the contacts beside the threshold the line above the table gives: the first to give way.
    { id: 'evidence', title: 'Evidence', width: 14, grow: 2, priority: 25, value: (person) => evidenceList(person.evidence.connector) },
  ],
  sorts: [
    numberSort('contacts', 'contacts', (person) => person.degree, 'descending'),
    numberSort('other teams', 'other_teams', (person) => person.teamsReached, 'descending'),
    numberSort('interactions', 'interactions', (person) => person.strength, 'descending'),
    textSort('name', 'name', (person) => personLabel(person)),
  ],
  searchText: (person, context) => `${person.name} ${person.id} ${teamLabel(person.team, context)} ${person.roles.join(' ')}`,
  open: (person) => ({ kind: 'person', id: person.id }),
});
