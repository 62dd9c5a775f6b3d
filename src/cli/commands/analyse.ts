/**
 * `nodefinder analyse [DIR]`: loads the organisation, measures it and prints the findings as
 * text (default) or JSON.
 */
import chalk from 'chalk';
import { Command, Option } from 'commander';
import { formatJson } from '../../present/json.js';
import { formatText } from '../../present/text.js';
import { addAnalyseFlags, type AnalyseFlags } from '../analyse-flags.js';
import { addLoadFlags, type LoadFlags } from '../load-flags.js';
import { writeOutput } from '../output.js';
import { runAnalysis } from '../run-analysis.js';

interface AnalyseCommandFlags extends LoadFlags, AnalyseFlags {
  format: 'text' | 'json';
  output?: string;
}

export function analyseCommand(): Command {
  const command = new Command('analyse')
    .alias('analyze')
    .description('find the connectors, brokers, silos, single points of failure and introductions')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write to this file instead of standard output');
  addAnalyseFlags(command);
  addLoadFlags(command);
  command.addHelpText('after', `
Examples:
  nodefinder analyse fixtures/sample
  nodefinder analyse exports/ --format json --output analysis.json
  nodefinder analyse exports/ --since 2026-01-01 --until 2026-03-31 --weighted
  nodefinder analyse exports/ --thresholds connectorPercentile=98,siloEiIndex=-0.7`);
  command.action(async (dir: string, flags: AnalyseCommandFlags, cmd: Command) => {
    const { released: analysis } = await runAnalysis(dir, flags, cmd);
    const style = flags.output === undefined ? { heading: chalk.bold, warning: chalk.yellow, dim: chalk.dim } : undefined;
    await writeOutput(flags.format === 'json' ? formatJson(analysis) : formatText(analysis, style), flags.output);
  });
  return command;
}
