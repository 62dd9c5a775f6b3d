/**
 * Every temporary folder the tests make (os.tmpdir() in the tests and in the processes they
 * start) goes in one folder per run, removed when the run ends: left in the system's temporary
 * folder, they came to about 100 MB a run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'nodefinder-test-run-'));
  // Read by os.tmpdir() in the test workers, started after this, and in every process they start.
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
