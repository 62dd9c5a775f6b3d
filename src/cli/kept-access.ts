/**
 * The access a replaced --out file gave, given to the file that replaces it: its owner, its group
 * and its permission bits, so that replacing a file shares it with no one new (a report kept
 * root:auditors 640 stays so). Only root may give a file to another owner, and another user only
 * to a group they are in. An owner that cannot be kept is left as it is (the user's own, who
 * could write the file); a group that cannot be kept loses the group's access, as the group the
 * new file has instead was never given it, and stderr says so. ACLs are not copied.
 */
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { terminalLine } from '../present/terminal-line.js';

/** The group's permission bits, and set-group-id, which stand for the group the file had. */
const GROUP_BITS = 0o2070;

/** Gives the file open as `handle` the owner, group and mode of `was`, the file `file` it replaces. */
export async function keepAccess(handle: FileHandle, file: string, was: Stats, stderr: NodeJS.WritableStream = process.stderr): Promise<void> {
  await handle.chown(was.uid, was.gid).catch(unlessRefused);
  // Not the owner: the group alone may still be kept, when the user is in it.
  if ((await handle.stat()).gid !== was.gid) await handle.chown(-1, was.gid).catch(unlessRefused);
  const groupKept = (await handle.stat()).gid === was.gid;
  const mode = was.mode & 0o7777 & ~(groupKept ? 0 : GROUP_BITS);
  // After chown, which clears set-user-id and set-group-id.
  await handle.chmod(mode);
  if (!groupKept && (was.mode & 0o070) !== 0) {
    const octal = (bits: number) => (bits & 0o7777).toString(8);
    stderr.write(`nodefinder: ${terminalLine(file)} replaced without its group's access: its group (${was.gid}) could not be kept, as you are not in it, so its mode ${octal(was.mode)} became ${octal(mode)}\n`);
  }
}

function unlessRefused(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPERM') throw error;
}
