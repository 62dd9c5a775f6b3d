/**
 * The files a command reads: its output must be none of them. Writing a report over staff.csv,
 * or an export over the pseudonym key, would destroy what cannot be made again.
 */
import { statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { CONFIG_FILE_NAME } from '../load/config-file.js';
import { DEFAULT_FILES } from '../load/load-organisation.js';

/** Options naming a file the command reads. */
const INPUT_OPTIONS = ['staff', 'teams', 'interactions', 'recipients', 'keyFile', 'exclude', 'reidentify', 'config'];

/** The data folders' files (read or not) and every file named by an input option. */
export function inputFiles(command: Command): string[] {
  const folders = command.args.length > 0 ? command.args : ['.'];
  const inFolders = folders.flatMap((folder) => [...Object.values(DEFAULT_FILES), CONFIG_FILE_NAME].map((name) => join(folder, name)));
  const named = INPUT_OPTIONS.map((name) => command.getOptionValue(name)).filter((value): value is string => typeof value === 'string');
  return [...inFolders, ...named];
}

/** Throws UsageError, naming `flag`, when `output` is one of `inputs` (by path, link or hard link). */
export function refuseInputAsOutput(output: string, flag: string, inputs: readonly string[]): void {
  const input = inputs.find((file) => samePath(file, output));
  if (input !== undefined) {
    throw new UsageError(`${flag}: "${output}" is ${input === output ? 'a file' : `"${input}", a file`} this command reads`, 'write the output to another file: this one would be replaced');
  }
}

function samePath(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const first = statOrUndefined(a);
  const second = first && statOrUndefined(b);
  return second !== undefined && first!.dev === second.dev && first!.ino === second.ino;
}

/** A path's status, or undefined when there is none to read (missing, or a file used as a folder): the load reports those. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
