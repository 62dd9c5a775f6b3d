/**
 * A real terminal for end-to-end tests: a private tmux server (its socket in the test's own
 * folder) runs commands in detached sessions; keys are sent as a user would press them and the
 * screen is read back with capture-pane.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from './run-cli.js';

/** A path or word quoted for the shell. */
export const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * The built nodefinder as a shell command. CI is unset so the dashboard opens even when the
 * tests run in CI; FORCE_COLOR is unset because it would beat NO_COLOR.
 */
export const nodefinderCommand = (args: string, env = '') =>
  `env -u CI -u CONTINUOUS_INTEGRATION -u FORCE_COLOR TERM=xterm-256color ${env} ${quote(process.execPath)} ${quote(BIN)} ${args}`;

export interface Terminal {
  /** Starts `command` in a new session of the given size, in the work folder; returns the session's name. */
  start(name: string, columns: number, rows: number, command: string): string;
  screen(session: string, withStyles?: boolean): string;
  /** Everything the session printed, scrolled off or not. */
  history(session: string): string;
  keys(session: string, ...names: string[]): void;
  /** A tmux format about the session's pane, e.g. "#{alternate_on}" (1 while a program draws on the alternate screen). */
  display(session: string, format: string): string;
  resize(session: string, columns: number, rows: number): void;
  /** Waits until the screen contains `text` (or matches it), or fails showing the screen. */
  waitFor(session: string, text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Waits until the command in the session has ended, and returns its exit status. */
  exitStatus(session: string, timeoutMs?: number): Promise<number>;
  /** Ends the server and every session (for afterAll). */
  close(): void;
}

export function openTerminal(work: string): Terminal {
  // A socket's path may hold about 100 bytes: in a folder of its own in /tmp, never under a long TMPDIR.
  const socketFolder = mkdtempSync('/tmp/nf-tmux-');
  const socket = join(socketFolder, 'socket');
  const config = join(work, 'tmux.conf');
  // remain-on-exit keeps a finished pane on screen so its output can be read; escape-time 0 passes Esc at once.
  writeFileSync(config, 'set -g remain-on-exit on\nset -g escape-time 0\nset -g status off\n');
  const sessions: string[] = [];
  const tmux = (...args: string[]) => execFileSync('tmux', ['-S', socket, '-f', config, ...args], { encoding: 'utf8' });
  const screen = (session: string, withStyles = false) => tmux('capture-pane', '-p', ...(withStyles ? ['-e'] : []), '-t', session);
  const history = (session: string) => tmux('capture-pane', '-p', '-S', '-', '-t', session);
  const poll = async <T>(session: string, found: () => T | undefined, timeoutMs: number, what: string): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const result = found();
      if (result !== undefined) return result;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${what}; the screen was:\n${screen(session)}`);
  };
  return {
    start(name, columns, rows, command) {
      const session = `${name}-${sessions.length}`;
      sessions.push(session);
      // The shell prints the exit status: tmux 3.3 sometimes marks a pane dead without learning it.
      tmux('new-session', '-d', '-s', session, '-x', String(columns), '-y', String(rows), '-c', work, `${command}; printf '\\n[exited %s]\\n' "$?"`);
      return session;
    },
    screen,
    history,
    keys: (session, ...names) => void tmux('send-keys', '-t', session, ...names),
    display: (session, format) => tmux('display-message', '-p', '-t', session, format).trim(),
    resize: (session, columns, rows) => void tmux('resize-window', '-t', session, '-x', String(columns), '-y', String(rows)),
    waitFor(session, text, timeoutMs = 60_000) {
      // Only a screen that holds `text` and is the same in two captures in a row: tmux can capture
      // a frame half drawn, new at the top, and tests read lines further down.
      let previous: string | undefined;
      return poll(session, () => {
        const shown = screen(session);
        const settled = shown === previous;
        previous = shown;
        return settled && (typeof text === 'string' ? shown.includes(text) : text.test(shown)) ? shown : undefined;
      }, timeoutMs, `timed out waiting for ${String(text)}`);
    },
    exitStatus(session, timeoutMs = 20_000) {
      return poll(session, () => {
        const status = /\[exited (\d+)\]/.exec(history(session));
        return status ? Number(status[1]) : undefined;
      }, timeoutMs, `the program in ${session} did not exit`);
    },
    close() {
      try {
        tmux('kill-server');
      } catch {
        // no server left
      }
      rmSync(socketFolder, { recursive: true, force: true });
    },
  };
}
