/**
 * Files and folders being written under temporary names: removed if the process ends before they
 * are complete (signals.ts ends it so on Ctrl-C and kill, after running the 'exit' handlers), so
 * an interrupted run leaves nothing half-written behind.
 */
import { rmSync } from 'node:fs';
import { holdSignals } from './signals.js';

const pending = new Set<string>();

process.on('exit', () => {
  for (const path of pending) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // never made, or already gone
    }
  }
});

/**
 * Removes `path` (a file, or a folder and all in it) if the process exits before the returned
 * function is called. Ctrl-C and kill are held meanwhile (signals.ts), so that they remove it too;
 * only meanwhile, so that a long step with nothing to undo (generating a sample before any file
 * is made) still ends at once by the signal.
 */
export function removeOnExit(path: string): () => void {
  pending.add(path);
  const releaseSignals = holdSignals();
  return () => {
    pending.delete(path);
    releaseSignals();
  };
}
