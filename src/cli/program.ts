/**
 * The command set, defined with commander. Only definitions live here: each command's work is
 * in commands/<name>.ts, and only main.ts exits the process.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { applyConfig } from './apply-config.js';
import { refuseFileAsFolder } from './data-folders.js';
import { inputFiles, refuseInputAsOutput } from './input-files.js';
import { checkOutFile } from './out-file.js';
import { UsageError } from '../errors.js';
import { printable } from '../load/printable.js';
import { analyseCommand } from './commands/analyse.js';
import { compareCommand } from './commands/compare.js';
import { exportCommand } from './commands/export.js';
import { reportCommand } from './commands/report.js';
import { sampleCommand } from './commands/sample.js';
import { suggestCommand } from './commands/suggest.js';
import { validateCommand } from './commands/validate.js';

/** Flags that every command accepts. */
export interface GlobalFlags {
  quiet?: boolean;
  verbose?: boolean;
  debug?: boolean;
}

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Builds the nodefinder program. */
/** Commander's own errors ("error: unknown option '--foo'") in the form of every other message: "nodefinder: …". */
const NODEFINDER_ERRORS = {
  // They may quote an argument as typed: its escape codes are made visible (load/printable.ts).
  outputError: (text: string, write: (text: string) => void) => write(`nodefinder: ${printable(text.replace(/^error: /, ''))}`),
};

export function createProgram(): Command {
  const program = new Command('nodefinder')
    .description('Find the connectors, brokers and silos in an organisation, and the introductions that would help.')
    .version(packageJson.version, '-V, --version')
    .option('-q, --quiet', 'print nothing but results and errors')
    .option('-v, --verbose', 'say more about what is happening')
    .option('--debug', 'show stack traces with errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .hook('preAction', async (_program, actionCommand) => {
      refuseFileAsFolder(actionCommand);
      await applyConfig(actionCommand);
      const { quiet, verbose } = actionCommand.optsWithGlobals<{ quiet?: boolean; verbose?: boolean }>();
      if (quiet && verbose) throw new UsageError('--quiet and --verbose ask for opposite things', 'give one of them');
      // A mistyped --output folder fails at once, not after minutes of measuring.
      const output = actionCommand.getOptionValue('output') as string | undefined;
      if (output !== undefined) checkOutFile(output, '--output');
      // sample's --out is the folder it writes, not a file.
      const out = actionCommand.name() === 'sample' ? undefined : (actionCommand.getOptionValue('out') as string | undefined);
      const inputs = inputFiles(actionCommand);
      if (output !== undefined) refuseInputAsOutput(output, '--output', inputs);
      if (out !== undefined) refuseInputAsOutput(out, '--out', inputs);
    });
  program.addHelpText('after', `
Examples:
  nodefinder analyse fixtures/sample
  nodefinder analyse fixtures/sample --format json --output analysis.json
  nodefinder suggest fixtures/sample --limit 10
  nodefinder report fixtures/sample --out report.html
  openssl rand -hex 32 > nodefinder.key   # once
  nodefinder export fixtures/sample --out network.gexf --pseudonymise --key-file nodefinder.key
  nodefinder compare fixtures/sample --before 2026-01-05..2026-03-31 --after 2026-04-01..2026-06-26
  nodefinder sample --staff 300 --seed 1 --out my-org
  nodefinder validate my-org

Exit codes: 0 success, 1 internal error, 2 usage error, 3 input error, 4 output not written, 130 or 143 interrupted (Ctrl-C, SIGTERM).`);
  for (const command of [analyseCommand(), suggestCommand(), compareCommand(), reportCommand(), exportCommand(), validateCommand(), sampleCommand()]) {
    program.addCommand(command.exitOverride().showHelpAfterError('(run with --help for usage)').configureOutput(NODEFINDER_ERRORS));
  }
  return program.configureOutput(NODEFINDER_ERRORS);
}
