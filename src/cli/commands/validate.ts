/**
 * `nodefinder validate [DIR]`: loads the files and prints the load report. Exits 0 when
 * the organisation loads, 3 when a file cannot be used. With --reidentify, the key holder
 * instead maps the pseudonyms an output names back to people.
 */
import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { InputError, UsageError } from '../../errors.js';
import { loadOrganisation } from '../../load/load-organisation.js';
import { counted, formatCount } from '../../present/number-format.js';
import { formatCsv } from '../../present/csv.js';
import { formatLoadReport } from '../../present/load-report-text.js';
import { oneLine } from '../../present/one-line.js';
import { readPseudonymKey } from '../../privacy/pseudonym-key.js';
import { findPseudonyms, reidentify } from '../../privacy/reidentify.js';
import { addLoadFlags, toLoadOptions, type LoadFlags } from '../load-flags.js';
import { writeLoadNotes } from '../load-notes.js';
import { outputFormat } from '../output-format.js';
import { writeOutput } from '../output.js';
import { terminalProgress } from '../progress.js';
import { stageLog } from '../stage-log.js';
import type { GlobalFlags } from '../program.js';
import { terminalTextStyle } from '../text-style.js';
import { threadsFlag } from '../threads-flag.js';

/** The load report's formats; the re-identified pseudonyms may also be CSV. */
const REPORT_FORMATS = ['text', 'json'] as const;
const REIDENTIFY_FORMATS = ['text', 'json', 'csv'] as const;

interface ValidateFlags extends LoadFlags {
  threads: string;
  format?: 'text' | 'json' | 'csv';
  reidentify?: string;
  keyFile?: string;
  output?: string;
}

export function validateCommand(): Command {
  const command = new Command('validate')
    .description('check the input files and report what was read, used and skipped')
    .addOption(new Option('--format <format>', 'output format, csv only with --reidentify (default: from --output\'s file name, .json, .txt, .csv; else text)').choices(REIDENTIFY_FORMATS))
    .option('--reidentify <file>', 'for the key holder: list who each pseudonym in this output file stands for')
    .option('--key-file <file>', 'the secret key the pseudonyms were made with (or set NODEFINDER_KEY)')
    .option('-o, --output <file>', 'write to this file instead of standard output (- is standard output)')
    .option('--threads <n>', 'threads for reading a large interactions file: auto (one per core) or a number; the report does not depend on it', 'auto');
  addLoadFlags(command);
  command.addHelpText('after', `
Examples:
  nodefinder validate fixtures/sample
  nodefinder validate exports/ --columns source=Sender,target=Recipient --format json   # an export whose columns are headed Sender and Recipient
  nodefinder validate exports/ --date-order dmy        # timestamps such as 31/03/2026 09:30
  nodefinder validate . --staff metadata_InVS15.dat --interactions tij_InVS15.dat \\
      --headerless staff,interactions --columns staff.team=2,timestamp=1,source=2,target=3 --undirected   # SocioPatterns InVS15 (README, Loading other exports)
  nodefinder validate fixtures/sample --reidentify shared.html --key-file nodefinder.key --format csv   # shared.html: written by report --pseudonymise`);
  command.action(async (dir: string, flags: ValidateFlags, cmd: Command) => {
    const global = cmd.optsWithGlobals<GlobalFlags>();
    const format = outputFormat(cmd, flags.reidentify === undefined ? REPORT_FORMATS : REIDENTIFY_FORMATS) ?? 'text';
    if (format === 'csv' && flags.reidentify === undefined) throw new UsageError('--format csv: the load report is text or JSON', 'csv is for --reidentify');
    // A key typed without --reidentify is for nothing here, as it is without --pseudonymise elsewhere (flag-conflicts.ts).
    if (cmd.getOptionValueSource('keyFile') === 'cli' && flags.reidentify === undefined) {
      throw new UsageError('--key-file is the key for --reidentify, which was not given', 'add --reidentify OUTPUT to list who the pseudonyms in an output stand for, or leave out --key-file');
    }
    const key = flags.reidentify !== undefined ? readPseudonymKey(flags.keyFile, process.env, 'reidentify') : null;
    const progress = terminalProgress(global.quiet ?? false);
    const threads = threadsFlag(flags.threads);
    const log = stageLog(global.verbose ?? false);
    log?.('loading');
    const { organisation, report } = await loadOrganisation({ ...toLoadOptions(dir, flags), threads, onProgress: progress.onProgress }).finally(progress.done);
    log?.('done');
    if (key && flags.reidentify !== undefined) {
      const pseudonyms = findPseudonyms(await readOutput(flags.reidentify));
      if (pseudonyms.length === 0) {
        throw new InputError('NO_PSEUDONYMS', 'this file holds no pseudonym (p- and 16 hex digits), so there is no one to re-identify', { file: flags.reidentify },
          'name an output written with --pseudonymise');
      }
      const people = reidentify(organisation, key, pseudonyms);
      const unmatched = people.filter((p) => p.id === null).length;
      // No one at all: not people who have left, but another key (or another organisation's staff file).
      if (unmatched === people.length) {
        throw new InputError('WRONG_KEY', `none of the ${counted(people.length, 'pseudonym', 'pseudonyms')} in this file is anyone in the staff file under this key`, { file: flags.reidentify },
          'it is almost surely not the key the output was made with (or not the staff file it was made from): give that key, with --key-file or NODEFINDER_KEY');
      }
      if (unmatched > 0) {
        writeLoadNotes([`${flags.reidentify}: ${formatCount(unmatched)} of ${counted(people.length, 'pseudonym', 'pseudonyms')} are no one in the staff file under this key and are listed with no id (people since gone from the staff file?)`], global.quiet ?? false);
      }
      const text =
        format === 'json'
          ? JSON.stringify(people, null, 2) + '\n'
          : format === 'csv'
            ? formatCsv(['pseudonym', 'id', 'name'], people.map((p) => [p.pseudonym, p.id, p.name]))
            : people.map((p) => `${p.pseudonym}  ${p.id === null ? '(no one in the staff file: another key or another staff file?)' : `${oneLine(p.id)}  ${oneLine(p.name ?? '')}`}`).join('\n') + '\n';
      await writeOutput(text, flags.output);
      return;
    }
    const text = format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatLoadReport(report, terminalTextStyle(flags.output));
    await writeOutput(text, flags.output);
  });
  return command;
}

async function readOutput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    // A file that is not there is an input error (exit 3), as for every other file read.
    const code = (error as NodeJS.ErrnoException).code;
    const hint = 'check the path given with --reidentify: an output file that nodefinder wrote with --pseudonymise';
    if (code === 'ENOENT') throw new InputError('FILE_NOT_FOUND', 'file not found', { file }, hint);
    throw new InputError('FILE_UNREADABLE', `cannot read the file (${code ?? 'error'})`, { file }, hint);
  }
}
