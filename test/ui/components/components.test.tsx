/** Each screen part on its own, through ink-testing-library with colour codes stripped. */
import { stripVTControlCharacters } from 'node:util';
import { Box } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataTable } from '../../../src/ui/components/DataTable.js';
import { DetailView } from '../../../src/ui/components/DetailView.js';
import { Header, headerLines } from '../../../src/ui/components/Header.js';
import { HelpPanel } from '../../../src/ui/components/HelpPanel.js';
import { helpLines } from '../../../src/ui/details/help-content.js';
import { KeyHints } from '../../../src/ui/components/KeyHints.js';
import { StatusLine } from '../../../src/ui/components/StatusLine.js';
import { firstShownTab, TabBar, tabLabels } from '../../../src/ui/components/TabBar.js';
import { displayWidth, sliceToWidth } from '../../../src/present/display-width.js';
import { tableRows } from '../../../src/ui/table/table-rows.js';
import { DASHBOARD_TABS } from '../../../src/ui/tabs/dashboard-tabs.js';
import type { RankedIntroduction } from '../../../src/ui/tabs/introductions-tab.js';
import { teamLabel } from '../../../src/ui/tabs/shared-columns.js';
import { tabContext, type TabContext } from '../../../src/ui/tabs/tab-definition.js';
import { analysed } from '../analyses.js';

let small: TabContext;
beforeAll(async () => {
  small = tabContext((await analysed('small-org')).analysis, 5);
});
afterEach(() => cleanup());
const shown = (element: React.ReactElement) => stripVTControlCharacters(render(element).lastFrame() ?? '');

describe('Header', () => {
  it('packs the figures into one line when wide and more when narrow', () => {
    expect(headerLines(small.analysis.summary, 'small-org', 120)).toHaveLength(1);
    // ink-testing-library's terminal is 100 columns wide
    expect(shown(<Header summary={small.analysis.summary} source="small-org" width={100} />)).toBe(
      'nodefinder small-org · 14 people · 4 teams · 17 ties · 4 communities · 1 silo\n2 single points of failure',
    );
    expect(headerLines(small.analysis.summary, 'small-org', 40).map((line) => line.map((item) => item.text))).toEqual([
      // 20 + 3 + 9 = 32; adding " · 4 teams" would make 42
      ['nodefinder small-org', '14 people'],
      ['4 teams', '17 ties', '4 communities'],
      ['1 silo', '2 single points of failure'],
    ]);
  });
});

describe('Header with a notice', () => {
  it('puts the notice on lines of its own, wrapped rather than cut on a narrow terminal', () => {
    const notice = '13,323 of 15,000 interaction rows skipped (unknown-person) — ? shows the load notes';
    const texts = (width: number) => headerLines(small.analysis.summary, 'small-org', width, undefined, 0, notice).map((line) => line.map((item) => item.text).join(' · '));
    expect(texts(200)).toEqual(['nodefinder small-org · 14 people · 4 teams · 17 ties · 4 communities · 1 silo · 2 single points of failure', notice]);
    expect(texts(60).slice(-2)).toEqual(['13,323 of 15,000 interaction rows skipped (unknown-person) —', '? shows the load notes']);
  });
});

