/**
 * The load report as plain text for the terminal: what was read, what was used, and every
 * skipped row by reason with example lines, so nothing is lost without the user seeing it.
 */
import { describeDelimiter } from '../load/delimiter.js';
import { INVISIBLE_CHARACTERS } from '../load/invisible-characters.js';
import { EXAMPLE_LINES_ARE, type LoadReport, type LoadSettings } from '../load/report.js';
import { formatCount, counted } from './number-format.js';
import { strengthFigure } from '../number-text.js';
import { privacyNote } from './privacy-note.js';
import { terminalLine } from './terminal-line.js';

/** Styling hooks, so the same text can be coloured in a terminal and plain elsewhere. */
export interface TextStyle {
  heading(text: string): string;
  warning(text: string): string;
  dim(text: string): string;
}

export const PLAIN: TextStyle = { heading: (t) => t, warning: (t) => t, dim: (t) => t };


/** The load settings that differ from the defaults, as the flags that set them. */
export function describeSettings(settings: LoadSettings): string[] {
  const asked: string[] = [];
  if (settings.since !== null) asked.push(`--since ${settings.since}`);
  if (settings.until !== null) asked.push(`--until ${settings.until}`);
  if (settings.channels !== null) asked.push(`--channel ${settings.channels.join(',')}`);
  if (settings.minInteractions !== 0) asked.push(`--min-interactions ${settings.minInteractions}`);
  if (settings.undirected) asked.push('--undirected');
  if (settings.strict) asked.push('--strict');
  if (settings.dateOrder !== null) asked.push(`--date-order ${settings.dateOrder}`);
  return asked;
}

/** Formats the load report as lines of text. */
export function formatLoadReport(report: LoadReport, style: TextStyle = PLAIN): string {
  const lines: string[] = [];
  // A file, column or team name (in a warning) may hold a line break or an escape code: each
  // line's text is made one printable line before it is styled, so the style's colours stay.
  const add = (text: string, paint = (text: string) => text) => lines.push(paint(terminalLine(text)));
  add('Organisation', style.heading);
  add(`  people        ${formatCount(report.people)}  (${formatCount(report.peopleWithoutInteractions)} with no interactions, ${formatCount(report.peopleWithoutTeam)} with no team)`);
  add(`  teams         ${formatCount(report.teams)}${report.emptyTeams.length ? `  (${report.emptyTeams.length} with no members)` : ''}`);
  // Read as undirected, the directed view is each tie both ways: its count says nothing more.
  add(`  ties          ${counted(report.ties, 'pair', 'pairs')} who interacted (${report.settings.undirected ? 'read without direction' : `${formatCount(report.arcs)} directed`})`);
  add(report.summedWeights ? `  strength      ${strengthFigure(report.interactions)} (weights summed)` : `  interactions  ${formatCount(report.interactions)}`);
  if (report.channels.length) add(`  channels      ${report.channels.join(', ')}`);
  add(`  period        ${report.period ? `${report.period.first} to ${report.period.last}` : 'no timestamps'}`);
  const asked = describeSettings(report.settings);
  if (asked.length) add(`  read with     ${asked.join('; ')}`);
  for (const file of report.files) {
    add('');
    add(`${file.kind}: ${file.file}`, style.heading);
    const columns = Object.entries(file.columns).map(([field, column]) => `${field}=${column}`).join(', ');
    // A matrix has no columns of fields: its rows and columns are people.
    const layout = file.unit === 'cell' ? 'an adjacency matrix (its rows and columns are people)' : `${file.header ? 'with header' : 'no header'}; columns ${columns}`;
    add(`  ${describeDelimiter(file.delimiter)}-separated, ${layout}`);
    if (file.attributes.length) add(`  kept as attributes: ${file.attributes.join(', ')}`);
    const skippedTotal = file.skipped.reduce((sum, entry) => sum + entry.count, 0);
    const read = file.unit === 'cell' ? counted(file.rowsRead, 'non-zero cell', 'non-zero cells') : counted(file.rowsRead, 'row', 'rows');
    add(`  ${read} read, ${formatCount(file.rowsUsed)} used, ${formatCount(skippedTotal)} skipped`);
    for (const entry of file.skipped) {
      const examples = entry.examples ? `; e.g. ${entry.examples.map(quoteExample).join(', ')}` : '';
      const more = entry.count > entry.lines.length ? ', …' : '';
      add(`    ${formatCount(entry.count)} ${entry.reason}: ${entry.description}`, style.warning);
      const whichLines = EXAMPLE_LINES_ARE[entry.reason];
      add(`      ${whichLines ? `${whichLines}: ` : ''}${entry.lines.length === 1 && more === '' ? 'line' : 'lines'} ${entry.lines.join(', ')}${more}${examples}`, style.dim);
    }
  }
  if (report.warnings.length) {
    add('');
    add('Warnings', style.heading);
    for (const warning of report.warnings) add(`  ${warning}`, style.warning);
  }
  add('');
  add('Privacy', style.heading);
  for (const sentence of privacyNote(report)) add(`  ${sentence}`);
  return lines.join('\n') + '\n';
}

/**
 * An example value quoted, its invisible characters written as escapes: an id "\u200bP03" (a
 * zero-width space pasted in) looked exactly like the staff file's P03 that it failed to match.
 */
function quoteExample(value: string): string {
  return JSON.stringify(value).replace(INVISIBLE_CHARACTERS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

