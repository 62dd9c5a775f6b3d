/**
 * What a command tells on stderr about the files it read (the load's notes, load/load-notes.ts),
 * and about an --exclude file.
 */
import { isHeaderWord, type ExcludePairs } from '../load/exclude-pairs.js';

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
