/**
 * The dashboard in a real terminal: the built binary runs in a detached tmux session, keys are
 * sent as a user would press them, and the screen is read back with capture-pane. Needs tmux and
 * a build (npm test builds first).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';
import { nodefinderCommand as nodefinder, openTerminal, quote } from '../helpers/terminal.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'fixtures', 'sample');
const SMALL = join(ROOT, 'fixtures', 'small-org');
const work = tempFolder({});
const { start, screen, history, keys, display, resize, waitFor, exitStatus, close } = openTerminal(work);
const NODE = `${quote(process.execPath)} ${quote(BIN)}`;

afterAll(close);

// Generous limits: the machine may be busy; every wait polls and returns as soon as the screen is ready.
describe('nodefinder analyse in a terminal (tmux, 120 × 40)', { timeout: 120_000 }, () => {
  it('opens the dashboard on the sample, navigates, opens a detail view, exports, and quits on q', async () => {
    const session = start('sample', 120, 40, nodefinder(`analyse ${quote(SAMPLE)}`));
    let shown = await waitFor(session, '[Connectors 3]');
    // The header wraps where the width ends, so its figures are checked one by one.
    for (const figure of ['300 people', '33 teams', '1,945 ties', '11 communities', '1 silo', '2 single points of failure']) expect(shown).toContain(figure);
    expect(shown).toMatch(/\[Connectors 3\] +Brokers 3 +Silos 1 +Risks 2 +Introductions 50 +Teams 33 +People 300/);
    // The planted connector with the most contacts (70) is first.
    expect(shown).toMatch(/› Lucía González +P000210 +Corporate Ser…Programmes +70 /);
    // The progress line was cleared before the dashboard drew.
    expect(shown).not.toContain('measuring:');
    // Colour is on at a colour terminal (the NO_COLOR test below checks it can be turned off).
    expect(screen(session, true)).toMatch(/\u001B\[[\d;]*m/);

    keys(session, 'Right');
    shown = await waitFor(session, '[Brokers 3]');
    expect(shown).toMatch(/› Niamh Harris .* 0\.156 +0\.057 /);
    keys(session, 'Down');
    await waitFor(session, /› Lucía Álvarez +P000098 +Housing Intake/);
    keys(session, 'Enter');
    shown = await waitFor(session, 'Lucía Álvarez · P000098 · Housing Intake (Housing)');
    expect(shown).toContain('broker: links parts that would otherwise be apart');
    expect(shown).toContain('connector: knows the most people');
    expect(shown).toMatch(/contacts +61/);
    expect(shown).toContain('Esc back');

    keys(session, 'Escape');
    shown = await waitFor(session, /› Lucía Álvarez +P000098/);
    expect(shown).toContain('row 2 of 3 · sorted by betweenness ↓');

    keys(session, 'e');
    shown = await waitFor(session, 'Exported 3 rows to');
    expect(shown).toContain(`${work}/nodefinder-brokers.csv`);
    const csv = readFileSync(join(work, 'nodefinder-brokers.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('name,id,team,betweenness,constraint,people_cut_off,bottleneck,evidence');
    expect(csv.slice(1, 4).map((row) => row.split(',')[1])).toEqual(['P000033', 'P000098', 'P000255']);

    keys(session, 'q');
    expect(await exitStatus(session)).toBe(0);
    // Quitting left the alternate screen: the dashboard is gone, and so is the progress line.
    expect(screen(session)).not.toContain('[Brokers 3]');
    expect(history(session)).not.toMatch(/measuring|reading/);
  });
});

/** small-org in a folder of `work`, with one interaction naming someone not on the staff. */
function smallOrgWithUnknownPerson(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const file of ['staff.csv', 'teams.csv']) copyFileSync(join(SMALL, file), join(dir, file));
  writeFileSync(join(dir, 'interactions.csv'), `${readFileSync(join(SMALL, 'interactions.csv'), 'utf8')}P01,NOBODY,2026-03-02T09:00:00Z,email\n`);
  return dir;
}

describe('nodefinder analyse in a terminal, with rows skipped', { timeout: 120_000 }, () => {
  it('says in the header that rows were skipped, lists the notes in the help, and writes them after quitting', async () => {
    const dir = smallOrgWithUnknownPerson('skipped');
    // Wide enough for the note's line in the help, which names the file by its whole path.
    const session = start('skipped', 200, 30, nodefinder(`analyse ${quote(dir)}`));
    let shown = await waitFor(session, '[Connectors 1]');
    expect(shown).toContain('1 of 52 interaction rows skipped (unknown-person) — ? shows the load notes');
    keys(session, '?');
    shown = await waitFor(session, 'Load notes');
    expect(shown).toContain(`${dir}/interactions.csv: 1 of 52 rows skipped (1 unknown-person)`);
    keys(session, 'q');
    expect(await exitStatus(session)).toBe(0);
    // (The line wraps at the terminal's width.)
    expect(history(session).replace(/\n/g, '')).toContain(`nodefinder: ${dir}/interactions.csv: 1 of 52 rows skipped (1 unknown-person); nodefinder validate lists them`);
  });
});

