/**
 * `nodefinder export [DIR] --format gexf|graphml|json|csv --out FILE`: the analysed network for
 * other tools. GEXF (Gephi) and GraphML (Cytoscape, yEd, NetworkX) hold people as nodes with every
 * measure and ties as edges with their strength; JSON is the full analysis; CSV is one table
 * (people, teams or introductions) for spreadsheets. Rendered from the released Analysis.
 */
import { Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import { CSV_TABLES, formatCsvTable, type CsvTableName } from '../../present/csv-tables.js';
import { gexfLines } from '../../present/gexf.js';
import { graphmlLines } from '../../present/graphml.js';
import { formatJson } from '../../present/json.js';
import { addAnalyseFlags, type AnalyseFlags } from '../analyse-flags.js';
import { addIntroductionFlags, type IntroductionFlags } from '../introduction-flags.js';
import { addLoadFlags, type LoadFlags } from '../load-flags.js';
import { checkOutFile, requireOutFile } from '../out-file.js';
import { ANALYSIS_WRITTEN_BY, formatNotTold, outputFormat } from '../output-format.js';
import { writeOutputShowingProgress } from '../output.js';
import type { GlobalFlags } from '../program.js';
import { runAnalysis } from '../run-analysis.js';

const FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
type ExportFormat = (typeof FORMATS)[number];

interface ExportFlags extends LoadFlags, AnalyseFlags, IntroductionFlags {
  out?: string;
  format?: ExportFormat;
  table?: CsvTableName;
  excel?: boolean;
}

/** UTF-8's byte-order mark: Excel reads a double-clicked CSV file as UTF-8 only with it. */
const BYTE_ORDER_MARK = '\ufeff';

/** The `export` command's definition. */
export function exportCommand(): Command {
  const command = new Command('export')
    .description('export the analysed network for Gephi, Cytoscape or NetworkX (GEXF, GraphML), or as JSON or CSV tables')
    .option('-o, --out <file>', 'the file to write, required (the folder must exist; - is standard output, with --format)')
    .addOption(new Option('--format <format>', 'export format (default: from the file name: .gexf, .graphml, .json, .csv)').choices(['gexf', 'graphml', 'json', 'csv']))
    .addOption(new Option('--table <table>', 'with csv: which table, one row per person, team or suggested introduction (default: people)').choices([...CSV_TABLES]))
    .option('--excel', 'with csv: start the file with a byte-order mark, so that Excel opens it as UTF-8 when double-clicked (scripts may read the mark as part of the first column\'s name)');
  addIntroductionFlags(command);
  addAnalyseFlags(command);
  addLoadFlags(command);
  command.addHelpText('after', `
GEXF and GraphML: one node per person (id; name, team, teamName, department, every measure,
brokerage counts, roles and one true/false column per role) and one edge per tie (weight and
strength = interactions); directed edges with --directed. CSV columns: see the README.

Examples:
  nodefinder export fixtures/sample --out network.gexf
  nodefinder export fixtures/sample --out network.graphml --min-group-size 8
  nodefinder export fixtures/sample --out people.csv --table people
  nodefinder export fixtures/sample --format csv --table introductions --out introductions.csv
  nodefinder export fixtures/sample --out people.csv --excel
  openssl rand -hex 32 > nodefinder.key   # once
  nodefinder export fixtures/sample --out analysis.json --pseudonymise --key-file nodefinder.key`);
  command.action(async (dir: string, flags: ExportFlags, cmd: Command) => {
    const out = requireOutFile(flags.out);
    // The file first: an empty name or a folder is said as such, not as a format that cannot be told.
    checkOutFile(out);
    const format = outputFormat(cmd, FORMATS, ANALYSIS_WRITTEN_BY);
    if (!format) throw formatNotTold(out, FORMATS, 'end the file name in .gexf, .graphml, .json or .csv, or give --format');
    if (flags.table !== undefined && format !== 'csv') throw new UsageError(`--table goes with --format csv, not ${format}`, 'leave out --table, or export CSV');
    if (flags.excel && format !== 'csv') throw new UsageError(`--excel goes with --format csv, not ${format}`, 'leave out --excel, or export CSV');
    const { organisation, released } = await runAnalysis(dir, flags, cmd);
    // Network files are written piece by piece: at 21,000 people a GEXF file is about 60 MB.
    const text = () =>
      format === 'gexf'
        ? gexfLines(released, organisation)
        : format === 'graphml'
          ? graphmlLines(released, organisation)
          : format === 'json'
            ? formatJson(released)
            : (flags.excel ? BYTE_ORDER_MARK : '') + formatCsvTable(released, flags.table ?? 'people');
    await writeOutputShowingProgress(text, out, cmd.optsWithGlobals<GlobalFlags>().quiet ?? false);
  });
  return command;
}
