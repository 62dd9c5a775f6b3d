/**
 * The flags that choose how the organisation is measured, shared by every command that analyses.
 */
import { Option, type Command } from 'commander';
import { ANALYSE_DEFAULTS, type AnalyseOptions } from '../analyse.js';
import { MAX_SEED } from '../measures/seeded-random.js';
import { numberOption } from './number-option.js';
import { addPrivacyFlags, type PrivacyFlags } from './privacy-flags.js';
import { parseThresholds } from './threshold-flags.js';
import { threadsFlag } from './threads-flag.js';
import { wholeNumberFlag } from './whole-number-flag.js';
import { formatCount } from '../present/number-format.js';

export interface AnalyseFlags extends PrivacyFlags {
  weighted?: boolean;
  directed?: boolean;
  betweenness: 'auto' | 'exact' | 'sampled';
  samples: string;
  seed: string;
  threads: string;
  thresholds?: string[];
}

/** The measuring flags, and the privacy flags that go with every analysis written out. */
export function addAnalyseFlags(command: Command): Command {
  command
    .option('--weighted', 'path measures use distance = 1 / tie strength (default: every tie is one step)')
    .option('--directed', 'centralities on the directed network (default: undirected)')
    .addOption(
      new Option('--betweenness <mode>', `path measures exact, sampled, or auto (exact up to ${formatCount(ANALYSE_DEFAULTS.exactUpTo)} people)`)
        .choices(['auto', 'exact', 'sampled'])
        .default('auto'),
    )
    .addOption(numberOption('--samples <k>', 'source people sampled, spread over teams, when path measures are estimated', ANALYSE_DEFAULTS.samples))
    .addOption(numberOption('--seed <n>', 'seed of every random choice; recorded in the output', ANALYSE_DEFAULTS.seed))
    .option('--threads <n>', 'threads for reading a large interactions file and for betweenness, closeness and harmonic: auto (one per core) or a number; results do not depend on it', 'auto')
    .option('--thresholds <list>', 'role and silo thresholds, e.g. connectorPercentile=98,siloEiIndex=-0.7 (repeatable)', (value: string, previous: string[] = []) => [...previous, value]);
  return addPrivacyFlags(command);
}

export function toAnalyseOptions(flags: AnalyseFlags): Partial<AnalyseOptions> {
  return {
    weighted: flags.weighted ?? false,
    directed: flags.directed ?? false,
    betweenness: flags.betweenness,
    samples: wholeNumberFlag('--samples', flags.samples, 1),
    seed: wholeNumberFlag('--seed', flags.seed, 0, MAX_SEED),
    threads: threadsFlag(flags.threads),
    ...parseThresholds(flags.thresholds ?? []),
  };
}
