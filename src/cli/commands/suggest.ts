/**
 * `nodefinder suggest [DIR]`: introductions — who should meet whom, and who can introduce them —
 * for the whole organisation, one person or one team.
 */
import { Command, Option } from 'commander';
import { readExcludeFile } from '../../load/exclude-pairs.js';
import { INTRODUCTION_DEFAULTS } from '../../introductions/suggest-introductions.js';
import { formatCsvTable } from '../../present/csv-tables.js';
import { formatIntroductionsJson, formatIntroductionsText, type PlanView } from '../../present/introductions.js';
import { addAnalyseFlags, type AnalyseFlags } from '../analyse-flags.js';
import { addLoadFlags, type LoadFlags } from '../load-flags.js';
import { numberOption } from '../number-option.js';
import { writeOutput } from '../output.js';
import { runAnalysis } from '../run-analysis.js';
import { terminalTextStyle } from '../text-style.js';
import { wholeNumberFlag } from '../whole-number-flag.js';

interface SuggestFlags extends LoadFlags, AnalyseFlags {
  for?: string;
  team?: string;
  limit: string;
  maxPerPerson: string;
  exclude?: string;
  format: 'text' | 'json' | 'csv';
  output?: string;
}

export function suggestCommand(): Command {
  const command = new Command('suggest')
    .description('suggest introductions that would open silos, without overloading the connectors')
    .option('--for <person>', 'only the introductions of the organisation-wide plan that include this person (id); raise --max-per-person for more')
    .option('--team <team>', 'only the introductions of the organisation-wide plan with one end in this team (id or name; not a team smaller than --min-group-size)')
    .addOption(numberOption('--limit <n>', 'most suggestions', INTRODUCTION_DEFAULTS.limit))
    .addOption(numberOption('--max-per-person <n>', 'suggestions one person may appear in, introducer included', INTRODUCTION_DEFAULTS.maxPerPerson))
    .option('--exclude <file>', 'pairs of person ids (two columns, a header row optional) already introduced or not to be suggested; pairs naming someone not in the staff file are noted on stderr')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'))
    .option('-o, --output <file>', 'write to this file instead of standard output');
  addAnalyseFlags(command);
  addLoadFlags(command);
  command.addHelpText('after', `
Examples:
  nodefinder suggest fixtures/sample
  nodefinder suggest exports/ --team T0020 --limit 10
  nodefinder suggest exports/ --for P000123 --format json
  nodefinder suggest exports/ --exclude already-introduced.csv --format csv --output introductions.csv`);
  command.action(async (dir: string, flags: SuggestFlags, cmd: Command) => {
    // Read before the load, so a missing file fails at once; its pairs are sorted out after.
    const exclude = flags.exclude ? await readExcludeFile(flags.exclude) : undefined;
    const introductions = {
      limit: wholeNumberFlag('--limit', flags.limit, 1),
      maxPerPerson: wholeNumberFlag('--max-per-person', flags.maxPerPerson, 1),
      forPerson: flags.for ?? null,
      forTeam: flags.team ?? null,
    };
    const { released: analysis } = await runAnalysis(dir, flags, cmd, { introductions }, { exclude });
    const style = terminalTextStyle(flags.output);
    const text =
      flags.format === 'json'
        ? formatIntroductionsJson(analysis.introductions)
        : flags.format === 'csv'
          ? formatCsvTable(analysis, 'introductions')
          : formatIntroductionsText(analysis.introductions, style, analysis.options.seed, planView(introductions));
    await writeOutput(text, flags.output);
  });
  return command;
}

function planView(introductions: { forPerson: string | null; forTeam: string | null; maxPerPerson: number }): PlanView | undefined {
  if (introductions.forPerson === null && introductions.forTeam === null) return undefined;
  return { of: introductions.forPerson !== null ? 'person' : 'team', maxPerPerson: introductions.maxPerPerson };
}
