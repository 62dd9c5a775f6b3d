/** Search and sort of a tab's rows, and the same rows as CSV. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PersonAnalysis } from '../../../src/analyse.js';
import { matchesQuery } from '../../../src/ui/table/match-query.js';
import { tableCsv } from '../../../src/ui/table/table-csv.js';
import { searchIndex, tableRows } from '../../../src/ui/table/table-rows.js';
import { compareText } from '../../../src/ui/table/text-order.js';
import { DASHBOARD_TABS } from '../../../src/ui/tabs/dashboard-tabs.js';
import { tabContext, type TabContext } from '../../../src/ui/tabs/tab-definition.js';
import { analysed } from '../analyses.js';

// Every fold counted, to see how often a sort folds.
const folds = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/organisation/fold-text.js', async (importOriginal) => {
  const { foldText } = await importOriginal<typeof import('../../../src/organisation/fold-text.js')>();
  return {
    foldText: (text: string) => {
      folds.count++;
      return foldText(text);
    },
  };
});

const people = DASHBOARD_TABS.find((t) => t.id === 'people')!;
const connectors = DASHBOARD_TABS.find((t) => t.id === 'connectors')!;
let small: TabContext;
beforeAll(async () => {
  small = tabContext((await analysed('small-org')).analysis, 5);
});
const ids = (sort: number, query = '') => tableRows(people, small, { sort, query }).map(people.key);

describe('matchesQuery', () => {
  it('matches every word, anywhere, ignoring case and accents', () => {
    expect(matchesQuery('Lucía Álvarez P000098 Housing Intake', 'lucia hous')).toBe(true);
    expect(matchesQuery('Lucía Álvarez P000098 Housing Intake', 'ALVAREZ')).toBe(true);
    expect(matchesQuery('Lucía Álvarez P000098 Housing Intake', 'lucia finance')).toBe(false);
    expect(matchesQuery('anything', '   ')).toBe(true);
  });
});

describe('tableRows on the People tab of fixtures/small-org', () => {
  it('sorts by name A–Z by default', () => {
    expect(ids(0)).toEqual(['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14']);
  });
  it('sorts by contacts, most first, ties broken by id', () => {
    // degrees: Ann 5; Carla, Eve 4; Dan, Fay, Hal 3; Bob, Gus, Ivy, Jon, Kim 2; Lea, Max 1; Ned 0
    expect(ids(1)).toEqual(['P01', 'P03', 'P05', 'P04', 'P06', 'P08', 'P02', 'P07', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14']);
  });
  it('puts a measure that does not apply (Ned’s constraint) last', () => {
    expect(ids(3).at(-1)).toBe('P14');
    expect(ids(3)[0]).toBe('P08');
  });
  it('filters by name without accents, team, role and id', () => {
    expect(ids(0, 'oberg')).toEqual(['P12']);
    expect(ids(0, 'müller')).toEqual(['P13']);
    expect(ids(0, 'housing')).toEqual(['P08', 'P09', 'P10', 'P11', 'P14']);
    expect(ids(0, 'fin broker')).toEqual(['P03']);
    expect(ids(0, 'P1')).toEqual(['P10', 'P11', 'P12', 'P13', 'P14']);
    expect(ids(0, 'nobody')).toEqual([]);
  });
});

describe('tableRows sorting by name', () => {
  it('folds each name once per sort, not on every comparison (the sample\'s 300 people)', async () => {
    const sample = tabContext((await analysed('sample')).analysis, 5);
    const index = searchIndex(people, sample);
    folds.count = 0;
    const sorted = tableRows(people, sample, { sort: 0, query: '' }, index);
    expect(sorted).toHaveLength(300);
    // 300 names, and the empty query.
    expect(folds.count).toBe(301);
  });
  it('folds the query once per search, not once per row', async () => {
    const sample = tabContext((await analysed('sample')).analysis, 5);
    const index = searchIndex(people, sample);
    folds.count = 0;
    // Sorted by contacts, which folds nothing.
    const found = tableRows(people, sample, { sort: 1, query: 'David Harrison' }, index).map(people.key);
    expect(found.sort()).toEqual(['P000027', 'P000175']);
    expect(folds.count).toBe(1);
  });
  it('keeps the order of comparing the texts: folded first, then as written, then by id', () => {
    // Names that fold alike: Å after A and a by code point, the apostrophe before N; P02 and P06 the same name.
    const names: Record<string, string> = { P01: 'Ålvarez', P02: 'Alvarez', P03: 'alvarez', P04: "O'Neill", P05: 'ONeill', P06: 'Alvarez' };
    const renamed = tabContext({ ...small.analysis, people: small.analysis.people.map((p) => (names[p.id] ? { ...p, name: names[p.id] } : p)) }, 5);
    const order = tableRows(people, renamed, { sort: 0, query: '' }).map(people.key);
    expect(order.filter((id) => id in names)).toEqual(['P02', 'P06', 'P03', 'P01', 'P04', 'P05']);
    const byComparison = [...(people.rows(renamed) as PersonAnalysis[])].sort((a, b) => compareText(a.name, b.name) || (a.id < b.id ? -1 : 1));
    expect(order).toEqual(byComparison.map((p) => p.id));
  });
});

describe('tableCsv', () => {
  it('writes every column of the tab, with numbers as numbers', () => {
    const csv = tableCsv(connectors, small, tableRows(connectors, small, { sort: 0, query: '' }));
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe('name,id,team,contacts,other_teams,interactions,participation,evidence');
    expect(row).toMatch(/^Ann Smith,P01,Finance,5,1,14,0\.48\d*,degree 5 ≥ 5$/);
    expect(end).toBe('');
  });
  it('neutralises a name a spreadsheet would run as a formula', () => {
    const analysis = small.analysis;
    const tampered = tabContext({ ...analysis, people: analysis.people.map((p) => (p.id === 'P01' ? { ...p, name: '=HYPERLINK("http://x")' } : p)) }, 5);
    const csv = tableCsv(connectors, tampered, tableRows(connectors, tampered, { sort: 0, query: '' }));
    expect(csv.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",P01,/);
  });
});
