/**
 * `nodefinder analyse [DIR]`: loads the organisation, measures it and shows the findings: the
 * interactive dashboard at a terminal, text or JSON otherwise (or when --format/--output asks).
 */
import { Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import { CSV_TABLES, formatCsvTable, type CsvTableName } from '../../present/csv-tables.js';
import { formatJson } from '../../present/json.js';
import { formatMarkdown } from '../../present/markdown.js';
import { formatText } from '../../present/text.js';
import { isInteractive } from '../../ui/is-interactive.js';
import { addAnalyseFlags, type AnalyseFlags } from '../analyse-flags.js';
import { dataName } from '../data-name.js';
import { addIntroductionFlags, type IntroductionFlags } from '../introduction-flags.js';
import { addLoadFlags, type LoadFlags } from '../load-flags.js';
import { loadNotesHeadline, writeLoadNotes } from '../load-notes.js';
import { ANALYSIS_WRITTEN_BY, outputFormat } from '../output-format.js';
import { writeOutput } from '../output.js';
import { toPrivacyOptions } from '../privacy-flags.js';
import type { GlobalFlags } from '../program.js';
import { runAnalysis } from '../run-analysis.js';
import { terminalLine } from '../../present/terminal-line.js';
import { terminalTextStyle } from '../text-style.js';

/** Formats `--format` accepts. Unset means the dashboard at a terminal, text otherwise. */
const FORMATS = ['text', 'json', 'csv', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

interface AnalyseCommandFlags extends LoadFlags, AnalyseFlags, IntroductionFlags {
  format?: Format;
  table?: CsvTableName;
  output?: string;
}

export function analyseCommand(): Command {
  const command = new Command('analyse')
    .alias('analyze')
    .description('find the connectors, brokers, silos, single points of failure and introductions')
    .addOption(new Option('--format <format>', 'output format (default: from --output\'s file name, .json, .csv, .md, .txt; else the interactive dashboard at a terminal, text otherwise)').choices(FORMATS))
    .addOption(new Option('--table <table>', 'with --format csv: which table, one row per person, team or suggested introduction').choices([...CSV_TABLES]).default('people'))
    .option('-o, --output <file>', 'write to this file instead of standard output (- is standard output)');
  addIntroductionFlags(command);
  addAnalyseFlags(command);
  addLoadFlags(command);
  command.addHelpText('after', `
At a terminal, analyse opens an interactive dashboard (tabs, search, sort, details, CSV export;
press ? for its keys). In a pipe, in CI, or with --format or --output it prints instead.

Examples:
  nodefinder analyse fixtures/sample
  nodefinder analyse fixtures/sample --format text | less
  nodefinder analyse fixtures/sample --format json --output analysis.json
  nodefinder analyse fixtures/sample --format csv --table teams --output teams.csv
  nodefinder analyse fixtures/sample --format markdown --output findings.md
  nodefinder analyse fixtures/sample --since 2026-01-01 --until 2026-03-31 --weighted
  nodefinder analyse fixtures/sample --thresholds connectorPercentile=98,siloEiIndex=-0.7`);
  command.action(async (dir: string, flags: AnalyseCommandFlags, cmd: Command) => {
    const chosen = outputFormat(cmd, FORMATS, ANALYSIS_WRITTEN_BY);
    if (chosen !== 'csv' && cmd.getOptionValueSource('table') === 'cli') throw new UsageError('--table goes with --format csv', 'add --format csv, or leave out --table');
    const interactive = isInteractive(process.stdout, process.env, flags, process.stdin);
    const { minGroupSize } = toPrivacyOptions(flags);
    let dashboard: Promise<typeof import('../../ui/run-dashboard.js')> | undefined;
    if (interactive) {
      // React's development build records a timing for every render, which makes scrolling a
      // table of thousands sluggish: the dashboard runs the production build unless told otherwise.
      process.env.NODE_ENV ??= 'production';
      // React and Ink load (about a second) while the files are read, and only for the dashboard.
      dashboard = import('../../ui/run-dashboard.js');
      dashboard.catch(() => {}); // a failure surfaces where it is awaited, not as an unhandled rejection
    }
    const { organisation, analysis, released, loadNotes } = await runAnalysis(dir, flags, cmd, {}, { notesLater: interactive });
    if (dashboard) {
      const { runDashboard } = await dashboard;
      // The notes are written after the dashboard, which takes the whole screen, so that they stay
      // in view; until then the header says what they are about.
      const headline = loadNotesHeadline(analysis.load, loadNotes);
      await runDashboard({ analysis, released, organisation, minGroupSize, source: dataName(dir, flags.staff), ...(headline ? { loadNotes: { headline, notes: loadNotes } } : {}) });
      writeLoadNotes(loadNotes, cmd.optsWithGlobals<GlobalFlags>().quiet ?? false);
      return;
    }
    const format: Format = chosen ?? 'text';
    const text =
      format === 'json'
        ? formatJson(released)
        : format === 'csv'
          ? formatCsvTable(released, flags.table ?? 'people')
          : format === 'markdown'
            ? formatMarkdown(released, { organisation })
            : formatText(released, terminalTextStyle(flags.output), undefined, terminalLine(dir));
    await writeOutput(text, flags.output);
  });
  return command;
}
