/**
 * The dashboard of `nodefinder compare` through ink-testing-library, on a sample with a planted
 * second period: the Changes tab first, with the team cut off and the broker who left
 * (truth.json); navigation, search, sort, the detail view, and the CSV export.
 */
import { readFileSync } from 'node:fs';
import { cleanup } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/compare/comparison.js';
import { comparedSample, comparedTinyWithJoiners } from './comparisons.js';
import { KEYS, renderDashboard } from './render-dashboard.js';

let sample: Awaited<ReturnType<typeof comparedSample>>;
let cutTeam: { id: string; name: string; parent: string };
let broker: { id: string; name: string; team: string | null };
beforeAll(async () => {
  sample = await comparedSample(300, 1);
  cutTeam = sample.analysis.teams.find((team) => team.id === sample.truth.cutOffTeam)!;
  broker = sample.analysis.people.find((person) => person.id === sample.truth.leavingBroker)!;
});
afterEach(() => cleanup());

const lines = (screen: string) => screen.split('\n');
const selectedRow = (screen: string) => lines(screen).find((line) => line.startsWith('› ')) ?? '';
/** Table rows on screen (selected or not), by their first column. */
const tableLines = (screen: string) => lines(screen).filter((line) => /^[› ] \S/.test(line) && !line.startsWith('  Kind'));

/** Rows the Changes tab has: every listed item, every repair and the ten organisation figures. */
function changeCount(comparison: Comparison): number {
  const { teams, pairs, people } = comparison;
  const lists = [teams.largestEiChanges, teams.largestReachChanges, teams.becameSilos, teams.stoppedBeingSilos, pairs.broken, pairs.newlyLinked];
  const personLists = [people.roleChanges, people.betweennessRises, people.betweennessFalls, people.crossTeamLosses, people.newSinglePointsOfFailure, people.joined, people.left, people.stoppedInteracting, people.startedInteracting];
  return [...lists, ...personLists].reduce((sum, list) => sum + list.items.length, 0) + teams.added.length + teams.removed.length + comparison.repairs.length + 10;
}

const dashboard = (options: { columns?: number; rows?: number } = {}) =>
  renderDashboard({ analysis: sample.analysis, released: sample.released, organisation: sample.organisation, comparison: sample.comparison, columns: 120, rows: 40, ...options });

