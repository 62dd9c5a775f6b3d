/**
 * The file a command writes to (--out, --output). Checked before the analysis runs, so a
 * mistyped folder fails at once instead of after minutes of measuring; written in one call to
 * exactly that path (no temporary file beside it), with the permissions the user's umask gives.
 */
import { statSync, type Stats } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { OutputError, UsageError } from '../errors.js';

/**
 * The --out a command cannot run without. Checked here rather than by commander, which checks
 * before the config file is applied: `"out"` in nodefinder.config.json must count.
 */
export function requireOutFile(file: string | undefined): string {
  if (file === undefined) throw new UsageError('--out: no file to write was given', 'name it with --out FILE, or "out" in the config file');
  return file;
}

/** Throws UsageError, naming `flag`, unless `file` can be created in an existing folder and is not itself a folder. */
export function checkOutFile(file: string, flag = '--out'): void {
  if (file.trim() === '') throw new UsageError(`${flag}: the file name is empty`);
  const folder = dirname(resolve(file));
  const parent = statOrNull(folder);
  if (!parent) throw new UsageError(`${flag}: the folder "${dirname(file)}" does not exist`, 'create it first, or write somewhere else');
  if (!parent.isDirectory()) throw new UsageError(`${flag}: "${dirname(file)}" is not a folder`, 'name a file inside an existing folder');
  if (statOrNull(file)?.isDirectory()) throw new UsageError(`${flag}: "${file}" is a folder`, 'name a file inside it');
}

/** The file's status, or null when it does not exist or a folder on its path is a file. */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Writes `text` to `file` as UTF-8: a string, or pieces (lines, for large networks) joined by
 * line breaks and written in blocks of about a megabyte, so the whole text is never held at once.
 * A file that cannot be written is an OutputError (exit 4); if making the text fails, the partial
 * file is removed and the error passed on.
 */
export async function writeOutFile(file: string, text: string | Iterable<string>): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'w');
  } catch (error) {
    throw cannotWrite(file, error);
  }
  let written = false;
  try {
    if (typeof text === 'string') await write(handle, file, text);
    else {
      let block = '';
      for (const line of text) {
        block += `${line}\n`;
        if (block.length >= BLOCK) {
          await write(handle, file, block);
          block = '';
        }
      }
      await write(handle, file, block);
    }
    written = true;
  } finally {
    await handle.close();
    if (!written) await rm(file, { force: true });
  }
}

/** Characters gathered before a write. */
const BLOCK = 1 << 20;

async function write(handle: FileHandle, file: string, text: string): Promise<void> {
  try {
    await handle.writeFile(text, 'utf8');
  } catch (error) {
    throw cannotWrite(file, error);
  }
}

/** Why a file could not be written, in words, by the system's error code. */
const WRITE_FAILURES: Readonly<Record<string, [what: string, hint: string]>> = {
  ENOSPC: ['the disk is full', 'free some space, or write somewhere else'],
  EDQUOT: ['your disk quota is used up', 'free some space, or write somewhere else'],
  EACCES: ['you may not write there', 'write to a folder of your own, or ask for permission'],
  EPERM: ['you may not write there', 'write to a folder of your own, or ask for permission'],
  EROFS: ['the file system is read-only', 'write somewhere else'],
  // A folder was to be made where a file already is (sample --out FILE), or a path runs through a file.
  EEXIST: ['it is a file, and a folder was needed there', 'name a folder, or a new one to be made'],
  ENOTDIR: ['part of the path is a file, not a folder', 'name a path whose folders are folders'],
};

/** The error for `file` not written, from the system's error. */
export function cannotWrite(file: string, error: unknown): OutputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  const [what, hint] = WRITE_FAILURES[code] ?? [`the system said ${code}`, 'check the folder exists and you may write to it'];
  return new OutputError(`cannot write "${file}": ${what} (${code})`, hint);
}

/** The format a file name's extension implies, from `byExtension` (lower-case extensions with the dot). */
export function formatFromExtension<F extends string>(file: string, byExtension: Readonly<Record<string, F>>): F | undefined {
  const match = /(\.[^./\\]+)$/.exec(file);
  return match ? byExtension[match[1].toLowerCase()] : undefined;
}
