/**
 * Flags typed together that ask for something the run would not do: refused before any work,
 * rather than quietly ignored. Only flags typed on the command line count (a config file's
 * settings serve every run, including those the flag does not apply to), except settings that
 * contradict each other in every run, wherever they come from.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';

export function refuseConflictingFlags(cmd: Command, flags: { pseudonymise?: boolean; pseudonymize?: boolean; betweenness?: string; undirected?: boolean; directed?: boolean }): void {
  const typed = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  // A key typed without --pseudonymise: the user meant the output pseudonymised, and it would not be.
  if (typed('keyFile') && !(flags.pseudonymise || flags.pseudonymize)) {
    throw new UsageError('--key-file is the key for --pseudonymise, which was not given: the output would name people', 'add --pseudonymise, or leave out --key-file');
  }
  // Read without direction, the directed view is each tie both ways: directed centralities would repeat the undirected ones.
  if (flags.undirected && flags.directed) {
    throw new UsageError('--directed measures centralities on the directed network, but --undirected reads interactions that have no direction, so it would hold each tie both ways',
      'leave out --directed for data without direction, or --undirected for data with it');
  }
  if (typed('samples') && flags.betweenness === 'exact') {
    throw new UsageError('--samples sets how many people path measures are estimated from, but --betweenness exact uses every person', 'leave out --samples, or give --betweenness sampled');
  }
}
