/**
 * `nodefinder suggest [DIR]`: introductions — who should meet whom, and who can introduce them —
 * for the whole organisation, one person or one team.
 */
import { Command, Option } from 'commander';
import { whyViewIsEmpty } from '../../introductions/empty-view.js';
import { formatCsvTable } from '../../present/csv-tables.js';
import { formatIntroductionsJson, formatIntroductionsText, type PlanView } from '../../present/introductions.js';
import { planFocus } from '../../present/plan-focus.js';
import { addAnalyseFlags, type AnalyseFlags } from '../analyse-flags.js';
import { addIntroductionFlags, type IntroductionFlags } from '../introduction-flags.js';
import { addLoadFlags, type LoadFlags } from '../load-flags.js';
import { ANALYSIS_WRITTEN_BY, outputFormat } from '../output-format.js';
import { writeOutput } from '../output.js';
import { runAnalysis, type AnalysisRun } from '../run-analysis.js';
import { terminalTextStyle } from '../text-style.js';
import type { TextStyle } from '../../present/load-report-text.js';

interface SuggestFlags extends LoadFlags, AnalyseFlags, IntroductionFlags {
  for?: string;
  team?: string;
  format?: 'text' | 'json' | 'csv';
  output?: string;
}

const FORMATS = ['text', 'json', 'csv'] as const;

export function suggestCommand(): Command {
  const command = new Command('suggest')
    .description('suggest introductions that would open silos, without overloading the connectors')
    .option('--for <person>', 'only the introductions of the organisation-wide plan in which this person (id) is one of the two introduced, not the introducer; raise --max-per-person for more')
    .option('--team <team>', 'only the introductions of the organisation-wide plan with one end in this team (id or name; not a team smaller than --min-group-size)');
  addIntroductionFlags(command)
    .addOption(new Option('--format <format>', 'output format (default: from --output\'s file name, .json, .csv, .txt; else text)').choices(FORMATS))
    .option('-o, --output <file>', 'write to this file instead of standard output (- is standard output)');
  addAnalyseFlags(command);
  addLoadFlags(command);
  command.addHelpText('after', `
Examples:
  nodefinder suggest fixtures/sample
  nodefinder suggest fixtures/sample --team T0020 --limit 10
  nodefinder suggest fixtures/sample --for P000145 --format json
  nodefinder suggest fixtures/sample --exclude already-introduced.csv --format csv --output introductions.csv   # two columns: from,to (person ids)`);
  command.action(async (dir: string, flags: SuggestFlags, cmd: Command) => {
    const format = outputFormat(cmd, FORMATS, ANALYSIS_WRITTEN_BY) ?? 'text';
    const introductions = { forPerson: flags.for ?? null, forTeam: flags.team ?? null };
    const run = await runAnalysis(dir, flags, cmd, { introductions });
    const analysis = run.released;
    const style = terminalTextStyle(flags.output);
    const text =
      format === 'json'
        ? formatIntroductionsJson(analysis.introductions)
        : format === 'csv'
          ? formatCsvTable(analysis, 'introductions')
          : planFocusLines(run, style) + formatIntroductionsText(analysis.introductions, style, analysis.options.seed, planView(run), analysis.options.introductions.beforeLimit);
    await writeOutput(text, flags.output);
  });
  return command;
}

/** The organisation-wide plan's focus, when one pair of teams holds most of it (a view of one person or team is focused by design). */
function planFocusLines(run: AnalysisRun, style: TextStyle | undefined): string {
  const { forPerson = null, forTeam = null } = run.introductions;
  const focus = forPerson === null && forTeam === null ? planFocus(run.released, run.released.introductions) : '';
  return focus === '' ? '' : `${style ? style.dim(focus) : focus}\n\n`;
}

/** Why --for or --team shows nothing, worked out only then (it takes the whole plan again). */
function planView(run: AnalysisRun): PlanView | undefined {
  const { forPerson = null, forTeam = null } = run.introductions;
  if ((forPerson === null && forTeam === null) || run.released.introductions.length > 0) return undefined;
  const { maxPerPerson, excludedPairs } = run.released.options.introductions;
  return { maxPerPerson, excludedPairs, reason: whyViewIsEmpty(run.organisation, run.analysis, run.introductions) };
}
