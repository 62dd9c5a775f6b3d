/**
 * Open descriptors of this process named as files (/dev/stdout, /dev/fd/3, /proc/self/fd/1, or a
 * symbolic link leading to one), and writing into one as it stands. Such a name resolves to the
 * file behind the descriptor: opened anew it would be emptied, renamed over it would be replaced,
 * and what the shell had written there (`>> log`, `{ echo header; nodefinder …; } > file`) lost.
 */
import { fstatSync, readlinkSync, realpathSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { cannotWrite } from './write-failures.js';

/** A descriptor's name once its folder is resolved: /proc/PID/fd/N on Linux (/dev/fd is a link there), /dev/fd/N elsewhere. */
const DESCRIPTOR_NAME = new RegExp(`^(?:/proc/${process.pid}(?:/task/\\d+)?/fd|/dev/fd)/(\\d+)$`);

/** Links followed at most, as the system does (ELOOP). */
const MOST_LINKS = 40;

/**
 * The descriptor `path` names, or undefined when it names a file of its own. Each symbolic link is
 * followed by hand, and stops at a descriptor's name: realpath would go on to the file behind it.
 */
export function descriptorNamed(path: string): number | undefined {
  let next = resolve(path);
  for (let links = 0; links <= MOST_LINKS; links++) {
    let named: string;
    let target: string;
    try {
      // Its folder resolved, so that /dev/fd/1 and /proc/self/fd/1 read as /proc/PID/fd/1.
      named = join(realpathSync(dirname(next)), basename(next));
      const descriptor = DESCRIPTOR_NAME.exec(named);
      if (descriptor) return Number(descriptor[1]);
      target = readlinkSync(named);
    } catch {
      // Not a symbolic link (a file, a device), or not there: no descriptor.
      return undefined;
    }
    next = resolve(dirname(named), target);
  }
  return undefined;
}

/**
 * Whether descriptor `fd` is open on something output can go to by its name: a file, pipe or
 * device. A socket cannot be opened by name (ENXIO), nor can Node's own event loop's descriptors
 * (an epoll or eventfd at 3, 8, 9 …), which /dev/fd/9 names when the shell passed no 9.
 */
export function isOpenForOutput(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    return stats.isFile() || stats.isFIFO() || stats.isCharacterDevice() || stats.isBlockDevice();
  } catch {
    return false;
  }
}

/** Whether descriptor `fd` is open on a regular file (`> file`, `>> file`), not a pipe or terminal. */
export function isOpenOnFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}

/**
 * Writes all of `text` to descriptor `fd`, at its own position (or its end, opened to append);
 * errors name `file`. Node's standard output to a file (`> file`) makes one write and ignores a
 * short count, so a disk that filled partway left a cut file and exit 0.
 */
export function writeWhole(fd: number, text: string, file = 'standard output', write: (fd: number, bytes: Buffer, offset: number) => number = writeSync): void {
  const bytes = Buffer.from(text, 'utf8');
  try {
    for (let at = 0; at < bytes.length; ) at += write(fd, bytes, at);
  } catch (error) {
    throw cannotWrite(file, error);
  }
}
