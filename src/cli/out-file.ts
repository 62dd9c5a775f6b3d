/**
 * The file a command writes to (--out, --output). Checked before the analysis runs, so a
 * mistyped folder fails at once instead of after minutes of measuring. Written whole or not at
 * all: into a hidden file beside it, renamed over it when complete, so a full disk or Ctrl-C
 * leaves the earlier file as it was (it used to be cut short, or removed).
 */
import { accessSync, closeSync, constants, lstatSync, openSync, realpathSync, rmSync, statSync, type Stats } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { descriptorNamed, isOpenForOutput, isOpenOnFile, writeWhole } from './descriptor.js';
import { keepAccess } from './kept-access.js';
import { removeOnExit } from './removed-on-exit.js';
import { cannotWrite } from './write-failures.js';

/** The name that means standard output for --output and --out, as for many commands. */
export const STANDARD_OUTPUT = '-';

/**
 * The --out a command cannot run without. Checked here rather than by commander, which checks
 * before the config file is applied: `"out"` in nodefinder.config.json must count.
 */
export function requireOutFile(file: string | undefined): string {
  if (file === undefined) throw new UsageError('--out: no file to write was given', 'name it with --out FILE, or "out" in the config file');
  return file;
}

/**
 * Throws UsageError, naming `flag`, unless `file` can be created in an existing folder and is not
 * itself a folder, or is `-` (standard output); an OutputError (exit 4) when the user may not write
 * it, or make it in that folder.
 */
export function checkOutFile(file: string, flag = '--out'): void {
  if (file.trim() === '') throw new UsageError(`${flag}: the file name is empty`);
  if (file === STANDARD_OUTPUT) return;
  const folder = dirname(resolve(file));
  const parent = statOrNull(folder);
  if (!parent) throw new UsageError(`${flag}: the folder "${dirname(file)}" does not exist`, 'create it first, or write somewhere else');
  if (!parent.isDirectory()) throw new UsageError(`${flag}: "${dirname(file)}" is not a folder`, 'name a file inside an existing folder');
  // Open already, for writing: the shell checked it (and a file a descriptor names may be read-only).
  // Not open, it would fail only once the analysis is done.
  const descriptor = descriptorNamed(file);
  if (descriptor !== undefined) {
    if (!isOpenForOutput(descriptor)) {
      throw new UsageError(`${flag}: descriptor ${descriptor} is not open on a file, pipe or device`, `open it in the shell (${descriptor}> FILE), or name a file`);
    }
    return;
  }
  const existing = statOrNull(file);
  if (existing?.isDirectory()) throw new UsageError(`${flag}: "${file}" is a folder`, 'name a file inside it');
  // Before the analysis, not after it: a file that may not be written, or a folder closed to new files.
  if (existing?.isFile() ? isReadOnly(existing) || !mayWrite(file) : !existing && !mayWrite(folder)) throw cannotWrite(file, { code: 'EACCES' });
}

/** Whether a file is read-only: no one has its write bit. Root passes access(W_OK) regardless, and would replace it. */
function isReadOnly(file: Stats): boolean {
  return (file.mode & 0o222) === 0;
}

/** Whether this process may write to `path` (a file, or a folder to make files in). */
function mayWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
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
 * A file that cannot be written is an OutputError (exit 4). The file is replaced only once the
 * text is complete, keeping its permissions (and a symbolic link to it); if making or writing the
 * text fails, nothing is left behind. A device or pipe (/dev/null) is written as it is. A
 * descriptor of this process (/dev/stdout) open on a file is written at its own position; one open
 * on a pipe or terminal has no position, and is opened anew by name.
 */
