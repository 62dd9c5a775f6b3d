/**
 * The dashboard's tabs, in order. Adding a tab is adding an entry here (see tab-definition.ts).
 */
import { brokersTab } from './brokers-tab.js';
import { changesTab } from './changes-tab.js';
import { connectorsTab } from './connectors-tab.js';
import { introductionsTab } from './introductions-tab.js';
import { peopleTab } from './people-tab.js';
import { silosTab } from './silos-tab.js';
import type { AnyTab } from './tab-definition.js';
import { teamsTab } from './teams-tab.js';

export const DASHBOARD_TABS: readonly AnyTab[] = [connectorsTab, brokersTab, silosTab, introductionsTab, teamsTab, peopleTab];

/** The tabs of `nodefinder compare`: Changes first, then the after period's tabs. */
export const COMPARISON_TABS: readonly AnyTab[] = [changesTab, ...DASHBOARD_TABS];
