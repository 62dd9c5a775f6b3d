/**
 * What the dashboard's header calls the data: the folder as given, or the current folder's name
 * for "."; when the staff file is named with --staff, where that file is, since the folder is
 * then not where the data came from (often only the current folder). A path is not data read
 * through the loader: its escape codes and line breaks are made harmless here (terminal-line.ts).
 */
import { basename, dirname, resolve } from 'node:path';
import { terminalLine } from '../present/terminal-line.js';

export function dataName(dir: string, staff: string | undefined): string {
  return terminalLine(pathName(dir, staff));
}

function pathName(dir: string, staff: string | undefined): string {
  if (staff !== undefined) {
    const folder = dirname(staff);
    return folder === '.' ? basename(staff) : folder;
  }
  return dir === '.' ? basename(resolve(dir)) : dir;
}
