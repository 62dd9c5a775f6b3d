/**
 * A one-line progress display on stderr for long loads. It draws only when stderr is a
 * terminal (not a dumb one) and not in CI, so pipes and logs never see control characters.
 * The line is cleared when the process exits, and while a load is drawn Ctrl-C and kill are held
 * (signals.ts) so that they clear it too: left to Node, they ended the process with the line still
 * on the terminal, the shell's prompt after it. The load gives a handler its chance between reads;
 * the measures run without a break, so the hold ends when measuring starts, and Ctrl-C then still
 * stops them at once, leaving their line.
 */
import type { LoadProgress } from '../load/load-organisation.js';
import { formatCount } from '../present/number-format.js';
import { fitText } from '../ui/layout/fit-text.js';
import { holdSignals } from './signals.js';

const REDRAW_MS = 100;

/** Returns a progress callback, or undefined when nothing should be drawn. */
export function terminalProgress(
  quiet: boolean,
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): {
  onProgress?: (progress: LoadProgress) => void;
  onStage?: (stage: string) => void;
  done: () => void;
} {
  // A dumb terminal (TERM=dumb: an editor's shell buffer) shows the erase codes as text.
  if (quiet || !stream.isTTY || env.CI || env.TERM === 'dumb') return { done: () => {} };
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  let releaseSignals: (() => void) | null = null;
  const clear = () => {
    if (drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };
  // "\x1b[2K" clears only the row the cursor is on, so a line that wrapped would leave its first
  // rows behind: the line is cut to the terminal's width, less a cell so the cursor never wraps.
  const draw = (text: string) => {
    const width = (stream.columns ?? 0) - 1;
    if (!drawn) process.once('exit', clear);
    stream.write(`\r\x1b[2K${width > 0 ? fitText(text, width).trimEnd() : text}`);
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
    onStage(stage) {
      endHold();
      draw(`measuring: ${stage}… (Ctrl+C stops)`);
    },
    done() {
      endHold();
      if (drawn) process.removeListener('exit', clear);
      clear();
    },
  };
}
