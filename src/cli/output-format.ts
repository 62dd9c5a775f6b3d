/**
 * The format of the file a command writes: --format if given, else the one the file's name (--output,
 * or --out for report and export) ends in (`-o analysis.json` is JSON), else undefined (the command's
 * default). A name ending in a format the command does not write (`analyse -o report.html`), or in
 * another format than --format gives (`--format text -o analysis.json`), is a usage error: the file
 * would hold one format under a name that says another. A name in no format's extension (`.out`)
 * takes any. One table of extensions serves every command, so no command reads a name another
 * would refuse.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { joinList } from '../present/number-format.js';
import { configFileOf } from './apply-config.js';
import { formatFromExtension, STANDARD_OUTPUT } from './out-file.js';

const BY_EXTENSION = {
  '.txt': 'text', '.json': 'json', '.csv': 'csv', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html',
  '.gexf': 'gexf', '.graphml': 'graphml',
} as const;

type OutputFormat = (typeof BY_EXTENSION)[keyof typeof BY_EXTENSION];

/**
 * Where another command writes a format of the analysis: offered by the commands whose output is
 * the analysis or a part of it (analyse, suggest, report, export), not by validate or compare,
 * whose load report, pseudonym list or comparison no other command writes.
 */
export const ANALYSIS_WRITTEN_BY: Partial<Record<OutputFormat, string>> = {
  text: 'to write the findings as text, use nodefinder analyse --output FILE.txt',
  json: 'to write the analysis as JSON, use nodefinder export --out FILE.json',
  csv: 'to write a table as CSV, use nodefinder export --out FILE.csv',
  markdown: 'to write a Markdown report, use nodefinder report --out FILE.md',
  html: 'to write an HTML report, use nodefinder report --out FILE.html',
  gexf: 'to write the network as GEXF, use nodefinder export --out FILE.gexf',
  graphml: 'to write the network as GraphML, use nodefinder export --out FILE.graphml',
};

/**
 * The format of `command`'s --format and --output or --out (from the command line or the config
 * file), one of `formats`; `writtenBy` says where the formats it does not write are written, when
 * that is the right tool. Every hint offers only what this command would take, or that other command.
 */
export function outputFormat<F extends OutputFormat>(command: Command, formats: readonly F[], writtenBy: Partial<Record<OutputFormat, string>> = {}): F | undefined {
  const given = command.getOptionValue('format') as F | undefined;
  const flag = fileFlag(command);
  const output = command.getOptionValue(flag) as string | undefined;
  const named = output === undefined ? undefined : formatFromExtension(output, BY_EXTENSION);
  if (named === undefined) return given;
  const writes = (formats as readonly OutputFormat[]).includes(named);
  if (given !== undefined) {
    if (given !== named) throw disagreement(command, flag, given, output!, named, writes, writtenBy[named]);
    return given;
  }
  if (!writes) {
    const rename = `name the file ${joinList(formats.map(extensionOf), 'or')}`;
    throw new UsageError(`--${flag} ${output}: ${command.name()} writes ${joinList([...formats])}, not ${named}`,
      [rename, writtenBy[named]].filter((part) => part !== undefined).join('; '));
  }
  return named as F;
}

/**
 * The usage error for an --out (report, export) whose name says no format: `-`, standard output,
 * has no name, so --format must say it; another name could end in an extension (`nameHint`).
 */
export function formatNotTold(out: string, formats: readonly OutputFormat[], nameHint: string): UsageError {
  if (out === STANDARD_OUTPUT) return new UsageError('--out -: standard output has no file name to tell the format from', `give --format ${formats.join('|')}`);
  return new UsageError(`--out: cannot tell the format from "${out}"`, nameHint);
}

/** The option naming the file `command` writes: --out for report and export, --output for the others. */
function fileFlag(command: Command): 'out' | 'output' {
  return command.options.some((option) => option.long === '--out') ? 'out' : 'output';
}

/** The extension hints name for `format`: its first in BY_EXTENSION (.md, not .markdown). */
function extensionOf(format: OutputFormat): string {
  return Object.entries(BY_EXTENSION).find(([, named]) => named === format)![0];
}

/**
 * --format and a --output name of another format. The flag typed on the command line leads the
 * message, so that one set in the config file is named as the setting only when both are.
 * The name's format is offered only if the command `writes` it; else where another command writes
 * it (`elsewhere`), if one is the right tool.
 */
function disagreement(command: Command, flag: 'out' | 'output', given: OutputFormat, output: string, named: OutputFormat, writes: boolean, elsewhere: string | undefined): UsageError {
  const formatTyped = command.getOptionValueSource('format') === 'cli';
  const outputTyped = command.getOptionValueSource(flag) === 'cli';
  const fromConfig = ` (from ${configFileOf(command) ?? 'the config file'})`;
  const format = `--format ${given}${formatTyped || !outputTyped ? '' : fromConfig}`;
  const file = `--${flag} ${output}${outputTyped || !formatTyped ? '' : fromConfig}`;
  const message = formatTyped || !outputTyped
    ? `${format} does not match ${file}, a name for ${named}`
    : `${file} does not match ${format}: it is a name for ${named}`;
  const toWriteNamed = writes ? `to write ${named}, ${formatTyped ? 'leave out --format' : `give --format ${named}`}` : elsewhere;
  // A --format typed against the config file's file name asks for that format now: standard output serves.
  const toWriteGiven = formatTyped && !outputTyped
    ? `to write ${given}, give --${flag} - (standard output), or --${flag} with a file name ending in ${extensionOf(given)}`
    : `to write ${given}, end the file's name in ${extensionOf(given)}`;
  return new UsageError(message, [toWriteNamed, toWriteGiven].filter((part) => part !== undefined).join('; '));
}
