/**
 * `nodefinder analyse [DIR]`: loads the organisation, measures it and prints the findings as
 * text (default) or JSON.
 */
import { writeFile } from 'node:fs/promises';
import chalk from 'chalk';
import { Command, Option } from 'commander';
import { analyse, ANALYSE_DEFAULTS } from '../../analyse.js';
import { UsageError } from '../../errors.js';
import { loadOrganisation } from '../../load/load-organisation.js';
import { formatJson } from '../../present/json.js';
import { formatText } from '../../present/text.js';
import { addLoadFlags, toLoadOptions, type LoadFlags } from '../load-flags.js';
import type { GlobalFlags } from '../program.js';
import { terminalProgress } from '../progress.js';
import { stageLog } from '../stage-log.js';
import { parseThresholds } from '../threshold-flags.js';

interface AnalyseFlags extends LoadFlags {
  format: 'text' | 'json';
  output?: string;
  weighted?: boolean;
  directed?: boolean;
  betweenness: 'auto' | 'exact' | 'sampled';
  samples: string;
  seed: string;
  thresholds?: string[];
}

function integer(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) throw new UsageError(`${flag}: "${text}" is not a whole number of at least ${min}`);
  return value;
}

export function analyseCommand(): Command {
  const command = new Command('analyse')
    .alias('analyze')
    .description('find the connectors, brokers, silos and single points of failure')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--weighted', 'path measures use distance = 1 / tie strength (default: every tie is one step)')
    .option('--directed', 'centralities on the directed network (default: undirected)')
    .addOption(new Option('--betweenness <mode>', `exact, sampled, or auto (exact up to ${ANALYSE_DEFAULTS.exactUpTo.toLocaleString('en-GB')} people)`).choices(['auto', 'exact', 'sampled']).default('auto'))
    .option('--samples <k>', 'sources sampled when betweenness is estimated', String(ANALYSE_DEFAULTS.samples))
    .option('--seed <n>', 'seed of every random choice; recorded in the output', String(ANALYSE_DEFAULTS.seed))
    .option('--thresholds <list>', 'role and silo thresholds, e.g. connectorPercentile=98,siloEiIndex=-0.7 (repeatable)', (value: string, previous: string[] = []) => [...previous, value]);
  addLoadFlags(command);
  command.addHelpText('after', `
Examples:
  nodefinder analyse fixtures/sample
  nodefinder analyse exports/ --format json --output analysis.json
  nodefinder analyse exports/ --since 2026-01-01 --until 2026-03-31 --weighted
  nodefinder analyse exports/ --thresholds connectorPercentile=98,siloEiIndex=-0.7`);
  command.action(async (dir: string, flags: AnalyseFlags, cmd: Command) => {
    const global = cmd.optsWithGlobals<GlobalFlags>();
    const options = {
      weighted: flags.weighted ?? false,
      directed: flags.directed ?? false,
      betweenness: flags.betweenness,
      samples: integer('--samples', flags.samples, 1),
      seed: integer('--seed', flags.seed, 0),
      ...parseThresholds(flags.thresholds ?? []),
    };
    const progress = terminalProgress(global.quiet ?? false);
    const log = stageLog(global.verbose ?? false);
    log?.('loading');
    const { organisation, report } = await loadOrganisation({ ...toLoadOptions(dir, flags), onProgress: progress.onProgress }).finally(progress.done);
    const analysis = analyse(organisation, options, report, (stage) => {
      log?.(stage);
      progress.onStage?.(stage);
    });
    progress.done();
    log?.('done');
    const colour = flags.output === undefined;
    const text = flags.format === 'json' ? formatJson(analysis) : formatText(analysis, colour ? { heading: chalk.bold, warning: chalk.yellow, dim: chalk.dim } : undefined);
    if (flags.output) await writeFile(flags.output, text);
    else process.stdout.write(text);
  });
  return command;
}
