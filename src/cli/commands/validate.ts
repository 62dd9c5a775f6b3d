/**
 * `nodefinder validate [DIR]`: loads the files and prints the load report. Exits 0 when
 * the organisation loads, 3 when a file cannot be used.
 */
import chalk from 'chalk';
import { Command, Option } from 'commander';
import { loadOrganisation } from '../../load/load-organisation.js';
import { formatLoadReport } from '../../present/load-report-text.js';
import { addLoadFlags, toLoadOptions, type LoadFlags } from '../load-flags.js';
import { terminalProgress } from '../progress.js';
import type { GlobalFlags } from '../program.js';

export function validateCommand(): Command {
  const command = new Command('validate')
    .description('check the input files and report what was read, used and skipped')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'));
  addLoadFlags(command);
  command.addHelpText('after', `
Examples:
  nodefinder validate fixtures/sample
  nodefinder validate exports/ --columns source=Sender,target=Recipient --format json
  nodefinder validate . --staff metadata.dat --interactions tij.dat \\
      --headerless staff,interactions --columns staff.team=2,timestamp=1,source=2,target=3`);
  command.action(async (dir: string, flags: LoadFlags & { format: 'text' | 'json' }, cmd: Command) => {
    const global = cmd.optsWithGlobals<GlobalFlags>();
    const progress = terminalProgress(global.quiet ?? false);
    const { report } = await loadOrganisation({ ...toLoadOptions(dir, flags), onProgress: progress.onProgress }).finally(progress.done);
    if (flags.format === 'json') {
      process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      return;
    }
    process.stdout.write(formatLoadReport(report, { heading: chalk.bold, warning: chalk.yellow, dim: chalk.dim }));
  });
  return command;
}
