/**
 * The data folders a command is given must be folders: a file there (`analyse staff.csv`) would
 * otherwise surface as "staff.csv/staff.csv: cannot read the file (ENOTDIR)", which names neither
 * the mistake nor the flags that take files.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';

/** Throws UsageError when an argument of `command` names a file. A missing folder is left to the load, which names the file it looked for. */
export function refuseFileAsFolder(command: Command): void {
  for (const arg of command.args) {
    if (!statSync(arg, { throwIfNoEntry: false })?.isFile()) continue;
    // compare takes two folders and no --staff: only the folder can be given there.
    const files = command.name() === 'compare' ? '' : ', or name the files with --staff, --teams and --interactions';
    throw new UsageError(`"${arg}" is a file, but ${command.name()} takes the folder that holds staff.csv, teams.csv and interactions.csv`,
      `give the folder (${dirname(arg)})${files}`);
  }
}