describe('TabBar', () => {
  it('brackets the active tab and shows counts when they fit', () => {
    expect(shown(<TabBar titles={['Connectors', 'Brokers', 'People']} counts={[3, 3, 300]} active={1} width={80} />)).toBe(' Connectors 3  [Brokers 3]  People 300');
  });
  it('drops the counts on a narrow terminal', () => {
    expect(tabLabels(['Connectors', 'Brokers', 'People'], [3, 3, 300], 31)).toEqual({ labels: ['Connectors', 'Brokers', 'People'], spaced: true });
  });
  it('keeps the counts with less space between the tabs when only that fits', () => {
    const titles = ['Connectors', 'Brokers', 'Silos', 'Risks', 'Introductions', 'Teams', 'People'];
    const counts = [3, 3, 1, 2, 50, 33, 300];
    // Spaced out, the sample's seven tabs take 89 columns; close together, 77.
    expect(tabLabels(titles, counts, 89).spaced).toBe(true);
    expect(tabLabels(titles, counts, 88)).toEqual({ labels: ['Connectors 3', 'Brokers 3', 'Silos 1', 'Risks 2', 'Introductions 50', 'Teams 33', 'People 300'], spaced: false });
    expect(shown(<TabBar titles={titles} counts={counts} active={3} width={80} />)).toBe('Connectors 3 Brokers 3 Silos 1 [Risks 2] Introductions 50 Teams 33 People 300');
    expect(tabLabels(titles, counts, 76).labels).toEqual(titles);
  });
  it('puts the titles close together before any tab would be cut off', () => {
    const titles = ['Changes', 'Connectors', 'Brokers', 'Silos', 'Risks', 'Introductions', 'Teams', 'People'];
    const counts = [40, 3, 3, 1, 2, 50, 33, 300];
    // Spaced out, compare's eight titles take 81 columns; close together, 65.
    expect(tabLabels(titles, counts, 80)).toEqual({ labels: titles, spaced: false });
    expect(shown(<Box width={80}><TabBar titles={titles} counts={counts} active={7} width={80} /></Box>)).toBe('Changes Connectors Brokers Silos Risks Introductions Teams [People]');
  });
  it('starts the bar further along when the active tab would not fit, so it is always shown', () => {
    const titles = ['Connectors', 'Brokers', 'Silos', 'Risks', 'Introductions', 'Teams', 'People'];
    const counts = [3, 3, 1, 2, 50, 33, 300];
    const bar = (active: number, width: number) => shown(<Box width={width}><TabBar titles={titles} counts={counts} active={active} width={width} /></Box>);
    // Close together, the seven titles take 59 columns.
    expect(bar(6, 60)).toBe('Connectors Brokers Silos Risks Introductions Teams [People]');
    expect(bar(0, 40)).toBe('[Connectors] Brokers Silos Risks Introd…');
    expect(firstShownTab(tabLabels(titles, counts, 40), 4, 40)).toBe(1);
    expect(bar(4, 40)).toBe('… Brokers Silos Risks [Introductions] T…');
    expect(bar(5, 40)).toBe('… Silos Risks Introductions [Teams] Peo…');
    expect(bar(6, 40)).toBe('… Risks Introductions Teams [People]');
    for (let active = 0; active < titles.length; active++) expect(bar(active, 40)).toContain(`[${titles[active]}]`);
  });
});

