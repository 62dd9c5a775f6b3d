/** Teams: every team with its figures, silos and small teams marked. */
import type { TeamAnalysis } from '../../analyse.js';
import { countText, fixed, percentText } from '../format.js';
import { SILO_COLOUR } from '../theme.js';
import { numberColumn, numberSort, privacyColumn, teamColumns, textSort } from './shared-columns.js';
import { defineTab } from './tab-definition.js';

export const teamsTab = defineTab<TeamAnalysis>({
  id: 'teams',
  title: 'Teams',
  describe: () => 'Every team: E-I from −1 (all ties inside) to +1 (all outside); bus factor = share of outside ties held by one member',
  empty: () => 'No teams: the staff file has no team column and there is no teams file.',
  rows: ({ analysis }) => analysis.teams,
  key: (team) => team.id,
  columns: [
    ...teamColumns<TeamAnalysis>((team) => team),
    numberColumn('size', 'People', 6, 90, (team) => team.size, countText),
    numberColumn('density', 'Density', 7, 45, (team) => team.density, (value) => fixed(value, 2)),
    numberColumn('ei_index', 'E-I', 5, 85, (team) => team.eiIndex, (value) => fixed(value, 2)),
    numberColumn('other_teams', 'Reach', 5, 60, (team) => team.teamsReached, countText),
    numberColumn('bus_factor', 'Bus', 4, 70, (team) => team.busFactor, percentText),
    {
      id: 'silo',
      title: 'Silo',
      width: 4,
      priority: 95,
      value: (team) => team.silo,
      text: (team) => (team.silo ? 'SILO' : ''),
      colour: () => SILO_COLOUR,
    },
    privacyColumn<TeamAnalysis>((team) => team, 80),
  ],
  sorts: [
    textSort('team', 'team', (team) => team.name || team.id),
    numberSort('people', 'size', (team) => team.size, 'descending'),
    numberSort('E-I', 'ei_index', (team) => team.eiIndex, 'ascending'),
    numberSort('bus factor', 'bus_factor', (team) => team.busFactor, 'descending'),
    numberSort('reach', 'other_teams', (team) => team.teamsReached, 'ascending'),
  ],
  searchText: (team) => `${team.name} ${team.id} ${team.parent} ${team.silo ? 'silo' : ''}`,
  open: (team) => ({ kind: 'team', id: team.id }),
});
