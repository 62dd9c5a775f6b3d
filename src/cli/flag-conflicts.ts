/**
 * Flags typed together that ask for something the run would not do: refused before any work,
 * rather than quietly ignored. Only flags typed on the command line count: a config file's
 * settings serve every run, including those the flag does not apply to.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';

export function refuseConflictingFlags(cmd: Command, flags: { pseudonymise?: boolean; pseudonymize?: boolean; betweenness?: string }): void {
  const typed = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  // A key typed without --pseudonymise: the user meant the output pseudonymised, and it would not be.
  if (typed('keyFile') && !(flags.pseudonymise || flags.pseudonymize)) {
    throw new UsageError('--key-file is the key for --pseudonymise, which was not given: the output would name people', 'add --pseudonymise, or leave out --key-file');
  }
  if (typed('samples') && flags.betweenness === 'exact') {
    throw new UsageError('--samples sets how many people path measures are estimated from, but --betweenness exact uses every person', 'leave out --samples, or give --betweenness sampled');
  }
}
