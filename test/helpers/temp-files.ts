/** Writes small input files into a fresh temporary folder for a test. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempFolder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nodefinder-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The shared real datasets, beside the repository (see ../shared/datasets/README.md). */
export const DATASETS = process.env.NODEFINDER_DATASETS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'datasets');
