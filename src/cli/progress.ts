/**
 * A one-line progress display on stderr for long loads. It draws only when stderr is a
 * terminal (not a dumb one) and not in CI, so pipes and logs never see control characters.
 * The line is cleared when the process exits, and while a load is drawn Ctrl-C and kill are held
 * (signals.ts) so that they clear it too: left to Node, they ended the process with the line still
 * on the terminal, the shell's prompt after it. The load gives a handler its chance between reads;
 * the measures run without a break, so the hold ends when measuring starts, and Ctrl-C then still
 * stops them at once, leaving their line.
 * A measure that reports its share done (the path measures, minutes on a large organisation)
 * shows it, and the time left once a few per cent are done: analyse() blocks the event loop, but
 * writes to a terminal are synchronous, so the line is drawn as the share comes.
 */
import type { LoadProgress } from '../load/load-organisation.js';
import { formatCount } from '../present/number-format.js';
import { terminalLine } from '../present/terminal-line.js';
import { fitText } from '../ui/layout/fit-text.js';
import { holdSignals } from './signals.js';

const REDRAW_MS = 100;
/** Below this share done, the time left would be little more than a guess. */
const SHARE_BEFORE_TIME_LEFT = 0.03;

/** Returns a progress callback, or undefined when nothing should be drawn. */
export function terminalProgress(
  quiet: boolean,
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): {
  onProgress?: (progress: LoadProgress) => void;
  onStage?: (stage: string, share?: number) => void;
  /** Names what is being loaded on every line after it ("normal variation, window 1 of 3"), or nothing with null. */
  setLabel?: (label: string | null) => void;
  /** The last step of a command that writes a file: laying it out (a report's map) can take seconds. */
  onWrite?: (file: string) => void;
  done: () => void;
} {
  // A dumb terminal (TERM=dumb: an editor's shell buffer) shows the erase codes as text.
  if (quiet || !stream.isTTY || env.CI || env.TERM === 'dumb') return { done: () => {} };
  const started = Date.now();
  let lastDraw = 0;
  let stageStarted = started;
  let lastShareDraw = 0;
  let drawn = false;
  let releaseSignals: (() => void) | null = null;
  let label: string | null = null;
  const clear = () => {
    if (drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };
  // "\x1b[2K" clears only the row the cursor is on, so a line that wrapped would leave its first
  // rows behind: the line is cut to the terminal's width, less a cell so the cursor never wraps.
  // A label or file name is the user's text: its escape codes and line breaks are made harmless.
  const draw = (text: string) => {
    const width = (stream.columns ?? 0) - 1;
    if (!drawn) process.once('exit', clear);
    const line = terminalLine(label === null ? text : `${label}: ${text}`);
    stream.write(`\r\x1b[2K${width > 0 ? fitText(line, width).trimEnd() : line}`);
    drawn = true;
  };
  const endHold = () => {
    releaseSignals?.();
    releaseSignals = null;
  };
  return {
    onProgress(progress) {
      releaseSignals ??= holdSignals();
      const now = Date.now();
      if (now - lastDraw < REDRAW_MS && progress.stage === 'interactions') return;
      lastDraw = now;
      const seconds = (now - started) / 1000;
      let text = `reading ${progress.stage}…`;
      if (progress.stage === 'interactions' && progress.rows > 0) {
        const share = progress.totalBytes ? ` (${Math.round((100 * progress.bytesRead) / progress.totalBytes)}%)` : '';
        const rate = formatCount(Math.round(progress.rows / Math.max(seconds, 0.001)));
        text = `reading interactions: ${formatCount(progress.rows)} rows${share}, ${rate} rows/s`;
      } else if (progress.stage === 'network') text = 'building the network…';
      draw(text);
    },
    onStage(stage, share) {
      endHold();
      const now = Date.now();
      if (share === undefined) stageStarted = now;
      else if (now - lastShareDraw < REDRAW_MS && share < 1) return;
      lastShareDraw = now;
      draw(`measuring: ${stage}…${share === undefined ? '' : ` ${shareDone(share, (now - stageStarted) / 1000)}`} (Ctrl+C stops)`);
    },
    setLabel(text) {
      label = text;
    },
    onWrite(file) {
      endHold();
      draw(`writing ${file}…`);
    },
    done() {
      endHold();
      if (drawn) process.removeListener('exit', clear);
      clear();
    },
  };
}

/** "42%", with the time left at the pace so far once a few per cent are done: "42%, about 10 s left". */
function shareDone(share: number, seconds: number): string {
  const percent = `${Math.floor(100 * share)}%`;
  if (share < SHARE_BEFORE_TIME_LEFT || share >= 1) return percent;
  return `${percent}, about ${roughDuration((seconds * (1 - share)) / share)} left`;
}

/** Seconds as "8 s", "12 min" or "1 h 5 min". */
function roughDuration(seconds: number): string {
  if (seconds < 59.5) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
