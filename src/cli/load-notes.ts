/**
 * What a command tells on stderr about the files it read: the load's warnings, and the rows
 * skipped for what they held. A result on stdout (a table, a report) must not hide that rows
 * were dropped or a --channel matched nothing. Rows left out by the filters asked for (window,
 * channel, --min-interactions) and zero weights are not news, so they are not repeated here.
 */
import { isHeaderWord, type ExcludePairs } from '../load/exclude-pairs.js';
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

/** How many unknown ids an --exclude note names, as the load report gives five examples. */
const EXCLUDE_EXAMPLES = 5;

/**
 * The note for --exclude pairs that name someone not in the staff file: they exclude nothing, so
 * a mistyped id would otherwise let an introduction through unseen.
 */
export function excludeNotes(file: string, excluded: ExcludePairs): string[] {
  const { unknown, rows, header } = excluded;
  // A first row naming no one is taken for a header; unless its words say so, it may be a pair of leavers.
  const headerNote = header && !header.every(isHeaderWord)
    ? [`${file}: the first row (${header.join(', ')}) names no one in the staff file and was taken for a header; if it is a pair, add a header row such as from,to`]
    : [];
  if (unknown.length === 0) return headerNote;
  const shown = unknown.slice(0, EXCLUDE_EXAMPLES).map((entry) => `${entry.id} on line ${entry.line}`).join(', ');
  const more = unknown.length > EXCLUDE_EXAMPLES ? ', …' : '';
  return [...headerNote, `${file}: ${unknown.length.toLocaleString('en-GB')} of ${rows.toLocaleString('en-GB')} excluded pairs skipped, naming someone not in the staff file (${shown}${more}); they exclude nothing`];
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
