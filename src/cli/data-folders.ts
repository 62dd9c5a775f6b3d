/**
 * The data folders a command is given must be folders: a file there (`analyse staff.csv`) would
 * otherwise surface as "staff.csv/staff.csv: cannot read the file (ENOTDIR)", which names neither
 * the mistake nor the flags that take files.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';

/**
 * Throws UsageError when an argument of `command` names a file, or there are more arguments than
 * folders it takes (`analyse exports/*.csv`: the shell gave it every file). A missing folder is
 * left to the load, which names the file it looked for.
 */
export function refuseFileAsFolder(command: Command): void {
  const folders = command.registeredArguments.length;
  if (folders > 0 && command.args.length > folders) {
    const files = command.args.filter((arg) => statSync(arg, { throwIfNoEntry: false })?.isFile());
    if (files.length === 0) {
      throw new UsageError(`too many arguments for ${command.name()}: it takes ${folders === 1 ? 'one folder' : `at most ${folders} folders`}, and was given ${command.args.length}`, 'run with --help for usage');
    }
    throw new UsageError(`${command.args.length} arguments, files among them ("${files[0]}"), but ${command.name()} takes the folder that holds staff.csv, teams.csv and interactions.csv`,
      `give the folder (${dirname(files[0])})${filesFlags(command)}`);
  }
  for (const arg of command.args) {
    if (!statSync(arg, { throwIfNoEntry: false })?.isFile()) continue;
    throw new UsageError(`"${arg}" is a file, but ${command.name()} takes the folder that holds staff.csv, teams.csv and interactions.csv`,
      `give the folder (${dirname(arg)})${filesFlags(command)}`);
  }
}

/** compare takes two folders and no --staff: only the folder can be given there. */
function filesFlags(command: Command): string {
  return command.name() === 'compare' ? '' : ', or name the files with --staff, --teams and --interactions';
}
