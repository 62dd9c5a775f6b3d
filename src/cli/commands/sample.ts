/**
 * `nodefinder sample`: writes a synthetic organisation with planted ground truth. It is the
 * demo data, the test fixture generator and the benchmark generator.
 */
import { Command } from 'commander';
import { SAMPLE_DEFAULTS, writeSample } from '../../sample/index.js';
import { wholeNumberFlag } from '../analyse-flags.js';
import type { GlobalFlags } from '../program.js';

interface SampleFlags {
  staff: string;
  seed: string;
  out: string;
  eventsPerPerson: string;
}

export function sampleCommand(): Command {
  return new Command('sample')
    .description('write a synthetic organisation (staff, teams, interactions) with planted ground truth in truth.json')
    .requiredOption('--out <dir>', 'folder to write staff.csv, teams.csv, interactions.csv and truth.json into')
    .option('--staff <n>', 'number of people', String(SAMPLE_DEFAULTS.staff))
    .option('--seed <n>', 'random seed; the same seed writes the same files', String(SAMPLE_DEFAULTS.seed))
    .option('--events-per-person <n>', 'interaction rows per person, on average', String(SAMPLE_DEFAULTS.eventsPerPerson))
    .addHelpText('after', `
Examples:
  nodefinder sample --out demo                       # ${SAMPLE_DEFAULTS.staff} people, seed ${SAMPLE_DEFAULTS.seed}
  nodefinder sample --staff 21000 --seed 7 --out council
  nodefinder validate demo`)
    .action(async (flags: SampleFlags, cmd: Command) => {
      const global = cmd.optsWithGlobals<GlobalFlags>();
      const options = {
        staff: wholeNumberFlag('--staff', flags.staff, 10),
        seed: wholeNumberFlag('--seed', flags.seed, 0),
        eventsPerPerson: wholeNumberFlag('--events-per-person', flags.eventsPerPerson, 1),
      };
      const truth = await writeSample(flags.out, options);
      if (!global.quiet) {
        process.stdout.write(
          `wrote ${options.staff} people in ${truth.departments.length} departments to ${flags.out} (seed ${options.seed}); ` +
            `planted ${truth.connectors.length} connectors, ${truth.brokers.length} brokers, ${truth.siloTeams.length} silo ${truth.siloTeams.length === 1 ? 'team' : 'teams'}, ${truth.isolates.length} isolates\n`,
        );
      }
    });
}
