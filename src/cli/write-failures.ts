/** The error for a file that could not be written: an OutputError (exit 4) saying why in words. */
import { OutputError } from '../errors.js';

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
  // The folder above is there but takes nothing new: a system folder such as /proc.
  ENOENT: ['the system will not make it there (a folder on the path is missing, or is a system folder such as /proc)', 'write to a folder of your own'],
  EFBIG: ['the file would be larger than this system allows', 'write somewhere else, or ask for the file size limit to be raised'],
};

/** The error for `file` not written, from the system's error. */
export function cannotWrite(file: string, error: unknown): OutputError {
  const code = (error as NodeJS.ErrnoException).code;
  const known = code === undefined ? undefined : WRITE_FAILURES[code];
  if (known) return new OutputError(`cannot write "${file}": ${known[0]} (${code})`, known[1]);
  return new OutputError(`cannot write "${file}": ${code === undefined ? (error as Error).message : `the system said ${code}`}`, 'check the folder exists and you may write to it');
}
