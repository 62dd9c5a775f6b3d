/**
 * What a command tells on stderr about the files it read: the load's warnings, and the rows
 * skipped for what they held. A result on stdout (a table, a report) must not hide that rows
 * were dropped or a --channel matched nothing. Rows left out by the filters asked for (window,
 * channel, --min-interactions) and zero weights are not news, so they are not repeated here.
 */
import type { LoadReport, SkipReason } from '../load/report.js';

/** Skips the command asked for, or that mean no interaction: not repeated on stderr. */
const ASKED_FOR: ReadonlySet<SkipReason> = new Set(['other-channel', 'outside-window', 'below-threshold', 'zero-weight']);

/** One line per warning and per file with rows skipped. */
export function loadNotes(report: LoadReport): string[] {
  const notes = report.warnings.map((warning) => `warning: ${warning}`);
  for (const file of report.files) {
    const skipped = file.skipped.filter((entry) => !ASKED_FOR.has(entry.reason));
    const count = skipped.reduce((sum, entry) => sum + entry.count, 0);
    if (count === 0) continue;
    const reasons = skipped.map((entry) => `${entry.count.toLocaleString('en-GB')} ${entry.reason}`).join(', ');
    // The path as given: compare's two folders each have an interactions.csv.
    notes.push(`${file.file}: ${count.toLocaleString('en-GB')} of ${file.rowsRead.toLocaleString('en-GB')} ${file.unit}s skipped (${reasons}); nodefinder validate lists them`);
  }
  return notes;
}

/** Notes already written by this process: compare loads one folder twice. */
const written = new Set<string>();

/** Writes each note once to `stream`, unless --quiet. */
export function writeLoadNotes(notes: readonly string[], quiet: boolean, stream: NodeJS.WritableStream = process.stderr): void {
  if (quiet) return;
  for (const note of notes) {
    if (written.has(note)) continue;
    written.add(note);
    stream.write(`nodefinder: ${note}\n`);
  }
}
