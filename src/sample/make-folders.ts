/**
 * Makes a folder and the folders missing above it, one at a time. Node's recursive mkdir retries
 * without end where the system refuses a new folder with ENOENT though the folder above exists
 * (inside /proc): `sample --out /proc/x` spun at full speed, deaf to Ctrl-C. Made one at a time,
 * the refusal is thrown at once, naming the folder refused.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** Makes `dir` if missing; returns the first folder made, as mkdirSync's recursive mode does, or undefined. */
export function makeFolders(dir: string): string | undefined {
  const missing: string[] = [];
  for (let path = dir; ; path = dirname(path)) {
    const found = look(path);
    if (found === 'folder') break;
    missing.unshift(path);
    // Only a path not there can have folders missing above it; making anything else fails with its
    // own error (EEXIST for a file, ENOTDIR for a path through one).
    if (found !== 'missing' || dirname(path) === path) break;
  }
  let made = 0;
  try {
    for (const path of missing) {
      mkdirSync(path);
      made++;
    }
  } catch (error) {
    // Folders made above the one refused would be left empty behind; nothing else is ours.
    if (made > 0) rmSync(missing[0], { recursive: true, force: true });
    throw error;
  }
  return missing[0];
}

function look(path: string): 'folder' | 'missing' | 'other' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'other';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'other';
  }
}
