/**
 * The dashboard's tabs, in order: the findings in the text report's order (connectors, brokers,
 * silos, single points of failure, introductions), then every team and every person. Adding a
 * tab is adding an entry here (see tab-definition.ts).
 */
import type { StrengthWords } from '../../present/strength-words.js';
import { brokersTab } from './brokers-tab.js';
import { changesTab } from './changes-tab.js';
import { connectorsTab } from './connectors-tab.js';
import { introductionsTab } from './introductions-tab.js';
import { peopleTab } from './people-tab.js';
import { risksTab } from './risks-tab.js';
import { silosTab } from './silos-tab.js';
import type { AnyTab } from './tab-definition.js';
import { teamsTab } from './teams-tab.js';

export const DASHBOARD_TABS: readonly AnyTab[] = [connectorsTab, brokersTab, silosTab, risksTab, introductionsTab, teamsTab, peopleTab];

/** The tabs of `nodefinder compare`: Changes first, then the after period's tabs. */
export const COMPARISON_TABS: readonly AnyTab[] = [changesTab, ...DASHBOARD_TABS];

/**
 * The tabs with a person's strength named as the data has it: "Interactions" for counts,
 * "Strength" for a weight column's sums (survey ratings), as the written outputs name it.
 */
export function withStrengthWords(tabs: readonly AnyTab[], words: StrengthWords): readonly AnyTab[] {
  if (words.column === 'Interactions') return tabs;
  const word = words.column.toLowerCase();
  return tabs.map((tab) => ({
    ...tab,
    columns: tab.columns.map((column) => (column.id === 'interactions' ? { ...column, title: words.column } : column)),
    sorts: tab.sorts.map((sort) => (sort.label.startsWith('interactions ') ? { ...sort, label: sort.label.replace('interactions', word) } : sort)),
  }));
}
