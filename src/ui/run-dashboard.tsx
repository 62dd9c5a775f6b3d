/**
 * Opens the dashboard on the terminal and resolves when the user quits. It draws on the
 * terminal's alternate screen, as full-screen programs do, so quitting gives the user their
 * shell back as it was.
 */
import chalk from 'chalk';
import { render } from 'ink';
import { App, type DashboardProps } from './App.js';
import { holdSignals } from '../cli/signals.js';
import { colourLevel } from './colour-level.js';
import { writeCsvFile } from './export/write-csv-file.js';

export { isInteractive, type OutputFlags } from './is-interactive.js';

export interface RunDashboardProps extends Omit<DashboardProps, 'saveCsv'> {
  /** Folder exports are written to; the current directory by default. */
  readonly exportDir?: string;
  readonly stdout?: NodeJS.WriteStream;
  readonly stdin?: NodeJS.ReadStream;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h\x1b[H';
// Cleared before it is left: tmux, when the window was widened while the dashboard was open, kept
// some of the alternate screen's rows (the header, the tab bar) in the shell's screen and history.
const LEAVE_ALTERNATE_SCREEN = '\x1b[2J\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';

/** Renders the dashboard with Ink until the user quits (q or Ctrl+C). */
export async function runDashboard(props: RunDashboardProps): Promise<void> {
  const { exportDir = process.cwd(), stdout = process.stdout, stdin = process.stdin, env = process.env, ...dashboard } = props;
  const previousLevel = chalk.level;
  chalk.level = colourLevel(env, chalk.level);
  // A kill (SIGTERM) ends the process by the signal (signals.ts), where `finally` never runs: the
  // terminal is given back in the process's last moment instead, after Ink's own clean-up, with
  // the cursor shown on the screen the shell returns to. Writes to a terminal are synchronous, so
  // these land before the process ends.
  const leaveOnExit = () => stdout.write(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
  // Keys read raw from the first frame: Ink turns raw mode on only after drawing it, and an Enter
  // pressed in between arrived as a line feed, which Ink ignores.
  const raw = stdin.isTTY && typeof stdin.setRawMode === 'function';
  const releaseSignals = holdSignals();
  stdout.write(ENTER_ALTERNATE_SCREEN);
  if (raw) stdin.setRawMode(true);
  try {
    // Nothing writes to the console while the dashboard runs, so Ink need not patch it.
    const instance = render(<App {...dashboard} saveCsv={(base, text) => writeCsvFile(exportDir, base, text)} />, { stdout, stdin, exitOnCtrlC: true, patchConsole: false });
    process.once('exit', leaveOnExit);
    await instance.waitUntilExit();
  } finally {
    releaseSignals();
    process.removeListener('exit', leaveOnExit);
    if (raw) stdin.setRawMode(false);
    stdout.write(LEAVE_ALTERNATE_SCREEN);
    chalk.level = previousLevel;
  }
}
