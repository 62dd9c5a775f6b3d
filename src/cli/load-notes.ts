/**
 * What a command tells on stderr about the files it read (the load's notes, load/load-notes.ts),
 * and about an --exclude file.
 */
import type { FileKind } from '../load/columns.js';
import { isHeaderWord, type ExcludePairs } from '../load/exclude-pairs.js';
import { newsworthySkips } from '../load/load-notes.js';
import type { LoadReport } from '../load/report.js';
import { formatCount } from '../present/number-format.js';
import { terminalLine } from '../present/terminal-line.js';

/** What a file's rows hold, for "13,323 of 15,000 interaction rows". */
const ROWS_OF: Readonly<Record<FileKind, string>> = { staff: 'staff', teams: 'team', interactions: 'interaction', recipients: 'recipient' };

/**
 * The load notes in one short line, for a screen that holds the notes themselves back until it
 * closes (the dashboard): how much of each file was skipped, and how many warnings there were.
 * Null when there are no notes.
 */
export function loadNotesHeadline(report: LoadReport | null, notes: readonly string[]): string | null {
  if (notes.length === 0) return null;
  const parts: string[] = [];
  for (const file of report?.files ?? []) {
    const { skipped, count } = newsworthySkips(file);
    if (count === 0) continue;
    const why = skipped.length === 1 ? ` (${skipped[0].reason})` : '';
    parts.push(`${formatCount(count)} of ${formatCount(file.rowsRead)} ${ROWS_OF[file.kind]} ${file.unit}s skipped${why}`);
  }
  const warnings = report?.warnings.length ?? 0;
  if (warnings > 0) parts.push(`${formatCount(warnings)} load ${warnings === 1 ? 'warning' : 'warnings'}`);
  // Notes of another kind (an --exclude file's): counted, not described.
  if (parts.length === 0) parts.push(`${formatCount(notes.length)} load ${notes.length === 1 ? 'note' : 'notes'}`);
  return parts.join(', ');
}

/** One load of several (compare's two periods or folders): its label, report and notes. */
export interface LabelledLoad {
  readonly label: string;
  readonly report: LoadReport | null;
  readonly notes: readonly string[];
}

/**
 * The headline for compare's loads: one headline when each load's says the same (one folder's
 * staff file, read for both periods), else each load's headline after its label.
 */
export function loadsNotesHeadline(loads: readonly LabelledLoad[]): string | null {
  const headlines = loads.map((load) => ({ label: load.label, headline: loadNotesHeadline(load.report, load.notes) }));
  const told = headlines.filter((entry) => entry.headline !== null);
  if (told.length === 0) return null;
  if (told.length === headlines.length && told.every((entry) => entry.headline === told[0].headline)) return told[0].headline;
  return told.map((entry) => `${entry.label}: ${entry.headline}`).join('; ');
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
  return [...headerNote, `${file}: ${formatCount(unknown.length)} of ${formatCount(rows)} excluded pairs skipped, naming someone not in the staff file (${shown}${more}); they exclude nothing`];
}

/** Notes already written by this process: compare loads one folder twice. */
const written = new Set<string>();

/** Writes each note once to `stream`, unless --quiet. */
export function writeLoadNotes(notes: readonly string[], quiet: boolean, stream: NodeJS.WritableStream = process.stderr): void {
  if (quiet) return;
  for (const note of notes) {
    if (written.has(note)) continue;
    written.add(note);
    // Notes name files, whose paths may hold escape codes or line breaks.
    stream.write(`nodefinder: ${terminalLine(note)}\n`);
  }
}
