/**
 * What to tell a reader about the files read: the load's warnings, and the rows skipped for what
 * they held. A result (a table, a report, a comparison) must not hide that rows were dropped or a
 * --channel matched nothing. Rows left out by the filters asked for (window, channel,
 * --min-interactions) and zero weights are not news, so they are not repeated here.
 */
import type { FileReport, LoadReport, SkipReason, SkippedRows } from './report.js';
import { formatCount } from '../number-text.js';

/** Skips the command asked for, or that mean no interaction: not repeated. */
const ASKED_FOR: ReadonlySet<SkipReason> = new Set(['other-channel', 'outside-window', 'below-threshold', 'zero-weight']);

/** One line per warning and per file with rows skipped. */
export function loadNotes(report: LoadReport): string[] {
  const notes = report.warnings.map((warning) => `warning: ${warning}`);
  for (const file of report.files) {
    const { skipped, count } = newsworthySkips(file);
    if (count === 0) continue;
    const reasons = skipped.map((entry) => `${formatCount(entry.count)} ${entry.reason}`).join(', ');
    // The path as given: compare's two folders each have an interactions.csv.
    notes.push(`${file.file}: ${formatCount(count)} of ${formatCount(file.rowsRead)} ${file.unit}s skipped (${reasons}); nodefinder validate lists them`);
  }
  return notes;
}

/** A file's rows skipped for what they held, and how many in all. */
export function newsworthySkips(file: FileReport): { skipped: SkippedRows[]; count: number } {
  const skipped = file.skipped.filter((entry) => !ASKED_FOR.has(entry.reason));
  return { skipped, count: skipped.reduce((sum, entry) => sum + entry.count, 0) };
}