describe('the dashboard of nodefinder compare', () => {
  it('opens on the Changes tab with the comparison in the header and the team cut off first', async () => {
    const ui = await dashboard();
    const screen = ui.screen();
    const count = changeCount(sample.comparison);
    expect(count).toBeGreaterThan(50);
    expect(screen).toMatch(new RegExp(`\\[Changes ${count}\\] +Connectors \\d+ +Brokers \\d+ +Silos \\d+ +Risks \\d+ +Introductions \\d+ +Teams 33 +People 300`));
    expect(lines(screen)[0]).toBe('nodefinder test-org · before 2026-01-05..2026-06-26 → after 2026-06-27..2026-12-16 · people 300 → 300 · teams 33 → 33');
    const { ties, silos } = sample.comparison.organisation;
    // The team cut off became a silo: one more than before.
    expect(silos.change).toBe(1);
    expect(lines(screen)[1]).toMatch(new RegExp(`^ties ${ties.before!.toLocaleString('en-GB')} → ${ties.after!.toLocaleString('en-GB')} \\(\\+\\d+\\) · silos ${silos.before} → ${silos.after} \\(\\+1\\) · single points of failure`));
    expect(screen).toContain('Largest changes first in each kind (top 10), judged against normal variation · other tabs show the after period');
    // At 120 columns the team or person has the room the ID and Team/dept. columns would take.
    expect(screen).toMatch(/ {2}Kind +Team or person +Before +After +Change +Normal +Judgement/);
    // The cut-off team's E-I index fell to −1: beyond normal variation.
    expect(selectedRow(screen)).toMatch(new RegExp(`^› E-I index +${cutTeam.name} .* -1\\.00 +-\\d\\.\\d\\d +0\\.\\d\\d beyond normal variation$`));
    expect(screen).toContain(`row 1 of ${count} · sorted by kind, largest first`);
    expect(lines(screen).at(-1)).toBe('←/→ tabs  ↑/↓ move  Enter open  / search  s sort  e export  ? help  q quit');
  });

  it('opens a change with Enter, explains it, scrolls, and goes back with Esc', async () => {
    const ui = await dashboard();
    await ui.press(KEYS.enter);
    let screen = ui.screen();
    expect(screen).toContain(`E-I index: ${cutTeam.name} · ${cutTeam.parent}`);
    expect(screen).toMatch(/#1 of \d+ in the largest changes in E-I index; the largest 10 are listed \(--top\)\./);
    expect(screen).toContain('Judgement: beyond normal variation');
    expect(screen).toMatch(/ties to other teams +\d+ +0 +-\d+/);
    expect(screen).toMatch(/silo +no +yes/);
    expect(screen).toContain('↑/↓ PgUp/PgDn scroll  Esc back');
    await ui.press(KEYS.pageDown);
    screen = ui.screen();
    expect(screen).toContain('window 3: 2026-05-01 to 2026-06-26');
    expect(screen).toContain(`E-I index: ${cutTeam.name}`); // the title stays
    await ui.press(KEYS.escape);
    expect(selectedRow(ui.screen())).toMatch(/^› E-I index /);
  });

  it('finds the broker who left by name: roles lost, betweenness, contacts across teams, stopped interacting', async () => {
    const ui = await dashboard();
    await ui.press('/');
    await ui.type(broker.name);
    await ui.press(KEYS.enter);
    const screen = ui.screen();
    expect(tableLines(screen).map((line) => line.slice(2, 21).trim())).toEqual(['role change', 'betweenness fall', 'cross-team loss', 'stopped interacting']);
    expect(selectedRow(screen)).toMatch(new RegExp(`^› role change +${broker.name}`));
    expect(screen).toContain(`row 1 of 4 · matching "${broker.name}"`);
    await ui.press(KEYS.enter);
    const detail = ui.screen();
    expect(detail).toContain(`role change: ${broker.name} · `);
    expect(detail).toContain('roles after: isolate');
    expect(detail).toMatch(/lost: (broker|boundary-spanner)/);
    expect(detail).toContain('isolate: no ties at all in this data');
    await ui.press(KEYS.escape, KEYS.down, KEYS.down, KEYS.enter);
    expect(ui.screen()).toContain(`cross-team loss: ${broker.name}`);
    expect(ui.screen()).toMatch(/contacts in other teams:\n +before +\d+ +after +0 /);
  });

  it('moves, sorts, and switches to the after period’s tabs and back', async () => {
    const ui = await dashboard();
    await ui.press(KEYS.down);
    expect(ui.screen()).toContain('row 2 of');
    await ui.press(KEYS.end);
    expect(selectedRow(ui.screen())).toMatch(/^› organisation +single points of failure +\d+ +\d+ +[+-]?\d+$/);
    await ui.press(KEYS.home, 's');
    expect(ui.screen()).toContain('sorted by beyond normal variation first');
    expect(selectedRow(ui.screen())).toMatch(/beyond normal variation$/);
    await ui.press(KEYS.right);
    const connectors = ui.screen();
    expect(connectors).toMatch(/ Changes \d+ +\[Connectors \d+\]/);
    expect(connectors).toContain('know the most people');
    // The header keeps the comparison on every tab.
    expect(lines(connectors)[0]).toContain('before 2026-01-05..2026-06-26 → after 2026-06-27..2026-12-16');
    await ui.press('8');
    expect(ui.screen()).toContain('[People 300]');
    await ui.press('1');
    expect(ui.screen()).toMatch(/\[Changes \d+\]/);
    expect(ui.screen()).toContain('sorted by beyond normal variation first'); // the tab kept its sort
  });

  it('exports the Changes table to nodefinder-changes.csv, with the search on screen, never overwriting', async () => {
    const ui = await dashboard();
    await ui.press('e');
    const count = changeCount(sample.comparison);
    const path = `${ui.exportDir}/nodefinder-changes.csv`;
    expect(ui.screen()).toContain(`Exported ${count} rows to ${path}`);
    const all = readFileSync(path, 'utf8').split('\r\n');
    expect(all).toHaveLength(count + 2); // header, rows, and the empty string after the last CRLF
    expect(all[0]).toBe('kind,subject,subject_id,team_or_department,measure,before,after,change,normal_variation,judgement,note');
    expect(all[1]).toMatch(new RegExp(`^E-I index,${cutTeam.name},${cutTeam.id},${cutTeam.parent},E-I index,0\\.\\d+,-1,-1\\.\\d+,0\\.\\d+,beyond normal variation,"ties inside (\\d+) → \\1, to other teams \\d+ → 0"$`));
    expect(all).toContain(`became silo,${cutTeam.name},${cutTeam.id},${cutTeam.parent},E-I index,${sample.comparison.teams.becameSilos.items[0].eiIndex.before},-1,${sample.comparison.teams.becameSilos.items[0].eiIndex.change},${sample.comparison.teams.becameSilos.items[0].eiIndex.normalVariation},beyond normal variation,now talks almost only to itself`);
    expect(all.filter((line) => line.startsWith('bridge broken,') && line.includes(cutTeam.id)).length).toBeGreaterThanOrEqual(5);
    const brokerTeam = sample.analysis.teams.find((team) => team.id === broker.team)!.name;
    const [stopped] = sample.comparison.people.stoppedInteracting.items;
    expect(all).toContain(`stopped interacting,${broker.name},${broker.id},${brokerTeam},contacts,${stopped.ties},0,-${stopped.ties},,,roles before: ${stopped.roles.join(', ')}`);
    expect(stopped.ties).toBeGreaterThan(10);

    await ui.press('/');
    await ui.type(cutTeam.id);
    await ui.press(KEYS.enter, 'e');
    const exported = new RegExp(`Exported (\\d+) rows to ${ui.exportDir}/nodefinder-changes-1\\.csv`).exec(ui.screen());
    const filtered = readFileSync(`${ui.exportDir}/nodefinder-changes-1.csv`, 'utf8').split('\r\n').slice(1, -1);
    // The rows about the team cut off, as on screen: its E-I index, reach, new silo, broken bridges and repairs.
    expect(filtered.length).toBe(Number(exported![1]));
    expect(filtered.length).toBeGreaterThanOrEqual(8);
    expect(filtered.map((line) => line.split(',')[0])).toEqual(expect.arrayContaining(['E-I index', 'teams reached', 'became silo', 'bridge broken', 'repair']));
    // Repairs are found by the teams they answer a loss of, and name the team rather than its id.
    for (const line of filtered) expect(line.includes(cutTeam.id) || (line.startsWith('repair,') && line.includes(cutTeam.name)), line).toBe(true);
    expect(readFileSync(path, 'utf8').split('\r\n')).toEqual(all); // the first export is as it was
  });

  it('cuts a pair of teams end by end, so that both teams stay recognisable and no two pairs read alike', async () => {
    const ui = await dashboard({ columns: 200, rows: 80 });
    const broken = sample.comparison.pairs.broken.items;
    expect(broken.length).toBeGreaterThanOrEqual(5);
    const subjects = broken.map(({ teams: [a, b] }) => {
      const line = tableLines(ui.screen()).find((l) => l.includes(`${a.id};${b.id}`))!;
      // Each end keeps its own start and end: "Adult S…Service Desk ↔ Adult Soc…issioning".
      expect(line).toMatch(new RegExp(`^  bridge broken +(${a.name.slice(0, 5)}\\S*[ …].*${a.name.slice(-5)} ↔ ${b.name.slice(0, 5)}.*${b.name.slice(-5)}) +${a.id};${b.id} `));
      return /^  bridge broken +(.*?) +T\d+;/.exec(line)![1];
    });
    expect(new Set(subjects).size).toBe(broken.length);
  });

  it('fits 80 × 24, keeping the judgement in a word beside room for the team or person', async () => {
    const ui = await dashboard({ columns: 80, rows: 24 });
    const screen = ui.screen();
    for (const line of lines(screen)) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(lines(screen)).toHaveLength(23);
    // The team or person (31 cells) is widened to its 28 before the judgement to its words in full.
    expect(screen).toMatch(/^ {2}Kind {17}Team or person {20}After +Change Judgement$/m);
    expect(selectedRow(screen)).toMatch(/^› E-I index .* -1\.00 +-1\.08 beyond$/);
  });
  it('keeps the judgement in a word, and the change, on a terminal too narrow for the judgement whole', async () => {
    // At 60 columns "beyond normal variation" (23 cells, beside kind and team or person) no longer
    // fits: "beyond" does, so that the judgement is not left to colour (none with NO_COLOR), and the
    // change beside it; the value after gives way.
    const ui = await dashboard({ columns: 60, rows: 24 });
    const screen = ui.screen();
    expect(screen).toMatch(/^ {2}Kind +Team or person +Change Judgement$/m);
    expect(selectedRow(screen)).toMatch(/^› E-I index .* -1\.08 beyond$/);
    const judged = sample.comparison.teams.largestEiChanges.items.map((team) => team.eiIndex.variation);
    expect(tableLines(screen).slice(0, judged.length).map((line) => line.trimEnd().split(' ').at(-1))).toEqual(judged.map((variation) => variation.split('-')[0]));
  });
});

describe('the dashboard of nodefinder compare, with a team small only before', () => {
  it('marks the team as its exports withhold it: small in either period', async () => {
    // Scrutiny: two members before, five after (three joined); the exports leave it out, or the
    // joiners would give away the two by difference.
    const tiny = await comparedTinyWithJoiners();
    expect(tiny.released.teams.map((team) => team.name)).not.toContain('Scrutiny');
    const ui = await renderDashboard({ ...tiny, columns: 120, rows: 30 });
    await ui.press('7');
    const scrutiny = lines(ui.screen()).find((line) => line.includes('Scrutiny'))!;
    expect(scrutiny).toMatch(/^ {2}Scrutiny +S +Growth +5 .* small before \(<5\)$/);
    // Teams of five in both periods are not marked.
    expect(lines(ui.screen()).find((line) => line.includes('Housing'))).not.toContain('small');
    await ui.press(KEYS.end, KEYS.enter);
    expect(ui.screen()).toContain('Below minimum group size (5) in the before period: shown on this screen only; exports leave its figures out.');
    await ui.press(KEYS.escape, '?');
    expect(ui.screen().replace(/\s+/g, ' ')).toContain('small team (<5) or small before (<5): shown here; exports leave out its rows and figures, and its name beside its members.');
  });
});

describe('the dashboard of nodefinder analyse', () => {
  it('is unchanged without a comparison: no Changes tab, the summary in the header', async () => {
    const ui = await renderDashboard({ analysis: sample.analysis, released: sample.released, organisation: sample.organisation, columns: 120 });
    const screen = ui.screen();
    expect(screen).not.toContain('Changes');
    expect(screen).toMatch(/^nodefinder test-org · 300 people · 33 teams · [\d,]+ ties · /);
    expect(screen).toMatch(/\[Connectors \d+\] +Brokers/);
    await ui.press('?');
    expect(ui.screen()).not.toContain('within normal variation');
  });
});