describe('nodefinder analyse in a terminal, other sizes and settings', { timeout: 120_000 }, () => {
  it('fits 80 columns and draws no colour with NO_COLOR=1', async () => {
    const session = start('narrow', 80, 24, nodefinder(`analyse ${quote(SMALL)}`, 'NO_COLOR=1'));
    const shown = await waitFor(session, '[Connectors 1]');
    for (const line of shown.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(shown).toMatch(/› Ann Smith +Finance +5 /);
    // capture-pane -e shows styles as escape codes: with NO_COLOR there are none
    expect(screen(session, true)).not.toMatch(/\u001B\[[\d;]*m/);
    keys(session, '6');
    await waitFor(session, /Archive .*small team \(<5\)/);
    keys(session, 'q');
    expect(await exitStatus(session)).toBe(0);
  });

  it('takes Esc and the key sent with it in one write (send-keys Escape /) as both keys', async () => {
    const session = start('escape', 120, 40, nodefinder(`analyse ${quote(SMALL)}`));
    await waitFor(session, '[Connectors 1]');
    keys(session, 'Enter');
    await waitFor(session, 'Esc back');
    // Esc closes the detail view, then ? opens the help; closing it shows the table.
    keys(session, 'Escape', '?');
    await waitFor(session, 'Keys (any key closes this help)');
    keys(session, 'x');
    let shown = await waitFor(session, /^(?![\s\S]*Keys \(any key)[\s\S]*\[Connectors 1\]/);
    expect(shown).not.toContain('Esc back');
    keys(session, 'Enter');
    await waitFor(session, 'Esc back');
    keys(session, 'Escape', 'Tab');
    shown = await waitFor(session, '[Brokers');
    expect(shown).not.toContain('Esc back');
    keys(session, 'Enter');
    await waitFor(session, 'Esc back');
    keys(session, 'Escape', '/');
    shown = await waitFor(session, 'type to filter');
    expect(shown).not.toContain('Esc back');
    keys(session, 'Escape', 'q');
    expect(await exitStatus(session)).toBe(0);
  });

  it('re-lays out the tables when the terminal is resized', async () => {
    const session = start('resize', 80, 30, nodefinder(`analyse ${quote(SMALL)}`));
    let shown = await waitFor(session, '[Connectors 1]');
    // At 80 columns Evidence, which repeats the contacts, gives way to the team's name.
    expect(shown).toMatch(/Name +Team +Contacts +Other teams +Interactions\n/);
    resize(session, 160, 30);
    shown = await waitFor(session, 'Particip.');
    expect(shown).toMatch(/Name +ID +Team +Contacts +Other teams +Interactions +Particip\. +Evidence/);
    resize(session, 80, 30);
    shown = await waitFor(session, /^(?![\s\S]*Particip\.)[\s\S]*\[Connectors 1\]/);
    for (const line of shown.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    keys(session, 'q');
    expect(await exitStatus(session)).toBe(0);
  });

  it('leaves no row of the dashboard behind when the window was widened before quitting', async () => {
    const session = start('widened', 160, 45, nodefinder(`analyse ${quote(SAMPLE)}`));
    await waitFor(session, '[Connectors 3]');
    resize(session, 220, 45);
    await waitFor(session, '[Connectors 3]');
    keys(session, 'q');
    expect(await exitStatus(session)).toBe(0);
    // tmux kept the header and the tab bar in the shell's screen when the alternate screen was left uncleared.
    expect(history(session)).not.toContain('[Connectors 3]');
    expect(history(session)).not.toContain('300 people');
  });

  it('names the staff file\'s folder in the header when the files are named by flag, not the current folder', async () => {
    const session = start('files', 120, 30, nodefinder(`analyse --staff ${quote(join(SMALL, 'staff.csv'))} --interactions ${quote(join(SMALL, 'interactions.csv'))}`));
    const shown = await waitFor(session, '[Connectors 1]');
    expect(shown.split('\n')[0]).toMatch(new RegExp(`^nodefinder ${SMALL} · 14 people`));
    keys(session, 'q');
    expect(await exitStatus(session)).toBe(0);
  });

  it('gives the terminal back when killed (SIGTERM): off the alternate screen, cursor shown, exit status 143', async () => {
    const pidFile = join(work, 'dashboard.pid');
    // exec keeps the shell's process id, so the pid written is the dashboard's. The pane is kept
    // alive after it ends (sleep): tmux does not keep the cursor state of a dead pane.
    const dashboard = `sh -c ${quote(`echo $$ > ${quote(pidFile)}; exec ${nodefinder(`analyse ${quote(SMALL)}`)}`)}`;
    const session = start('killed', 100, 30, `${dashboard}; printf '\\n[exited %s]\\n' "$?"; sleep 60`);
    await waitFor(session, '[Connectors 1]');
    expect(display(session, '#{alternate_on}')).toBe('1');
    process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM');
    expect(await exitStatus(session)).toBe(143);
    expect(display(session, '#{alternate_on} #{cursor_flag}')).toBe('0 1');
    expect(screen(session)).not.toContain('[Connectors 1]');
  });

  it('prints the text report instead in CI, with --format, or into a pipe', async () => {
    for (const [name, command] of [
      ['ci', `env CI=true ${NODE} analyse ${quote(SMALL)}`],
      ['format', nodefinder(`analyse ${quote(SMALL)} --format text`)],
      ['pipe', `${nodefinder(`analyse ${quote(SMALL)}`)} | cat`],
    ]) {
      const session = start(name, 100, 40, command);
      expect(await exitStatus(session)).toBe(0);
      const shown = history(session);
      expect(shown).toContain('Connectors: know the most people');
      expect(shown).toMatch(/Ann Smith.*: 5 contacts/);
      expect(shown).not.toContain('[Connectors');
    }
  });
});