describe('DataTable', () => {
  const people = DASHBOARD_TABS.find((t) => t.id === 'people')!;
  it('draws the header and the window of rows from top, with a pointer on the selected row', () => {
    const rows = tableRows(people, small, { sort: 0, query: '' });
    const lines = shown(<DataTable tab={people} context={small} rows={rows} selected={2} top={1} page={3} width={70} emptyText="none" />).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^ {2}Name +Team +Roles +Contacts/);
    expect(lines.slice(1).map((line) => line.slice(0, 14))).toEqual(['  Bob Jones   ', '› Carla Patel ', '  Dan Okafor  ']);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(70);
  });
  it('keeps columns aligned when a name has wide characters', () => {
    const analysis = small.analysis;
    const renamed = tabContext({ ...analysis, people: analysis.people.map((p) => (p.id === 'P01' ? { ...p, name: '吴芳' } : p)) }, 5);
    const rows = renamed.analysis.people.slice(0, 2); // 吴芳 (was Ann Smith) and Bob Jones, both in Finance
    const lines = shown(<DataTable tab={people} context={renamed} rows={rows} selected={0} top={0} page={2} width={70} emptyText="none" />).split('\n');
    const teamAt = (line: string) => displayWidth(line.slice(0, line.indexOf('Finance')));
    expect(lines[1]).toMatch(/^› 吴芳 +Finance/);
    expect(teamAt(lines[1])).toBe(teamAt(lines[2]));
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(70);
  });
  it('hides a column of occasional notes when no row has one, and shows it when one does', () => {
    const teams = DASHBOARD_TABS.find((t) => t.id === 'teams')!;
    const rows = tableRows(teams, small, { sort: 0, query: '' });
    // small-org at minimum group size 5: Finance, Payroll and Archive are below it, Housing is not.
    expect(shown(<DataTable tab={teams} context={small} rows={rows} selected={0} top={0} page={4} width={100} emptyText="none" />).split('\n')[0]).toContain('Note');
    const housing = rows.filter((row) => (row as { id: string }).id === 'T3');
    const alone = shown(<DataTable tab={teams} context={small} rows={housing} selected={0} top={0} page={1} width={100} emptyText="none" />).split('\n');
    expect(alone[0]).not.toContain('Note');
    expect(alone[1]).toMatch(/^› Housing /);
  });
  it('widens the id column to the longest id shown, up to 20 cells', () => {
    const analysis = small.analysis;
    // Minimum group size 1: no small team, so no Note column takes the room the ids are measured in.
    const longIds = tabContext({ ...analysis, people: analysis.people.map((p) => ({ ...p, id: p.id === 'P02' ? 'p-e0249a1b2c3d4e5f6a7b' : `EMP-2024-000${p.id.slice(1)}` })) }, 1);
    const rows = tableRows(people, longIds, { sort: 0, query: '' }).slice(0, 3); // Ann, Bob, Carla
    const table = (shownRows: readonly unknown[]) => shown(<DataTable tab={people} context={longIds} rows={shownRows} selected={0} top={0} page={3} width={130} emptyText="none" />).split('\n');
    const [header, ann, bob, carla] = table(rows);
    expect(header).toMatch(/^ {2}Name +ID {19}Team/);
    expect(ann).toMatch(/^› Ann Smith +EMP-2024-00001 {7}Finance/);
    // A pseudonym of 22 characters is cut at 20 cells.
    expect(bob).toMatch(/^ {2}Bob Jones +p-e0249a1b2c3d4e5f6… Finance/);
    expect(carla).toMatch(/^ {2}Carla Patel +EMP-2024-00003 {7}Finance/);
    // Without the pseudonym, as wide as the longest id left.
    expect(table([rows[0], rows[2]])[1]).toMatch(/^› Ann Smith +EMP-2024-00001 Finance/);
  });
  it('keeps the id column on a narrow terminal while a person shown shares their name with someone, so they can be told apart', () => {
    const analysis = small.analysis;
    const twins = tabContext({ ...analysis, people: analysis.people.map((p) => (p.id === 'P09' ? { ...p, name: 'Hal Evans' } : p)) }, 5);
    const hals = tableRows(people, twins, { sort: 0, query: 'hal' });
    const lines = shown(<DataTable tab={people} context={twins} rows={hals} selected={0} top={0} page={2} width={70} emptyText="none" />).split('\n');
    expect(lines[0]).toMatch(/^ {2}Name +ID +Team/);
    expect(lines.slice(1).map((line) => line.replace(/ {2,}/g, '|').split('|').slice(0, 3))).toEqual([['› Hal Evans', 'P08', 'Housing'], ['', 'Hal Evans', 'P09']]);
    // One Hal alone still needs it, to say which; a name no one else has does not, and it goes first, as before.
    const table = (rows: readonly unknown[]) => shown(<DataTable tab={people} context={twins} rows={rows} selected={0} top={0} page={1} width={70} emptyText="none" />).split('\n');
    expect(table(hals.slice(1))[1]).toMatch(/^› Hal Evans +P09 +Housing/);
    expect(table(tableRows(people, twins, { sort: 0, query: 'ann' }))[0]).toMatch(/^ {2}Name +Team +Roles/);
  });
  it('cuts team names in the middle in the Introductions tab, so two teams of one department still differ', async () => {
    // fixtures/sample: teams share their department's start ("Adult Social Care Strategy", "Adult Social Care North").
    const sample = tabContext((await analysed('sample')).analysis, 5);
    const introductions = DASHBOARD_TABS.find((t) => t.id === 'introductions')!;
    const rows = tableRows(introductions, sample, { sort: 0, query: '' }) as readonly RankedIntroduction[];
    // 110 columns: both Team columns beside the names (at 100 only the first fits).
    const lines = shown(<DataTable tab={introductions} context={sample} rows={rows} selected={0} top={0} page={rows.length} width={110} emptyText="none" />).split('\n');
    // The two Team columns, in cells: from each "Team" title to the next title.
    const titles = [...lines[0].matchAll(/\S+/g)].map((match) => ({ title: match[0], at: match.index }));
    const teamCells = titles.flatMap(({ title, at }, i) => (title === 'Team' ? [[at, titles[i + 1].at] as const] : []));
    expect(teamCells).toHaveLength(2);
    const cell = (line: string, [start, end]: readonly [number, number]) => sliceToWidth(line, end).slice(sliceToWidth(line, start).length).trim();
    const teamOf = (id: string) => teamLabel(sample.personById.get(id)!.team, sample);
    let differing = 0;
    rows.forEach(({ introduction }, i) => {
      const [from, to] = teamCells.map((span) => cell(lines[i + 1], span));
      const [fromTeam, toTeam] = [teamOf(introduction.from), teamOf(introduction.to)];
      // Whole, or cut to 20 cells or so: the start, "…", and the end that tells the department's teams apart.
      expect(from.endsWith(fromTeam.slice(-4))).toBe(true);
      expect(to.endsWith(toTeam.slice(-4))).toBe(true);
      if (fromTeam !== toTeam && fromTeam.slice(-4) !== toTeam.slice(-4)) {
        expect(from).not.toBe(to);
        differing++;
      }
    });
    expect(differing).toBeGreaterThan(10);
  });
  it('shows ranks of 1,000 and more in full, the rank column as wide as its widest number', () => {
    const introductions = DASHBOARD_TABS.find((t) => t.id === 'introductions')!;
    const [first, second] = tableRows(introductions, small, { sort: 0, query: '' }) as readonly RankedIntroduction[];
    // The last of a long plan (`analyse --limit 12758`, End).
    const rows = [{ ...first, rank: 999 }, { ...second, rank: 12758 }];
    for (const width of [80, 160]) {
      const [header, ...lines] = shown(<DataTable tab={introductions} context={small} rows={rows} selected={0} top={0} page={2} width={width} emptyText="none" />).split('\n');
      expect(header).toMatch(/^ {7}# From/);
      expect(lines.map((line) => line.slice(2, 8))).toEqual(['   999', '12,758']);
    }
  });
  it('shows the empty text when there are no rows', () => {
    expect(shown(<DataTable tab={people} context={small} rows={[]} selected={0} top={0} page={3} width={70} emptyText="Nothing matches." />).trim()).toBe('Nothing matches.');
  });
});

