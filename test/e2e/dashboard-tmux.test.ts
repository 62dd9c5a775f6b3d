/**
 * The dashboard in a real terminal: the built binary runs in a detached tmux session, keys are
 * sent as a user would press them, and the screen is read back with capture-pane. Needs tmux and
 * a build (npm test builds first).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'fixtures', 'sample');
const SMALL = join(ROOT, 'fixtures', 'small-org');
const work = tempFolder({});
// A private server whose socket lives in the test's own folder.
const SOCKET = join(work, 'tmux.socket');
const config = join(work, 'tmux.conf');
// remain-on-exit keeps a finished pane on screen so its output can be read; escape-time 0 passes Esc at once.
writeFileSync(config, 'set -g remain-on-exit on\nset -g escape-time 0\nset -g status off\n');
const sessions: string[] = [];

const tmux = (...args: string[]) => execFileSync('tmux', ['-S', SOCKET, '-f', config, ...args], { encoding: 'utf8' });

/**
 * Starts `command` in a new detached session of the given size, in the work folder. The shell
 * prints the command's exit status when it ends: tmux 3.3 sometimes marks a pane dead without
 * learning the status.
 */
function start(name: string, columns: number, rows: number, command: string): string {
  const session = `${name}-${sessions.length}`;
  sessions.push(session);
  tmux('new-session', '-d', '-s', session, '-x', String(columns), '-y', String(rows), '-c', work, `${command}; printf '\\n[exited %s]\\n' "$?"`);
  return session;
}

const screen = (session: string, withStyles = false) => tmux('capture-pane', '-p', ...(withStyles ? ['-e'] : []), '-t', session);
/** Everything the session printed, scrolled off or not. */
const history = (session: string) => tmux('capture-pane', '-p', '-S', '-', '-t', session);

/** Waits until the screen contains `text` (or matches it), or fails with the screen at the deadline. */
async function waitFor(session: string, text: string | RegExp, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let shown = '';
  while (Date.now() < deadline) {
    shown = screen(session);
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${String(text)}; the screen was:\n${shown}`);
}

/** Waits until the program in the session has exited, and returns its exit status. */
async function exitStatus(session: string, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = /\[exited (\d+)\]/.exec(history(session));
    if (status) return Number(status[1]);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the program in ${session} did not exit; the screen was:\n${screen(session)}`);
}

const keys = (session: string, ...names: string[]) => tmux('send-keys', '-t', session, ...names);

/** A path or word quoted for the shell. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const NODE = `${quote(process.execPath)} ${quote(BIN)}`;
// CI is unset so the dashboard opens even when the tests run in CI; FORCE_COLOR would beat NO_COLOR.
const nodefinder = (args: string, env = '') => `env -u CI -u CONTINUOUS_INTEGRATION -u FORCE_COLOR TERM=xterm-256color ${env} ${NODE} ${args}`;

afterAll(() => {
  for (const session of sessions) {
    try {
      tmux('kill-session', '-t', session);
    } catch {
      // already gone
    }
  }
  try {
    tmux('kill-server');
  } catch {
    // no server left
  }
});

// Generous limits: the machine may be busy; every wait polls and returns as soon as the screen is ready.
describe('nodefinder analyse in a terminal (tmux, 120 × 40)', { timeout: 120_000 }, () => {
  it('opens the dashboard on the sample, navigates, opens a detail view, exports, and quits on q', async () => {
    const session = start('sample', 120, 40, nodefinder(`analyse ${quote(SAMPLE)}`));
    let shown = await waitFor(session, '[Connectors 3]');
    // The header wraps where the width ends, so its figures are checked one by one.
    for (const figure of ['300 people', '33 teams', '1,945 ties', '13 communities', '1 silo', '2 single points of failure']) expect(shown).toContain(figure);
    expect(shown).toMatch(/\[Connectors 3\] +Brokers 3 +Silos 1 +Introductions 50 +Teams 33 +People 300/);
    // The planted connector with the most contacts (70) is first.
    expect(shown).toMatch(/› Lucía González +P000210 +Corporate Servic.* +70 /);
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

describe('nodefinder analyse in a terminal, other sizes and settings', { timeout: 120_000 }, () => {
  it('fits 80 columns and draws no colour with NO_COLOR=1', async () => {
    const session = start('narrow', 80, 24, nodefinder(`analyse ${quote(SMALL)}`, 'NO_COLOR=1'));
    const shown = await waitFor(session, '[Connectors 1]');
    for (const line of shown.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(shown).toMatch(/› Ann Smith +Finance +5 /);
    // capture-pane -e shows styles as escape codes: with NO_COLOR there are none
    expect(screen(session, true)).not.toMatch(/\u001B\[[\d;]*m/);
    keys(session, '5');
    await waitFor(session, /Archive .*below minimum group size \(5\)/);
    keys(session, 'q');
    expect(await exitStatus(session)).toBe(0);
  });

  it('re-lays out the tables when the terminal is resized', async () => {
    const session = start('resize', 80, 30, nodefinder(`analyse ${quote(SMALL)}`));
    let shown = await waitFor(session, '[Connectors 1]');
    expect(shown).toMatch(/Name +Team +Contacts +Other teams +Interactions +Evidence/);
    tmux('resize-window', '-t', session, '-x', '160', '-y', '30');
    shown = await waitFor(session, 'Particip.');
    expect(shown).toMatch(/Name +ID +Team +Contacts +Other teams +Interactions +Particip\. +Evidence/);
    tmux('resize-window', '-t', session, '-x', '80', '-y', '30');
    shown = await waitFor(session, /^(?![\s\S]*Particip\.)[\s\S]*\[Connectors 1\]/);
    for (const line of shown.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    keys(session, 'q');
    expect(await exitStatus(session)).toBe(0);
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
