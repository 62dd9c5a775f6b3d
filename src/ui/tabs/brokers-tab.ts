/** Brokers: people who link parts of the organisation that would otherwise be apart (role `broker`). */
import type { PersonAnalysis } from '../../analyse.js';
import { countText, evidenceList, fixed, share } from '../format.js';
import { thresholdWithComparison } from '../../present/evidence-text.js';
import { RISK_COLOUR } from '../theme.js';
import { numberColumn, numberSort, personColumns, personLabel, teamLabel, textSort } from './shared-columns.js';
import { defineTab } from './tab-definition.js';

export const brokersTab = defineTab<PersonAnalysis>({
  id: 'brokers',
  title: 'Brokers',
  describe: ({ analysis }) =>
    `Betweenness ${thresholdWithComparison(analysis.thresholds.comparisons.betweenness, analysis.thresholds.betweenness, 'symbol')} and constraint ${thresholdWithComparison(analysis.thresholds.comparisons.constraint, analysis.thresholds.constraint, 'symbol')}: link parts that would otherwise be apart; a bottleneck is also a cut point`,
  empty: () => 'No brokers: no one combines high betweenness with low constraint.',
  rows: ({ analysis }) => analysis.people.filter((person) => person.roles.includes('broker')),
  key: (person) => person.id,
  columns: [
    ...personColumns<PersonAnalysis>((person) => person),
    numberColumn('betweenness', 'Betweenness', 11, 95, (person) => person.betweenness, (value) => share(value)),
    numberColumn('constraint', 'Constraint', 10, 85, (person) => person.constraint, (value) => fixed(value)),
    numberColumn('people_cut_off', 'Cut off', 7, 60, (person) => person.peopleCutOff, countText),
    {
      id: 'bottleneck',
      title: 'Risk',
      width: 10,
      priority: 70,
      hideWhenEmpty: true,
      value: (person) => person.roles.includes('bottleneck'),
      text: (person) => (person.roles.includes('bottleneck') ? 'bottleneck' : ''),
      colour: () => RISK_COLOUR,
    },
    // Repeats betweenness and constraint beside the thresholds the line above the table gives: the first to give way.
    { id: 'evidence', title: 'Evidence', width: 14, grow: 2, priority: 25, value: (person) => evidenceList(person.evidence.broker) },
  ],
  sorts: [
    numberSort('betweenness', 'betweenness', (person) => person.betweenness, 'descending'),
    numberSort('constraint', 'constraint', (person) => person.constraint, 'ascending'),
    numberSort('people cut off', 'people_cut_off', (person) => person.peopleCutOff, 'descending'),
    textSort('name', 'name', (person) => personLabel(person)),
  ],
  searchText: (person, context) => `${person.name} ${person.id} ${teamLabel(person.team, context)} ${person.roles.join(' ')}`,
  open: (person) => ({ kind: 'person', id: person.id }),
});
