/**
 * `nodefinder sample`: writes a synthetic organisation with planted ground truth. It is the
 * demo data, the test fixture generator and the benchmark generator.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { MAX_SEED } from '../../measures/seeded-random.js';
import { MAX_INTERACTIONS, MAX_STAFF, MIN_STAFF, SAMPLE_DEFAULTS, SAMPLE_FILES, SECOND_PERIOD_STAFF, writeSample } from '../../sample/index.js';
import { counted } from '../../present/number-format.js';
import { terminalLine } from '../../present/terminal-line.js';
import { numberOption } from '../number-option.js';
import { STANDARD_OUTPUT } from '../out-file.js';
import { cannotWrite } from '../write-failures.js';
import type { GlobalFlags } from '../program.js';
import { removeOnExit } from '../removed-on-exit.js';
import { wholeNumberFlag } from '../whole-number-flag.js';
import { formatCount } from '../../present/number-format.js';

interface SampleFlags {
  staff: string;
  seed: string;
  out?: string;
  eventsPerPerson: string;
  secondPeriod?: boolean;
}

export function sampleCommand(): Command {
  return new Command('sample')
    .description('write a synthetic organisation (staff, teams, interactions) with planted ground truth in truth.json')
    // Not commander's requiredOption, which is checked before unknown options: `sample --outt demo`
    // would be told only that --out is missing. Checked in the action, as report's and export's --out.
    .option('-o, --out <dir>', 'required: the folder to write staff.csv, teams.csv, interactions.csv and truth.json into (made if missing; one that holds any of them is refused)')
    .addOption(numberOption('--staff <n>', `number of people, ${formatCount(MIN_STAFF)} to ${formatCount(MAX_STAFF)}`, SAMPLE_DEFAULTS.staff))
    .addOption(numberOption('--seed <n>', 'random seed; the same seed writes the same files', SAMPLE_DEFAULTS.seed))
    .addOption(numberOption('--events-per-person <n>', 'interaction rows per person, on average', SAMPLE_DEFAULTS.eventsPerPerson))
    .option('--second-period', `also write a second period as long as the first, with planted changes (a team cut off, a broker who leaves, two departments merged) for \`nodefinder compare\`; works with every seed from ${formatCount(SECOND_PERIOD_STAFF.every)} staff, with some seeds from ${formatCount(SECOND_PERIOD_STAFF.some)}`)
    .addHelpText('after', `
Examples:
  nodefinder sample --out demo                       # ${SAMPLE_DEFAULTS.staff} people, seed ${SAMPLE_DEFAULTS.seed}
  nodefinder sample --staff 21000 --seed 7 --out council
  nodefinder sample --staff 2000 --second-period --out two-periods   # prints the compare command for its two periods
  nodefinder validate demo`)
    .action(async (flags: SampleFlags, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalFlags>();
      const options = {
        staff: wholeNumberFlag('--staff', flags.staff, MIN_STAFF, MAX_STAFF),
        seed: wholeNumberFlag('--seed', flags.seed, 0, MAX_SEED),
        eventsPerPerson: wholeNumberFlag('--events-per-person', flags.eventsPerPerson, 1),
      };
      if (options.staff * options.eventsPerPerson > MAX_INTERACTIONS) {
        throw new UsageError(`--staff ${options.staff} × --events-per-person ${options.eventsPerPerson} would write more than ${formatCount(MAX_INTERACTIONS)} interaction rows`,
          'ask for fewer people or fewer events per person');
      }
      const out = requireOutFolder(flags.out);
      refuseToOverwrite(out);
      // Ctrl-C and kill remove what the unfinished write made (removeOnExit holds them while there is
      // any), so the folder appears whole or not at all; while the sample is generated, they end it at once.
      const truth = await writeSample(out, flags.secondPeriod ? { ...options, secondPeriod: true } : options, undefined, removeOnExit).catch((error: unknown) => {
        // The only option checked beyond the flags is whether the organisation can hold a second period.
        if (error instanceof RangeError && flags.secondPeriod) throw new UsageError(`--second-period: ${error.message}`, secondPeriodHint(options.staff));
        // A file that could not be written (a full disk, a read-only folder) is the output's failure, not a bug.
        const system = error as NodeJS.ErrnoException;
        if (typeof system.code === 'string' && system.syscall !== undefined) throw cannotWrite(system.path ?? out, error);
        throw error;
      });
      if (!global.quiet) {
        // The folder's name is the user's text: its escape codes must not reach the terminal.
        const shownOut = terminalLine(out);
        process.stdout.write(
          `wrote ${counted(options.staff, 'person', 'people')} in ${counted(truth.departments.length, 'department', 'departments')} to ${shownOut} (seed ${options.seed}); ` +
            `planted ${counted(truth.connectors.length, 'connector', 'connectors')}, ${counted(truth.brokers.length, 'broker', 'brokers')}, ` +
            `${counted(truth.siloTeams.length, 'silo team', 'silo teams')}, ${counted(truth.isolates.length, 'isolate', 'isolates')}\n`,
        );
        const second = truth.secondPeriod;
        if (second) {
          process.stdout.write(
            `second period ${second.after.start}..${second.after.end}: team ${second.cutOffTeam} cut off, broker ${second.leavingBroker} left, ` +
              `${second.mergedDepartments.join(' and ')} merged; control team ${second.controlTeam}. Compare with:\n` +
              `  nodefinder compare ${shownOut} --before ${second.before.start}..${second.before.end} --after ${second.after.start}..${second.after.end}\n`,
          );
        }
      }
    });
}

/** What helps when an organisation of `staff` people cannot hold a second period. */
function secondPeriodHint(staff: number): string {
  const every = `use --staff ${SECOND_PERIOD_STAFF.every} or more, which works with every seed`;
  return staff >= SECOND_PERIOD_STAFF.some ? `try another --seed (some work at this size), or ${every}` : `${every} (from ${SECOND_PERIOD_STAFF.some}, some seeds do)`;
}

function requireOutFolder(dir: string | undefined): string {
  if (dir === undefined) throw new UsageError('--out: no folder to write was given', 'name it with --out DIR, such as --out demo');
  return dir;
}

/**
 * Refuses, before anything is generated, a folder that already holds a file sample would write:
 * its staff.csv and interactions.csv may be someone's real exports.
 */
function refuseToOverwrite(dir: string): void {
  // Said as usage errors, as analyse's --output is, before anything is generated.
  if (dir.trim() === '') throw new UsageError('--out: the folder name is empty', 'name the folder to write, such as --out demo');
  if (dir === STANDARD_OUTPUT) throw new UsageError('--out -: sample writes a folder of files, which cannot go to standard output', 'name the folder to write, such as --out demo');
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`--out: "${dir}" is a file; sample writes a folder`, 'name a new or existing folder');
  const present = Object.values(SAMPLE_FILES).filter((name) => existsSync(join(dir, name)));
  if (present.length === 0) return;
  throw new UsageError(`--out: "${dir}" already holds ${present.join(', ')}, which sample would write over`,
    'choose another folder, or delete those files first');
}
