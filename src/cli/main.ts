/**
 * The entry point of the `nodefinder` executable and the only place that exits the process:
 * user errors print one line and their exit code, bugs print a stack trace and exit 1.
 */
import { constants } from 'node:os';
import { CommanderError } from 'commander';
import { EXIT_CODES, NodefinderError } from '../errors.js';
import { asConfigError } from './apply-config.js';
import { createProgram } from './program.js';

async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    await createProgram().parseAsync(argv);
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
      // The code last, in brackets, for scripts: the line still starts file:line:column.
      const code = error.code === 'USAGE' ? '' : ` [${error.code}]`;
      process.stderr.write(`nodefinder: ${error.describe()}${code}\n`);
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

// Ctrl-C and kill: first what the 'exit' event does (an --out file being written is removed,
// out-file.ts; the dashboard gives the terminal back), then the signal again, now unhandled, so
// that the process ends by it and a shell script running nodefinder stops too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.emit('exit', 128 + constants.signals[signal]);
    process.kill(process.pid, signal);
  });
}

process.exitCode = await main(process.argv);
