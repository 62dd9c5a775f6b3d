/**
 * A one-line progress display on stderr for long loads. It draws only when stderr is a
 * terminal (not a dumb one) and not in CI, so pipes and logs never see control characters.
 */
import type { LoadProgress } from '../load/load-organisation.js';
import { formatCount } from '../present/number-format.js';
import { fitText } from '../ui/layout/fit-text.js';

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
  // "\x1b[2K" clears only the row the cursor is on, so a line that wrapped would leave its first
  // rows behind: the line is cut to the terminal's width, less a cell so the cursor never wraps.
  const draw = (text: string) => {
    const width = (stream.columns ?? 0) - 1;
    stream.write(`\r\x1b[2K${width > 0 ? fitText(text, width).trimEnd() : text}`);
    drawn = true;
  };
  return {
    onProgress(progress) {
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
      draw(`measuring: ${stage}… (Ctrl+C stops)`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
