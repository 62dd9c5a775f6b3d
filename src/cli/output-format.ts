/**
 * The format of a command's printed result: --format if given, else the one --output's file name
 * ends in (`-o analysis.json` is JSON), else undefined (the command's default). A file name ending
 * in a format the command does not write (`analyse -o report.html`) is a usage error: the file
 * would hold another format under a name that says otherwise.
 */
import { UsageError } from '../errors.js';
import { joinList } from '../present/number-format.js';
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

export function outputFormat<F extends OutputFormat>(command: string, given: F | undefined, output: string | undefined, formats: readonly F[]): F | undefined {
  if (given !== undefined || output === undefined) return given;
  const named = formatFromExtension(output, BY_EXTENSION);
  if (named === undefined) return undefined;
  if (!(formats as readonly OutputFormat[]).includes(named)) {
    throw new UsageError(`--output ${output}: ${command} writes ${joinList([...formats])}, not ${named}`,
      WRITTEN_BY[named] ?? `name the file for what it holds, or give --format ${formats.join('|')}`);
  }
  return named as F;
}
