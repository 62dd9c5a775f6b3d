/**
 * The format of a command's printed result: --format if given, else the one --output's file name
 * ends in (`-o analysis.json` is JSON), else undefined (the command's default). A file name ending
 * in a format the command does not write (`analyse -o report.html`), or in another format than
 * --format gives (`--format text -o analysis.json`), is a usage error: the file would hold one
 * format under a name that says another. A name in no format's extension (`.out`) takes any.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { joinList } from '../present/number-format.js';
import { configFileOf } from './apply-config.js';
import { formatFromExtension } from './out-file.js';

const BY_EXTENSION = {
  '.txt': 'text', '.json': 'json', '.csv': 'csv', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html',
  '.gexf': 'gexf', '.graphml': 'graphml',
} as const;

/** Where a format these commands do not write is written. */
const WRITTEN_BY: Partial<Record<OutputFormat, string>> = {
  html: 'write an HTML report with nodefinder report --out FILE.html',
  gexf: 'write the network with nodefinder export --out FILE.gexf',
  graphml: 'write the network with nodefinder export --out FILE.graphml',
};

type OutputFormat = (typeof BY_EXTENSION)[keyof typeof BY_EXTENSION];

/** The format of `command`'s --format and --output (from the command line or the config file), one of `formats`. */
export function outputFormat<F extends OutputFormat>(command: Command, formats: readonly F[]): F | undefined {
  const given = command.getOptionValue('format') as F | undefined;
  const output = command.getOptionValue('output') as string | undefined;
  const named = output === undefined ? undefined : formatFromExtension(output, BY_EXTENSION);
  if (named === undefined) return given;
  if (given !== undefined) {
    if (given !== named) throw disagreement(command, given, output!, named);
    return given;
  }
  if (!(formats as readonly OutputFormat[]).includes(named)) {
    throw new UsageError(`--output ${output}: ${command.name()} writes ${joinList([...formats])}, not ${named}`,
      WRITTEN_BY[named] ?? `name the file for what it holds, or give --format ${formats.join('|')}`);
  }
  return named as F;
}

/**
 * --format and a --output name of another format. The flag typed on the command line leads the
 * message, so that one set in the config file is named as the setting only when both are.
 */
function disagreement(command: Command, given: OutputFormat, output: string, named: OutputFormat): UsageError {
  const formatTyped = command.getOptionValueSource('format') === 'cli';
  const outputTyped = command.getOptionValueSource('output') === 'cli';
  const fromConfig = ` (from ${configFileOf(command) ?? 'the config file'})`;
  const format = `--format ${given}${formatTyped || !outputTyped ? '' : fromConfig}`;
  const file = `--output ${output}${outputTyped || !formatTyped ? '' : fromConfig}`;
  const message = formatTyped || !outputTyped
    ? `${format} does not match ${file}, a name for ${named}`
    : `${file} does not match ${format}: it is a name for ${named}`;
  const extension = Object.entries(BY_EXTENSION).find(([, format]) => format === given)![0];
  return new UsageError(message,
    `to write ${named}, ${formatTyped ? 'leave out --format' : `give --format ${named}`}; to write ${given}, end the file's name in ${extension}`);
}
