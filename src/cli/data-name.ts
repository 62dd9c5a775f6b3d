/**
 * What the dashboard's header calls the data: the folder as given, or the current folder's name
 * for "."; when the staff file is named with --staff, where that file is, since the folder is
 * then not where the data came from (often only the current folder).
 */
import { basename, dirname, resolve } from 'node:path';

export function dataName(dir: string, staff: string | undefined): string {
  if (staff !== undefined) {
    const folder = dirname(staff);
    return folder === '.' ? basename(staff) : folder;
  }
  return dir === '.' ? basename(resolve(dir)) : dir;
}
