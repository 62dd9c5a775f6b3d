/**
 * `nodefinder report [DIR] --out FILE`: the analysis as a report to share, either one
 * self-contained HTML file (map, charts, tables; opens offline, prints to PDF) or Markdown for
 * wikis and pull requests. Rendered from the released Analysis: small teams suppressed,
 * pseudonyms when asked.
 */
import { Command, Option } from 'commander';
import { formatHtml } from '../../present/html/index.js';
import { formatMarkdown } from '../../present/markdown.js';
import { addAnalyseFlags, type AnalyseFlags } from '../analyse-flags.js';
import { addIntroductionFlags, type IntroductionFlags } from '../introduction-flags.js';
import { addLoadFlags, type LoadFlags } from '../load-flags.js';
import { checkOutFile, requireOutFile } from '../out-file.js';
import { ANALYSIS_WRITTEN_BY, formatNotTold, outputFormat } from '../output-format.js';
import { writeOutputShowingProgress } from '../output.js';
import type { GlobalFlags } from '../program.js';
import { runAnalysis } from '../run-analysis.js';

const FORMATS = ['html', 'markdown'] as const;
type ReportFormat = (typeof FORMATS)[number];

interface ReportFlags extends LoadFlags, AnalyseFlags, IntroductionFlags {
  out?: string;
  format?: ReportFormat;
}

/** The `report` command's definition. */
export function reportCommand(): Command {
  const command = new Command('report')
    .description('write a report to share: one self-contained HTML file (map, charts, tables) or Markdown')
    .option('-o, --out <file>', 'the file to write, required (.html or .md; the folder must exist; - is standard output, with --format)')
    .addOption(new Option('--format <format>', 'report format (default: from the file name: .html, .htm → html; .md, .markdown → markdown)').choices(FORMATS));
  addIntroductionFlags(command);
  addAnalyseFlags(command);
  addLoadFlags(command);
  command.addHelpText('after', `
The HTML report holds the summary, a map of the teams and the ties between them, charts of the
top connectors and brokers, silos with their evidence, single points of failure, introductions,
a section per department, and the methods and privacy notes. It loads nothing from the network.

Examples:
  nodefinder report fixtures/sample --out report.html
  nodefinder report fixtures/sample --out report.md
  nodefinder report fixtures/sample --out team-review.html --since 2026-01-01 --min-group-size 8
  openssl rand -hex 32 > nodefinder.key   # once
  nodefinder report fixtures/sample --out shared.html --pseudonymise --key-file nodefinder.key`);
  command.action(async (dir: string, flags: ReportFlags, cmd: Command) => {
    const out = requireOutFile(flags.out);
    // The file first: an empty name or a folder is said as such, not as a format that cannot be told.
    checkOutFile(out);
    const format = outputFormat(cmd, FORMATS, ANALYSIS_WRITTEN_BY);
    if (!format) throw formatNotTold(out, FORMATS, 'end the file name in .html or .md, or give --format html|markdown');
    const { organisation, released } = await runAnalysis(dir, flags, cmd);
    const render = () => (format === 'html' ? formatHtml(released, organisation) : formatMarkdown(released, { organisation }));
    await writeOutputShowingProgress(render, out, cmd.optsWithGlobals<GlobalFlags>().quiet ?? false);
  });
  return command;
}
