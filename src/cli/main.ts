/**
 * The entry point of the `nodefinder` executable and the only place that exits the process:
 * user errors print one line and their exit code, bugs print a stack trace and exit 1.
 */
import { CommanderError } from 'commander';
import { EXIT_CODES, NodefinderError } from '../errors.js';
import { asConfigError } from './apply-config.js';
import { createProgram } from './program.js';
import { terminalLine } from '../present/terminal-line.js';

async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const program = createProgram();
    // `help analys`: said to be unknown, with the suggestion `analys` alone gets, not the general help.
    const [first, second] = argv.slice(2);
    const known = (name: string) => program.commands.some((command) => command.name() === name || command.aliases().includes(name));
    await program.parseAsync(first === 'help' && second !== undefined && second !== 'help' && !known(second) ? [...argv.slice(0, 2), second] : argv);
    return EXIT_CODES.success;
  } catch (thrown) {
    const error = asConfigError(thrown);
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; it has already printed them. Help shown for
      // want of a command (bare `nodefinder`) is a usage error, as commander's own exit code says.
      const clean = ['commander.helpDisplayed', 'commander.version'].includes(error.code) || (error.code === 'commander.help' && error.exitCode === 0);
      return clean ? EXIT_CODES.success : EXIT_CODES.usage;
    }
    if (error instanceof NodefinderError) {
      // The code last, in brackets, for scripts: the line still starts file:line:column. Messages
      // quote paths and config values, which may hold escape codes or line breaks.
      const code = error.code === 'USAGE' ? '' : ` [${error.code}]`;
      process.stderr.write(`nodefinder: ${terminalLine(error.describe())}${code}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    process.stderr.write(`nodefinder: internal error — please report it with the command you ran\n${(error as Error)?.stack ?? error}\n`);
    return EXIT_CODES.internal;
  }
}

// `nodefinder validate --format json | head` closes the pipe early: that is not an error. Any
// other write error reaches writeOutput's callback, which reports it (OUTPUT_FAILED).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_CODES.success);
});

// Ctrl-C and kill end the process at once, unless something must be undone first: see signals.ts.

process.exitCode = await main(process.argv);
