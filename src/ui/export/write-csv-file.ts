/**
 * Writes an export to a new file, never over an existing one: nodefinder-people.csv, then
 * nodefinder-people-1.csv, -2 … The file is created with the exclusive flag, so even a file
 * that appears between looking and writing is not overwritten.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The candidate file name for attempt `n` (0 = the plain name). */
export function exportFileName(base: string, n: number): string {
  return n === 0 ? `${base}.csv` : `${base}-${n}.csv`;
}

/** Writes `text` to the first free name for `base` in `dir` and returns the file's absolute path. */
export function writeCsvFile(dir: string, base: string, text: string): string {
  for (let n = 0; ; n++) {
    const path = resolve(join(dir, exportFileName(base, n)));
    try {
      writeFileSync(path, text, { flag: 'wx' });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
