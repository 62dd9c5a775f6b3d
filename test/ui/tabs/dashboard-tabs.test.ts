/**
 * The tab definitions on the fixtures: which rows each tab holds (the known answers of
 * fixtures/small-org and the planted truth of fixtures/sample), and the values of their columns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/analyse.js';
import { tableRows } from '../../../src/ui/table/table-rows.js';
import { changesTab } from '../../../src/ui/tabs/changes-tab.js';
import { DASHBOARD_TABS } from '../../../src/ui/tabs/dashboard-tabs.js';
import { tabContext, type AnyTab, type TabContext } from '../../../src/ui/tabs/tab-definition.js';
import { analysed, FIXTURES } from '../analyses.js';

const tab = (id: string): AnyTab => DASHBOARD_TABS.find((t) => t.id === id)!;
const keys = (id: string, context: TabContext) => tab(id).rows(context).map(tab(id).key);
const cells = (id: string, context: TabContext, row: unknown) => Object.fromEntries(tab(id).columns.map((c) => [c.id, c.value(row, context)]));

describe('DASHBOARD_TABS', () => {
  it('has the six tabs of issue #5 and Risks in order, with unique ids and at least one sort each', () => {
    expect(DASHBOARD_TABS.map((t) => t.title)).toEqual(['Connectors', 'Brokers', 'Silos', 'Risks', 'Introductions', 'Teams', 'People']);
    expect(new Set(DASHBOARD_TABS.map((t) => t.id)).size).toBe(7);
    for (const t of DASHBOARD_TABS) expect(t.sorts.length).toBeGreaterThan(0);
  });
});

describe('every tab\'s sorts', () => {
  it('name the column they sort by, which the table keeps on screen', () => {
    for (const t of [...DASHBOARD_TABS, changesTab]) {
      for (const sort of t.sorts) expect(t.columns.map((column) => column.id), `${t.id}: ${sort.label}`).toContain(sort.column);
    }
  });
});

describe('the Brokers tab line', () => {
  it('rounds the thresholds towards the side that passes, so it never shuts out a broker', async () => {
    const { analysis } = await analysed('small-org');
    const thresholds = { ...analysis.thresholds, betweenness: 0.004848, constraint: 0.23678 };
    expect(tab('brokers').describe(tabContext({ ...analysis, thresholds }, 5))).toMatch(/^Betweenness ≥ 0\.00484 and constraint ≤ 0\.237:/);
  });
});

describe('tabs on fixtures/small-org', () => {
  let small: TabContext;
  beforeAll(async () => {
    small = tabContext((await analysed('small-org')).analysis, 5);
  });

  it('Connectors holds Ann Smith (5 contacts) with her evidence', () => {
    expect(keys('connectors', small)).toEqual(['P01']);
    const ann = cells('connectors', small, tab('connectors').rows(small)[0]);
    // Ann's ties: Bob 5, Carla 4, Dan 3 (Finance), Eve 1, Fay 1 (Payroll)
    expect(ann).toMatchObject({ name: 'Ann Smith', id: 'P01', team: 'Finance', contacts: 5, other_teams: 1, interactions: 14, evidence: 'degree 5 ≥ 5' });
    // participation 1 − ((3/5)² + (2/5)²) = 0.48
    expect(ann.participation).toBeCloseTo(0.48, 12);
  });

  it('Brokers holds Carla Patel, a bottleneck who would cut off 4 people', () => {
    expect(keys('brokers', small)).toEqual(['P03']);
    const carla = cells('brokers', small, tab('brokers').rows(small)[0]);
    expect(carla).toMatchObject({ name: 'Carla Patel', team: 'Finance', bottleneck: true, people_cut_off: 4 });
    expect(carla.evidence).toMatch(/^betweenness 0\.314 ≥ 0\.314; constraint 0\.594 ≤ 0\.597$/);
  });

  it('Silos holds Archive, marked below the minimum group size', () => {
    expect(keys('silos', small)).toEqual(['T4']);
    expect(cells('silos', small, tab('silos').rows(small)[0])).toMatchObject({
      team: 'Archive',
      department: 'Communities',
      size: 2,
      internal_ties: 1,
      external_ties: 0,
      ei_index: -1,
      note: 'below minimum group size (5)',
    });
  });

  it('Risks holds the two single points of failure, most people cut off first, as the text report lists them', () => {
    const rows = tableRows(tab('risks'), small, { sort: 0, query: '' });
    expect(rows.map((row) => cells('risks', small, row))).toEqual([
      { name: 'Carla Patel', id: 'P03', team: 'Finance', people_cut_off: 4, teams_cut_off: 1, roles: 'broker;bottleneck' },
      { name: 'Hal Evans', id: 'P08', team: 'Housing', people_cut_off: 3, teams_cut_off: 1, roles: '' },
    ]);
    expect(tab('risks').open(rows[1])).toEqual({ kind: 'person', id: 'P08' });
    expect(tableRows(tab('risks'), small, { sort: 0, query: 'housing' }).map(tab('risks').key)).toEqual(['P08']);
  });

  it('Risks breaks a tie in people cut off by teams affected, and sorts by teams affected or name', () => {
    // Carla and Hal made to cut off 3 people each, Hal's in 2 teams.
    const figures: Record<string, { peopleCutOff: number; teamsCutOff: number }> = { P03: { peopleCutOff: 3, teamsCutOff: 1 }, P08: { peopleCutOff: 3, teamsCutOff: 2 } };
    const analysis = small.analysis;
    const tied = tabContext({ ...analysis, people: analysis.people.map((p) => ({ ...p, ...figures[p.id] })) }, 5);
    const order = (sort: number) => tableRows(tab('risks'), tied, { sort, query: '' }).map(tab('risks').key);
    expect(tab('risks').sorts.map((sort) => sort.label)).toEqual(['people cut off ↓', 'teams affected ↓', 'name A–Z']);
    expect(order(0)).toEqual(['P08', 'P03']);
    expect(order(1)).toEqual(['P08', 'P03']);
    expect(order(2)).toEqual(['P03', 'P08']);
  });

  it('Teams marks every team below 5 people, and not Housing (5)', () => {
    const notes = Object.fromEntries(tab('teams').rows(small).map((row) => [tab('teams').key(row), cells('teams', small, row).note]));
    expect(notes).toEqual({ T1: 'below minimum group size (5)', T2: 'below minimum group size (5)', T3: '', T4: 'below minimum group size (5)' });
    expect(cells('teams', tabContext(small.analysis, 3), tab('teams').rows(small)[1]).note).toBe('');
  });

  it('Teams does not mark a team with no members, which exports keep as the release does', () => {
    const analysis = small.analysis;
    const empty = { ...analysis.teams[2], id: 'T0', name: 'Ghost', size: 0 };
    const withEmpty = tabContext({ ...analysis, teams: [...analysis.teams, empty] }, 5);
    const ghost = tab('teams').rows(withEmpty).find((row) => tab('teams').key(row) === 'T0');
    expect(cells('teams', withEmpty, ghost)).toMatchObject({ team: 'Ghost', note: '' });
  });

  it('Introductions lists the 8 suggestions in plan order, the first cold', () => {
    const rows = tab('introductions').rows(small);
    expect(rows).toHaveLength(8);
    expect(cells('introductions', small, rows[0])).toMatchObject({ rank: 1, from: 'Lea Öberg', from_team: 'Archive', to: 'Hal Evans', to_team: 'Housing', via: '' });
    expect(cells('introductions', small, rows[1])).toMatchObject({ rank: 2, from: 'Ivy Chen', to: 'Carla Patel', via: 'Hal Evans' });
    expect(tab('introductions').open(rows[1])).toEqual({ kind: 'introduction', from: 'P09', to: 'P03' });
  });

  it('Introductions add the id to a name two people share, as the text report does: the tab has no id column', () => {
    // Ivy Chen renamed Hal Evans, the name of the one who can introduce her to Carla Patel.
    const analysis = small.analysis;
    const twins = tabContext({ ...analysis, people: analysis.people.map((p) => (p.id === 'P09' ? { ...p, name: 'Hal Evans' } : p)) }, 5);
    const rows = tab('introductions').rows(twins);
    expect(cells('introductions', twins, rows[0])).toMatchObject({ from: 'Lea Öberg', to: 'Hal Evans (P08)' });
    expect(cells('introductions', twins, rows[1])).toMatchObject({ from: 'Hal Evans (P09)', to: 'Carla Patel', via: 'Hal Evans (P08)' });
  });

  it('People holds everyone; Enter opens the person', () => {
    expect(keys('people', small)).toHaveLength(14);
    const ned = tab('people').rows(small)[13];
    expect(cells('people', small, ned)).toMatchObject({ name: 'Ned Quinn', roles: 'isolate', contacts: 0 });
    expect(tab('people').open(ned)).toEqual({ kind: 'person', id: 'P14' });
  });

  it('People marks the members of teams below 5 people, as Teams marks the teams', () => {
    const notes = Object.fromEntries(tab('people').rows(small).map((row) => [tab('people').key(row), cells('people', small, row).note]));
    const team = Object.fromEntries(small.analysis.people.map((person) => [person.id, person.team]));
    for (const [id, note] of Object.entries(notes)) expect(note, id).toBe(team[id] === 'T3' || team[id] === null ? '' : 'below minimum group size (5)');
    expect(Object.values(notes).filter((note) => note === '')).toHaveLength(5);
    const mark = tab('people').columns.find((column) => column.id === 'note')!;
    expect(mark.text!(tab('people').rows(small)[0], small)).toBe('small team (<5)');
    expect(cells('people', tabContext(small.analysis, 3), tab('people').rows(small)[0]).note).toBe('');
    // Shown only: an export leaves such a person's team blank and counts it, and has no Note column.
    expect(mark.screenOnly).toBe(true);
  });
});

describe('tabs on fixtures/sample find the planted truth', () => {
  let sample: TabContext;
  const truth = JSON.parse(readFileSync(join(FIXTURES, 'sample', 'truth.json'), 'utf8')) as { connectors: string[]; siloTeams: string[] };
  beforeAll(async () => {
    sample = tabContext((await analysed('sample')).analysis, 5);
  });

  it('Connectors holds exactly the three planted connectors', () => {
    expect([...keys('connectors', sample)].sort()).toEqual([...truth.connectors].sort());
  });
  it('Silos holds exactly the planted silo team', () => {
    expect(keys('silos', sample)).toEqual(truth.siloTeams);
  });
  it('Risks holds the two single points of failure of the text report, in its order', () => {
    expect(tableRows(tab('risks'), sample, { sort: 0, query: '' }).map((row) => cells('risks', sample, row))).toMatchObject([
      { name: 'عمر خوري', id: 'P000145', team: 'Finance Engagement', people_cut_off: 9, teams_cut_off: 1 },
      { name: 'Fatima Mistry', id: 'P000170', team: 'Finance Strategy', people_cut_off: 8, teams_cut_off: 1 },
    ]);
  });
  it('Introductions name David Harrison with his id, as two people have his name', () => {
    const row = tab('introductions').rows(sample).find((r) => (r as { rank: number }).rank === 4)!;
    expect(cells('introductions', sample, row)).toMatchObject({ from: 'Noah Thomas', to: 'Ravi Kaur', via: 'David Harrison (P000027)' });
  });
  it('Introductions say that --limit cut them, as the text output does: 50 of the plan\'s 143', () => {
    expect(keys('introductions', sample)).toHaveLength(50);
    expect(tab('introductions').describe(sample)).toBe('Who should meet whom, best first (50 of 143 shown; --limit 143 for all); "via" knows both (warm), or no one does (cold)');
  });
  it('Introductions say nothing of a cut when the list is the whole plan, or the analysis did not record the plan\'s size', () => {
    const whole = 'Who should meet whom, best first; "via" knows both (warm), or no one does (cold)';
    const { options } = sample.analysis;
    const all = tabContext({ ...sample.analysis, options: { ...options, introductions: { ...options.introductions, beforeLimit: 50 } } }, 5);
    expect(tab('introductions').describe(all)).toBe(whole);
    // Saved by an earlier version, without beforeLimit.
    const older = tabContext({ ...sample.analysis, options: { ...options, introductions: undefined } } as unknown as Analysis, 5);
    expect(tab('introductions').describe(older)).toBe(whole);
  });
  it('Teams and People hold every team and person', () => {
    expect(keys('teams', sample)).toHaveLength(33);
    expect(keys('people', sample)).toHaveLength(300);
  });
});