export async function writeOutFile(file: string, text: string | Iterable<string>): Promise<void> {
  // `>> log` or `{ …; } > file` behind /dev/stdout: written after what is there, never emptied or
  // replaced. A pipe or terminal has no position to keep, and is opened anew by name, below.
  const descriptor = descriptorNamed(file);
  if (descriptor !== undefined && isOpenOnFile(descriptor)) {
    for (const block of textBlocks(text)) writeWhole(descriptor, block, file);
    return;
  }
  const existing = statOrNull(file);
  // A device or pipe, or a symbolic link to a file not yet there: written through, as named.
  if ((existing && !existing.isFile()) || (!existing && isSymbolicLink(file))) return writeInto(file, file, text, 'w');
  const target = existing ? realpathSync(file) : file;
  // Renaming over a file needs only the folder's permission: a file the user may not write (read-only,
  // or another user's) is refused, as writing into it would be.
  if (existing && (isReadOnly(existing) || !mayWrite(target))) throw cannotWrite(file, { code: 'EACCES' });
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  // Listed before it is made, so Ctrl-C at any moment from here removes it.
  const unlistPartial = removeOnExit(partial);
  try {
    // A file that may be written in a folder that may not (or a name too long for the hidden one's):
    // written in place, as before there was a hidden file.
    if (!makeEmpty(partial, file)) return await writeInto(target, file, text, 'w');
    // Opened again to write, never through a symbolic link put in its place meanwhile.
    await writeInto(partial, file, text, constants.O_WRONLY | constants.O_NOFOLLOW, existing ?? undefined);
    await rename(partial, target).catch((error: unknown) => {
      throw cannotWrite(file, error);
    });
  } finally {
    // Not there once renamed, or never made (a path through a file): nothing to report. Unlisted
    // once gone, so that Ctrl-C meanwhile still removes it.
    await rm(partial, { force: true }).catch(() => {});
    unlistPartial();
  }
}

/**
 * Makes `path` anew and empty, to be written next (for `file`, named in errors); false when the
 * folder is closed to us or the name is too long. Synchronous, so that Ctrl-C cannot land while
 * the file is being made on a background thread, after the exit handler looked for it.
 */
function makeEmpty(path: string, file: string): boolean {
  try {
    // Made anew ('wx'), never through whatever a leftover of that name points to.
    rmSync(path, { force: true });
    closeSync(openSync(path, 'wx'));
    return true;
  } catch (error) {
    if (['EACCES', 'EPERM', 'ENAMETOOLONG'].includes((error as NodeJS.ErrnoException).code ?? '')) return false;
    throw cannotWrite(file, error);
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Writes `text` into `path`, opened with `flags` (and given the access `replaced` gave); errors name `file`, the user's. */
async function writeInto(path: string, file: string, text: string | Iterable<string>, flags: 'w' | number, replaced?: Stats): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(path, flags);
    if (replaced !== undefined) await keepAccess(handle, file, replaced);
  } catch (error) {
    throw cannotWrite(file, error);
  }
  try {
    for (const block of textBlocks(text)) await write(handle, file, block);
  } finally {
    await handle.close();
  }
}

/**
 * The text in the blocks to write: a string whole, or pieces (lines) each followed by a line break
 * and gathered into blocks of about a megabyte, so the whole text is never held at once.
 */
export function* textBlocks(text: string | Iterable<string>): Generator<string> {
  if (typeof text === 'string') {
    yield text;
    return;
  }
  let block = '';
  for (const line of text) {
    block += `${line}\n`;
    if (block.length >= BLOCK) {
      yield block;
      block = '';
    }
  }
  yield block;
}

/** Characters gathered before a write. */
const BLOCK = 1 << 20;

async function write(handle: FileHandle, file: string, text: string): Promise<void> {
  try {
    await handle.writeFile(text, 'utf8');
  } catch (error) {
    // A pipe whose reader stopped early (--out /dev/stdout | head) is no error, as on standard output.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw cannotWrite(file, error);
  }
}

/** The format a file name's extension implies, from `byExtension` (lower-case extensions with the dot). */
export function formatFromExtension<F extends string>(file: string, byExtension: Readonly<Record<string, F>>): F | undefined {
  const match = /(\.[^./\\]+)$/.exec(file);
  return match ? byExtension[match[1].toLowerCase()] : undefined;
}
