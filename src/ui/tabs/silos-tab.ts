/** Silos: teams that talk almost only to themselves. */
import type { TeamAnalysis } from '../../analyse.js';
import { countText, evidenceList, figure, fixed, percentText } from '../format.js';
import { numberColumn, numberSort, privacyColumn, teamColumns, textSort } from './shared-columns.js';
import { defineTab } from './tab-definition.js';
import { silosShown } from '../../present/silos-shown.js';

export const silosTab = defineTab<TeamAnalysis>({
  id: 'silos',
  title: 'Silos',
  describe: ({ analysis }) =>
    `E-I index ≤ ${figure(analysis.options.silos.siloEiIndex)} and at least ${analysis.options.silos.siloMinSize} people: teams that talk almost only to themselves (−1 = every tie inside the team)`,
  // Why there is none, as the report says it: an organisation of one team, or small teams not shown.
  empty: ({ analysis }) => silosShown(analysis).noSilo,
  rows: ({ analysis }) => analysis.teams.filter((team) => team.silo),
  key: (team) => team.id,
  columns: [
    ...teamColumns<TeamAnalysis>((team) => team),
    numberColumn('size', 'People', 6, 90, (team) => team.size, countText),
    numberColumn('internal_ties', 'Inside', 6, 70, (team) => team.internalTies, countText),
    numberColumn('external_ties', 'Outside', 7, 80, (team) => team.externalTies, countText),
    numberColumn('ei_index', 'E-I', 5, 95, (team) => team.eiIndex, (value) => fixed(value, 2)),
    numberColumn('bus_factor', 'Bus', 4, 40, (team) => team.busFactor, percentText),
    privacyColumn<TeamAnalysis>((team) => team, 85),
    { id: 'evidence', title: 'Evidence', width: 14, grow: 1, priority: 30, value: (team) => evidenceList(team.evidence) },
  ],
  sorts: [
    numberSort('E-I', 'ei_index', (team) => team.eiIndex, 'ascending'),
    numberSort('people', 'size', (team) => team.size, 'descending'),
    numberSort('ties outside', 'external_ties', (team) => team.externalTies, 'ascending'),
    textSort('team', 'team', (team) => team.name || team.id),
  ],
  searchText: (team) => `${team.name} ${team.id} ${team.parent}`,
  open: (team) => ({ kind: 'team', id: team.id }),
});
