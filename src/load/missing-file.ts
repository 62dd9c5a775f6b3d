/**
 * FILE_NOT_FOUND, saying what is wrong when it can be told (the folder is missing, or holds the
 * name in another letter case: names are case-sensitive here) and what to do about it, which
 * depends on where the path came from: a path given with a flag is to be checked, while a file
 * looked for in a data folder under its usual name may be in another folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

/** Where a file's path came from. */
export interface FileOrigin {
  /** The flag that names the file: `--staff`. */
  readonly flag: string;
  /** Whether the path was given with that flag, rather than looked for in a data folder under the file's usual name. */
  readonly named: boolean;
}

/** The error for `file`, not there; without `origin`, the advice is only to check the path. */
export function fileNotFound(file: string, origin?: FileOrigin): InputError {
  const folder = dirname(file);
  const checkPath = origin?.named ? `check the path given with ${origin.flag}` : undefined;
  if (!existsSync(folder)) {
    return new InputError('FILE_NOT_FOUND', `file not found: the folder ${folder} does not exist`, { file },
      checkPath ?? (origin ? `check the folder's name, or name the file with ${origin.flag}` : 'check the path'));
  }
  const wanted = basename(file).toLowerCase();
  const near = safeList(folder).find((name) => name.toLowerCase() === wanted);
  if (near !== undefined) {
    return new InputError('FILE_NOT_FOUND', `file not found, but the folder holds ${near}`, { file },
      `file names are case-sensitive: if ${near} is the file, give its name as written (${join(folder, near)}), or rename it ${basename(file)}`);
  }
  if (origin && !origin.named) {
    return new InputError('FILE_NOT_FOUND', `file not found: looked for ${basename(file)} in ${folder === '.' ? 'the current folder' : `the folder ${folder}`}`, { file },
      // Every command that loads data reads this: the words name none of them (compare takes two folders).
      `give the folder that holds the data as DIR, or name the file with ${origin.flag}; to try nodefinder without data, \`nodefinder sample --out demo\` writes a demo organisation`);
  }
  return new InputError('FILE_NOT_FOUND', 'file not found', { file }, checkPath ?? 'check the path');
}

/**
 * For a read's catch: FILE_NOT_FOUND for `file` made again with the advice `origin` calls for
 * (the reader knows the path, not where it came from); any other error as it was.
 */
export function withOrigin(file: string, origin: FileOrigin): (error: unknown) => never {
  return (error) => {
    if (error instanceof InputError && error.code === 'FILE_NOT_FOUND' && error.file === file) throw fileNotFound(file, origin);
    throw error;
  };
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}
