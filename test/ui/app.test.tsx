/**
 * The dashboard through ink-testing-library: what is on screen after each key, on the fixtures'
 * analyses (small-org's known answers, the sample's planted truth), at several terminal sizes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { displayWidth } from '../../src/present/display-width.js';
import { analysed, releasedFrom, type Analysed } from './analyses.js';
import { KEYS, renderDashboard } from './render-dashboard.js';

let small: Analysed;
let sample: Analysed;
beforeAll(async () => {
  small = await analysed('small-org');
  sample = await analysed('sample');
});
afterEach(() => cleanup());

const lines = (screen: string) => screen.split('\n');
const selectedRow = (screen: string) => lines(screen).find((line) => line.startsWith('› ')) ?? '';

describe('a terminal too small for the dashboard', () => {
  it('says so, with the size it needs, instead of drawing a broken screen, and comes back when enlarged', async () => {
    const ui = await renderDashboard({ ...small, columns: 30, rows: 20 });
    // Wrapped to the 30 columns there are.
    for (const line of lines(ui.screen())) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(ui.screen().replace(/\s+/g, ' ').trim()).toBe('The terminal is too small for the dashboard (30 × 20; it needs about 40 × 12). Enlarge it, or press q to quit.');
    await ui.resize(130, 8);
    // 130 columns hold the header on one line: 1 + 1 + 4 + 3 table lines = 9 rows.
    expect(ui.screen().trimEnd()).toBe('The terminal is too small for the dashboard (130 × 8; it needs about 40 × 9). Enlarge it, or press q to quit.');
    await ui.resize(130, 9);
    expect(lines(ui.screen())[0]).toMatch(/^nodefinder test-org · 14 people/);
    expect(ui.screen()).toContain('[Connectors 1]');
  });
});

describe('the dashboard on fixtures/small-org', () => {
  it('opens on Connectors with the organisation summary, every tab and the keys', async () => {
    const ui = await renderDashboard({ ...small, columns: 130 });
    const screen = ui.screen();
    expect(lines(screen)[0]).toBe('nodefinder test-org · 14 people · 4 teams · 17 ties · 4 communities · 1 silo (1 in small teams) · 2 single points of failure');
    expect(screen).toContain('[Connectors 1]  Brokers 1   Silos 1   Risks 2   Introductions 8   Teams 4   People 14');
    expect(screen).toContain('Contacts ≥ 5: know the most people');
    expect(selectedRow(screen)).toMatch(/^› Ann Smith +P01 +Finance +5 +1 +14 +0\.48 +degree 5 ≥ 5/);
    expect(screen).toContain('row 1 of 1 · sorted by contacts ↓');
    expect(lines(screen).at(-1)).toBe('←/→ tabs  ↑/↓ move  Enter open  / search  s sort  e export  ? help  q quit');
    expect(lines(screen)).toHaveLength(29);
    await ui.resize(100, 30);
    expect(lines(ui.screen()).slice(0, 2)).toEqual(['nodefinder test-org · 14 people · 4 teams · 17 ties · 4 communities · 1 silo (1 in small teams)', '2 single points of failure']);
  });

  it('lists the single points of failure the header counts on Risks, and opens one with Enter', async () => {
    const ui = await renderDashboard({ ...small, columns: 100 });
    await ui.press('4');
    const screen = ui.screen();
    expect(screen).toContain('[Risks 2]');
    expect(screen).toContain('Single points of failure: if one of them left, others would lose their only path to the rest');
    expect(screen).toMatch(/ {2}Name +ID +Team +People cut off +Teams affected +Roles/);
    expect(selectedRow(screen)).toMatch(/^› Carla Patel +P03 +Finance +4 +1 broker, bot…/);
    expect(lines(screen).find((line) => line.includes('Hal Evans'))).toMatch(/^ {2}Hal Evans +P08 +Housing +3 +1$/);
    expect(screen).toContain('row 1 of 2 · sorted by people cut off ↓');
    await ui.press(KEYS.down, KEYS.enter);
    expect(ui.screen()).toContain('Hal Evans · P08 · Housing');
    expect(ui.screen()).toContain('If Hal Evans left, 3 people (in 1 team) would lose their only path to the rest, held by 2 ties of');
  });

  it('switches tabs with →, Tab, ←, Shift+Tab and digits', async () => {
    const ui = await renderDashboard(small);
    await ui.press(KEYS.right);
    expect(ui.screen()).toContain('[Brokers 1]');
    expect(selectedRow(ui.screen())).toMatch(/^› Carla Patel .* 0\.314 +0\.594 +4 bottleneck/);
    await ui.press(KEYS.tab);
    expect(ui.screen()).toContain('[Silos 1]');
    expect(selectedRow(ui.screen())).toMatch(/^› Archive .* 2 +1 +0 +-1\.00 +– small team \(<5\)/);
    await ui.press(KEYS.left, KEYS.shiftTab);
    expect(ui.screen()).toContain('[Connectors 1]');
    await ui.press(KEYS.left);
    expect(ui.screen()).toContain('[People 14]');
    await ui.press('5');
    expect(ui.screen()).toContain('[Introductions 8]');
    expect(selectedRow(ui.screen())).toMatch(/^› +1 Lea Öberg .*Hal Evans .*cold/);
  });

  it('opens a person with Enter, scrolls the detail with PgDn, and goes back with Esc', async () => {
    const ui = await renderDashboard({ ...small, columns: 130, rows: 20 });
    await ui.press(KEYS.right, KEYS.enter);
    let screen = ui.screen();
    expect(screen).toContain('Carla Patel · P03 · Finance (Resources)');
    expect(screen).toContain('broker: links parts that would otherwise be apart');
    expect(screen).toContain('betweenness 0.314 ≥ 0.314 (99th percentile of betweenness over 13 people with ties)');
    expect(screen).not.toContain('Housing: 1 tie, 3 interactions');
    // 20 rows: 19 drawn, less header, tab bar, description, status and keys (5), less the title: 13
    expect(screen).toMatch(/lines 1–13 of \d+/);
    await ui.press(KEYS.pageDown);
    screen = ui.screen();
    expect(screen).toContain('Housing: 1 tie, 3 interactions');
    expect(screen).toContain('#2 meet Ivy Chen (Housing), via Hal Evans');
    expect(screen).toContain('Carla Patel · P03'); // the title stays put
    await ui.press(KEYS.escape);
    expect(selectedRow(ui.screen())).toMatch(/^› Carla Patel/);
    expect(ui.screen()).toContain('[Brokers 1]');
  });

  it('opens a team: members, ties to other teams, bus factor, the privacy mark', async () => {
    const ui = await renderDashboard({ ...small, rows: 60 });
    await ui.press('6'); // Teams, A–Z: Archive, Finance, Housing, Payroll
    expect(ui.screen()).toContain('[Teams 4]');
    await ui.press(KEYS.down, KEYS.enter);
    const screen = ui.screen();
    expect(screen).toContain('Finance · T1 · Resources');
    expect(screen).toContain('Below minimum group size (5): shown on this screen only; exports leave its figures out.');
    expect(screen).toContain("Ann Smith holds 50% of the team's ties to other teams");
    expect(screen).toContain('Payroll: 3 ties, 4 interactions');
    expect(screen).toContain('Housing: 1 tie, 3 interactions');
    expect(screen).toContain('Members (4)');
  });

  it('searches the People tab as you type, ignoring accents; Enter keeps the filter, Esc clears it', async () => {
    const ui = await renderDashboard(small);
    await ui.press('7', '/');
    expect(ui.screen()).toContain('search:');
    await ui.type('oberg');
    let screen = ui.screen();
    expect(selectedRow(screen)).toMatch(/^› Lea Öberg +Archive +peripheral +1 /);
    expect(lines(screen).filter((line) => /^[› ] \S.* (Finance|Payroll|Housing|Archive) /.test(line))).toHaveLength(1);
    expect(screen).toContain('row 1 of 1 · matching "oberg" (14 in all)');
    await ui.press(KEYS.backspace, KEYS.backspace, KEYS.backspace, KEYS.backspace, KEYS.backspace);
    expect(ui.screen()).toContain('row 1 of 14');
    await ui.type('müller');
    await ui.press(KEYS.enter);
    expect(ui.screen()).not.toContain('search:');
    await ui.press(KEYS.enter);
    expect(ui.screen()).toContain('Max Müller · P13 · Archive (Communities)');
    await ui.press(KEYS.escape);
    expect(ui.screen()).toContain('matching "müller"');
    await ui.press(KEYS.escape);
    expect(ui.screen()).toContain('row 1 of 14 · sorted by name A–Z');
  });

  it('tells the user when nothing matches', async () => {
    const ui = await renderDashboard(small);
    await ui.press('7', '/');
    await ui.type('zzz');
    expect(ui.screen()).toContain('Nothing matches "zzz". Esc clears the search.');
    expect(ui.screen()).toContain('no rows');
  });

  it('moves with ↑/↓, End and Home, and changes sort with s', async () => {
    const ui = await renderDashboard(small);
    await ui.press('7', KEYS.down);
    expect(selectedRow(ui.screen())).toMatch(/^› Bob Jones/);
    await ui.press(KEYS.end);
    expect(selectedRow(ui.screen())).toMatch(/^› Ned Quinn/);
    await ui.press(KEYS.home);
    expect(selectedRow(ui.screen())).toMatch(/^› Ann Smith/);
    await ui.press('s');
    expect(ui.screen()).toContain('sorted by contacts ↓');
    await ui.press(KEYS.down);
    expect(selectedRow(ui.screen())).toMatch(/^› Carla Patel .* 4 /);
    await ui.press('s', 's', 's', 's', 's');
    expect(ui.screen()).toContain('sorted by name A–Z');
  });

  it('takes every key of a quick burst (holding j, typing /müll fast), each against the screen the one before left', async () => {
    const ui = await renderDashboard(small);
    await ui.burst('7jjj');
    expect(ui.screen()).toContain('row 4 of 14 · sorted by name A–Z');
    expect(selectedRow(ui.screen())).toMatch(/^› Dan Okafor/);
    await ui.burst('kG');
    expect(selectedRow(ui.screen())).toMatch(/^› Ned Quinn/);
    await ui.burst('\u001B');
    await ui.burst('/müll\rj');
    expect(ui.screen()).toContain('row 1 of 1 · matching "müll" (14 in all)');
    expect(ui.screen()).not.toContain('search:');
    // A paste is text, not keys: after its line break nothing runs (an e would have exported).
    await ui.burst('\u001B');
    await ui.burst('/');
    await ui.burst('Hal\nexport');
    expect(ui.screen()).toContain('matching "Hal"');
    expect(readdirSync(ui.exportDir)).toEqual([]);
  });

  it('takes Esc and the key after it in one read as both keys, not as Alt+key', async () => {
    const ui = await renderDashboard(small);
    await ui.press('7', KEYS.enter);
    expect(ui.screen()).toContain('Esc back');
    // Esc closes the detail view, then 5 goes to the fifth tab.
    await ui.burst('\u001B5');
    expect(ui.screen()).toContain('[Introductions');
    expect(ui.screen()).not.toContain('Esc back');
    await ui.burst('\u001Bj');
    expect(ui.screen()).toMatch(/row 2 of \d+/);
    // Arrow keys, which also start with Esc, are still one key each.
    await ui.burst('\u001B[B\u001B[B');
    expect(ui.screen()).toMatch(/row 4 of \d+/);
  });

  it('takes Esc and /, ? or Tab in one read as both keys, though Ink hands these over without the Esc', async () => {
    const ui = await renderDashboard({ ...small, rows: 40 });
    await ui.press(KEYS.enter);
    // Esc closes the detail view, then ? opens the help: closing the help shows the table, not the detail.
    await ui.burst('\u001B?');
    expect(ui.screen()).toContain('Keys (any key closes this help)');
    await ui.press('x');
    expect(ui.screen()).not.toContain('Esc back');
    await ui.press(KEYS.enter);
    await ui.burst('\u001B\t');
    expect(ui.screen()).toContain('[Brokers');
    expect(ui.screen()).not.toContain('Esc back');
    // In a search, Esc clears it and / starts a new one.
    await ui.press('/', 'z', 'z', KEYS.enter);
    expect(ui.screen()).toContain('matching "zz"');
    await ui.burst('\u001B/');
    expect(ui.screen()).not.toContain('matching "zz"');
    expect(ui.screen()).toContain('search:');
  });

  it('shows help with ? and closes it with any key', async () => {
    const ui = await renderDashboard({ ...small, rows: 40 });
    await ui.press('?');
    const screen = ui.screen();
    // It fits: any key closes it, as the title says.
    expect(screen).toContain('Keys (any key closes this help)');
    expect(screen).toMatch(/e +export table to CSV/);
    expect(screen).toContain('bottleneck: a broker no one else can stand in for');
    expect(screen).toContain('small team (<5): shown here; exports leave out its rows and figures');
    await ui.press('x');
    expect(ui.screen()).not.toContain('Keys (any key closes this help)');
    expect(ui.screen()).toContain('[Connectors 1]');
  });

  it('keeps the load notes in view: their headline under the figures, the notes themselves in the help', async () => {
    const loadNotes = {
      headline: '13,323 of 15,000 interaction rows skipped (unknown-person)',
      notes: ['partial/interactions.csv: 13,323 of 15,000 rows skipped (13,323 unknown-person); nodefinder validate lists them'],
    };
    const ui = await renderDashboard({ ...small, columns: 130, rows: 40, loadNotes });
    const screen = lines(ui.screen());
    expect(screen[1]).toBe('13,323 of 15,000 interaction rows skipped (unknown-person) — ? shows the load notes');
    expect(screen[2]).toContain('[Connectors 1]');
    // The header's extra line comes out of the table: the screen is as tall as before.
    expect(screen).toHaveLength(39);
    await ui.press('?');
    const help = lines(ui.screen());
    const heading = help.findIndex((line) => line.startsWith('Load notes'));
    expect(help[heading]).toBe('Load notes (also written to the terminal when you quit, unless --quiet)');
    expect(help[heading + 1]).toBe('  partial/interactions.csv: 13,323 of 15,000 rows skipped (13,323 unknown-person); nodefinder validate lists them');
  });

  it('has no load notes line or help section when the load had none', async () => {
    const ui = await renderDashboard({ ...small, columns: 130, rows: 40 });
    expect(ui.screen()).not.toContain('load notes');
    await ui.press('?');
    expect(ui.screen()).not.toContain('Load notes');
  });

  it('scrolls help that does not fit with ↓ and PgDn, down to its last line, and closes it with another key', async () => {
    const ui = await renderDashboard({ ...small, rows: 16 });
    await ui.press('?');
    // The title and the last line agree: the moving keys scroll here, so not any key closes it.
    expect(ui.screen()).toContain('Keys (Esc or ? closes this help)');
    expect(ui.screen()).not.toContain('any key closes');
    expect(ui.screen()).toMatch(/lines 1–\d+ of \d+: ↑\/↓ PgUp\/PgDn scroll, any other key closes/);
    await ui.press('j');
    expect(ui.screen()).not.toContain('Keys (Esc or ? closes this help)');
    expect(ui.screen()).toMatch(/lines 2–/);
    await ui.press('G');
    const [, last, total] = ui.screen().match(/lines \d+–(\d+) of (\d+)/)!;
    expect(last).toBe(total);
    expect(ui.screen()).toContain('seed 1.');
    await ui.press('x');
    expect(ui.screen()).toContain('[Connectors 1]');
  });

  it('exports the table shown from the released analysis only, never overwriting', async () => {
    // The release drops every team below 5 people: only Housing (5) is left.
    const released = releasedFrom(small, 5);
    const ui = await renderDashboard({ ...small, released, columns: 200 });
    await ui.press('6');
    expect(lines(ui.screen()).filter((line) => /T\d /.test(line))).toHaveLength(4);
    await ui.press('e');
    const path = `${ui.exportDir}/nodefinder-teams.csv`;
    expect(ui.screen()).toContain(`Exported 1 row (3 on screen withheld: below minimum group size) to ${path}`);
    expect(readFileSync(path, 'utf8')).toBe(
      'team,id,department,size,density,ei_index,other_teams,bus_factor,silo,note\r\n' + 'Housing,T3,Communities,5,0.4,-0.6,1,1,false,\r\n',
    );
    await ui.press('e');
    expect(ui.screen()).toContain(`to ${ui.exportDir}/nodefinder-teams-1.csv`);
    expect(readFileSync(`${ui.exportDir}/nodefinder-teams-1.csv`, 'utf8')).toBe(readFileSync(path, 'utf8'));
  });

  it('leaves out of an export the people a search found only by a suppressed team', async () => {
    const ui = await renderDashboard({ ...small, released: releasedFrom(small, 5), columns: 200 });
    await ui.press('7', '/');
    await ui.type('finance');
    await ui.press(KEYS.enter);
    expect(ui.screen()).toContain('row 1 of 4 · matching "finance"');
    await ui.press('e');
    expect(ui.screen()).toContain('Exported 0 rows (4 on screen withheld: below minimum group size) to');
    expect(readFileSync(`${ui.exportDir}/nodefinder-people.csv`, 'utf8')).toBe('name,id,team,roles,contacts,betweenness,constraint,participation,people_cut_off\r\n');
  });

  it('says how many team names an export of people left blank', async () => {
    // At 5, only Housing (P06–P10) keeps its name: the other nine people are exported with no
    // team, and no participation, which is taken against the team.
    const ui = await renderDashboard({ ...small, released: releasedFrom(small, 5), columns: 200 });
    await ui.press('7', 'e');
    expect(ui.screen()).toContain(`Exported 14 rows (9 team names and 9 participation values left blank: below minimum group size) to ${ui.exportDir}/nodefinder-people.csv`);
    const rows = readFileSync(`${ui.exportDir}/nodefinder-people.csv`, 'utf8').split('\r\n').slice(1, -1);
    expect(rows.filter((row) => row.split(',')[2] === '')).toHaveLength(9);
    // Ned Quinn (Housing), with no ties, has none on screen either.
    expect(rows.filter((row) => row.split(',')[7] === '')).toHaveLength(10);
  });

  it('says what an export of introductions left blank: the small teams\' names and the scores made of their figures', async () => {
    const ui = await renderDashboard({ ...sample, released: releasedFrom(sample, 5), columns: 200, rows: 40 });
    await ui.press('5', 'e');
    const path = `${ui.exportDir}/nodefinder-introductions.csv`;
    const rows = readFileSync(path, 'utf8').split('\r\n').slice(1, -1).map((row) => row.split(','));
    const blank = (column: number) => rows.filter((row) => row[column] === '').length;
    // rank, from, from_team, to, to_team, via, score: 11 from a small team, 3 to one, and the score of each.
    expect([blank(2), blank(4), blank(6)]).toEqual([11, 3, 14]);
    expect(ui.screen()).toContain(`Exported 50 rows (14 team names and 14 scores left blank: below minimum group size) to ${path}`);
  });

  it('cuts a long export message between words, keeping the file\'s name', async () => {
    const ui = await renderDashboard({ ...sample, released: releasedFrom(sample, 5), columns: 120, rows: 40 });
    await ui.press('7', 'e');
    const status = lines(ui.screen()).at(-2)!;
    // 8 members of small teams: their team and participation (taken against the team) left blank.
    expect(status).toMatch(/^Exported 300 rows \(8 team names and 8 participation values left blank: below minimum group (size\) to )?… …\/nodefinder-people\.csv$/);
    expect(displayWidth(status)).toBeLessThanOrEqual(120);
  });

  it('writes no file when a search leaves no row on screen', async () => {
    const ui = await renderDashboard({ ...small, columns: 200 });
    await ui.press('7', '/');
    await ui.type('nobody by this name');
    await ui.press(KEYS.enter, 'e');
    expect(ui.screen()).toContain('Nothing to export: no row is on screen.');
    expect(readdirSync(ui.exportDir)).toEqual([]);
  });

  it('exports with the search and sort on screen', async () => {
    const ui = await renderDashboard({ ...small, columns: 200 });
    await ui.press('7', 's', '/');
    await ui.type('housing');
    await ui.press(KEYS.enter, 'e');
    const csv = readFileSync(`${ui.exportDir}/nodefinder-people.csv`, 'utf8').split('\r\n');
    // Housing by contacts: Hal 3; Ivy, Jon, Kim 2; Ned 0
    expect(csv.slice(1, -1).map((row) => row.split(',').slice(0, 2).join(' '))).toEqual(['Hal Evans P08', 'Ivy Chen P09', 'Jon Kowalski P10', 'Kim Lee P11', 'Ned Quinn P14']);
  });

  it('reports an export it could not write, and keeps running', async () => {
    const ui = await renderDashboard({ ...small, exportDir: '/nonexistent-folder-for-nodefinder-test' });
    await ui.press('e');
    expect(ui.screen()).toMatch(/Could not export: ENOENT/);
    await ui.press(KEYS.right);
    expect(ui.screen()).toContain('[Brokers 1]');
  });
});

describe('the dashboard lays out to the terminal size', () => {
  it('keeps every line within 60, 100 and 160 columns, showing more columns when wider', async () => {
    const ui = await renderDashboard({ ...small, columns: 60 });
    const headerAt = () => lines(ui.screen())[lines(ui.screen()).findIndex((line) => line.includes('Name'))];
    for (const columns of [60, 100, 160]) {
      await ui.resize(columns, 30);
      for (const line of lines(ui.screen())) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    }
    await ui.resize(60, 30);
    expect(headerAt()).toMatch(/Name .*Team .*Contacts/);
    expect(headerAt()).not.toContain('Evidence');
    await ui.resize(160, 30);
    expect(headerAt()).toMatch(/Name .*ID .*Team .*Contacts .*Other teams .*Interactions .*Particip\. .*Evidence/);
  });

  it('calls a person\'s summed weights strength, as the written outputs do, and counts interactions', async () => {
    const weighted = { ...small, analysis: { ...small.analysis, load: { ...small.analysis.load!, summedWeights: true } } };
    const ui = await renderDashboard({ ...weighted, columns: 160 });
    const header = lines(ui.screen()).find((line) => line.includes('Name'))!;
    expect(header).toMatch(/Contacts .*Other teams .*Strength .*Particip\./);
    expect(header).not.toContain('Interactions');
    await ui.press(KEYS.enter);
    expect(ui.screen()).toMatch(/strength +\d/);
    expect(ui.screen()).not.toMatch(/interactions +\d/);
  });

  it('keeps the column the table is sorted by on screen, however narrow', async () => {
    const ui = await renderDashboard({ ...sample, columns: 80, rows: 24 });
    await ui.press('7', 's', 's', 's', 's');
    expect(ui.screen()).toContain('sorted by participation ↓');
    const header = lines(ui.screen()).find((line) => line.startsWith('  Name'))!;
    expect(header).toMatch(/ Particip\./);
    // The highest participation first, shown in that column.
    const highest = Math.max(...sample.analysis.people.map((p) => p.participation).filter((value) => Number.isFinite(value)));
    expect(selectedRow(ui.screen())).toMatch(new RegExp(` ${highest.toFixed(2)}( |$)`));
  });

  it('fits the table to the height, and scrolls to keep the selection in view', async () => {
    const ui = await renderDashboard({ ...small, columns: 130, rows: 14 });
    await ui.press('7');
    // 14 rows: 13 drawn, less the header (1 line at 130 columns), tab bar, description, status, keys, table header: 7 people
    const people = () => lines(ui.screen()).filter((line) => /P\d\d/.test(line));
    expect(lines(ui.screen())).toHaveLength(13);
    expect(people()).toHaveLength(7);
    await ui.press(KEYS.end);
    expect(people().at(-1)).toMatch(/^› Ned Quinn/);
    // the window scrolled just far enough: people 8 to 14
    expect(people()[0]).toMatch(/^ {2}Hal Evans/);
  });
});

describe('the dashboard on fixtures/sample', () => {
  it('shows the three planted connectors, most contacts first, and the planted silo', async () => {
    const ui = await renderDashboard({ ...sample, columns: 120, rows: 40 });
    const rows = lines(ui.screen()).filter((line) => /P000\d{3}/.test(line));
    expect(rows.map((row) => row.slice(2, 20).trim())).toEqual(['Lucía González', 'Lucía Álvarez', 'Zoë Lemaître']);
    expect(ui.screen()).toContain('300 people · 33 teams · 1,945 ties · 11 communities · 1 silo');
    await ui.press('3');
    expect(selectedRow(ui.screen())).toMatch(/^› Finance Strategy +T0020 /);
  });

  it('says under the tabs that --limit cut the introductions, as the text output does', async () => {
    const ui = await renderDashboard({ ...sample, columns: 120, rows: 40 });
    await ui.press('5');
    expect(ui.screen()).toContain('Who should meet whom, best first (50 of 143 shown; --limit 143 for all);');
    expect(ui.screen()).toContain('row 1 of 50');
  });

  it('keeps the id of a shared name when it cuts the name, in every column of people', async () => {
    // Two Hannah Hills and two David Harrisons: the id is what tells them apart, so the name gives way.
    const ui = await renderDashboard({ ...sample, columns: 120, rows: 40 });
    await ui.press('5');
    const row = (rank: number) => lines(ui.screen()).find((line) => line.startsWith(`${rank === 1 ? '›' : ' '} ${String(rank).padStart(3)} `))!;
    // From and To have room for a shared name and its id whole; Via cuts the name before the id.
    expect(row(10)).toMatch(/^ {3}10 Hannah Hill \(P000290\) /);
    expect(row(31)).toMatch(/^ {3}31 Hannah Hill \(P000187\) .* Dav… \(P000027\) /);
  });

  it('pages through 300 people', async () => {
    const ui = await renderDashboard({ ...sample, columns: 120, rows: 40 });
    // 40 rows: 39 drawn, less header, tab bar, description, status, keys and table header: 33 a page
    await ui.press('7', KEYS.pageDown, KEYS.pageDown);
    expect(ui.screen()).toContain('row 67 of 300 · sorted by name A–Z');
    expect(lines(ui.screen()).filter((line) => /P000\d{3}/.test(line))).toHaveLength(33);
    await ui.press(KEYS.pageUp);
    expect(ui.screen()).toContain('row 34 of 300');
    await ui.press(KEYS.end);
    expect(ui.screen()).toContain('row 300 of 300');
  });
});