describe('DetailView', () => {
  it('keeps the title and shows the lines from the scroll position', () => {
    const content = { title: [{ text: 'Title' }], lines: ['a', 'b', 'c', 'd', 'e'].map((text) => [{ text }]) };
    expect(shown(<DetailView content={content} scroll={2} page={2} />)).toBe('Title\nc\nd');
  });
  it('keeps a title built from a name holding a line break or a tab on one line', () => {
    const content = { title: [{ text: 'Ann\nSilos (3)\tX', bold: true }, { text: ' · A' }, { text: ' · Ops\r\nFinding' }], lines: [[{ text: 'a' }]] };
    expect(shown(<DetailView content={content} scroll={0} page={1} />)).toBe('Ann Silos (3) X · A · Ops Finding\na');
  });
});

describe('StatusLine and KeyHints', () => {
  it('shows the search being typed, a message, or the position', () => {
    expect(shown(<StatusLine mode="search" query="lucia" message={null} position="row 1 of 2" width={80} />)).toBe('search: lucia  Enter keep · Esc clear · row 1 of 2');
    expect(shown(<StatusLine mode="browse" query="" message="Exported 3 rows to /tmp/x.csv" position="row 1 of 2" width={80} />)).toBe('Exported 3 rows to /tmp/x.csv');
    expect(shown(<StatusLine mode="browse" query="" message={null} position="row 1 of 2 · sorted by name A–Z" width={80} />)).toBe('row 1 of 2 · sorted by name A–Z');
  });
  it('lists the keys for a table, a detail view and a search', () => {
    expect(shown(<KeyHints detail={false} searching={false} width={120} />)).toBe('←/→ tabs  ↑/↓ move  Enter open  / search  s sort  e export  ? help  q quit');
    expect(shown(<KeyHints detail searching={false} width={120} />)).toBe('↑/↓ PgUp/PgDn scroll  Esc back  ←/→ tabs  e export table  ? help  q quit');
    expect(shown(<KeyHints detail={false} searching width={120} />)).toContain('Esc clear');
    // A narrow terminal leaves out hints from the end of the list, never help and quit.
    expect(shown(<KeyHints detail={false} searching={false} width={60} />)).toBe('←/→ tabs  ↑/↓ move  Enter open  / search  ? help  q quit');
    expect(shown(<KeyHints detail={false} searching={false} width={30} />)).toBe('←/→ tabs  ? help  q quit');
  });
});

describe('HelpPanel', () => {
  it('lists every key, the role colours and the privacy rule, cut to the height', () => {
    const full = shown(<HelpPanel lines={helpLines(100, 7, 'Path measures unweighted')} height={40} scroll={0} />);
    expect(full).toContain('Keys (any key closes this help)');
    expect(full).toMatch(/\/ +search/);
    expect(full).toContain('connector: knows the most people');
    expect(full).toContain('single points of failure: the Risks tab');
    // Its members stay in exports of people, with the team blank: the help says so.
    expect(full.replace(/\s+/g, ' ')).toContain('small team (<7): shown here; exports leave out its rows and figures, and its name beside its members.');
    expect(full).toContain('Path measures unweighted');
    const lines = helpLines(100, 7, 'm');
    const cut = shown(<HelpPanel lines={lines} height={5} scroll={0} />).split('\n');
    expect(cut).toHaveLength(5);
    // Cut, the moving keys scroll it: the title names the keys that always close it.
    expect(cut[0]).toBe('Keys (Esc or ? closes this help)');
    // The last line says which lines are shown and how to see the rest, instead of the help stopping mid-list.
    expect(cut[4]).toBe(`lines 1–4 of ${lines.length}: ↑/↓ PgUp/PgDn scroll, any other key closes`);
    const end = shown(<HelpPanel lines={lines} height={5} scroll={999} />).split('\n');
    expect(end[3]).toBe(lines[lines.length - 1].map((segment) => segment.text).join(''));
    expect(end[4]).toBe(`lines ${lines.length - 3}–${lines.length} of ${lines.length}: ↑/↓ PgUp/PgDn scroll, any other key closes`);
  });
  it('fits a 24-line terminal at 80 columns', () => {
    const lines = helpLines(80, 5, 'Path measures unweighted: every tie is one step; betweenness, closeness and harmonic exact; undirected network; seed 1.');
    // 24 rows leave 17 for the panel with a two-line header
    expect(lines.length).toBeLessThanOrEqual(17);
    for (const line of lines) expect(displayWidth(line.map((s) => s.text).join(''))).toBeLessThanOrEqual(80);
  });
});
