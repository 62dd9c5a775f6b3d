/**
 * The load report as plain text for the terminal: what was read, what was used, and every
 * skipped row by reason with example lines, so nothing is lost without the user seeing it.
 */
import { describeDelimiter } from '../load/delimiter.js';
import { INVISIBLE_CHARACTERS } from '../load/invisible-characters.js';
import { EXAMPLE_LINES_ARE, type LoadReport, type LoadSettings } from '../load/report.js';
import { formatCount, counted } from './number-format.js';
import { oneLine } from './one-line.js';
import { privacyNote } from './privacy-note.js';

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
  lines.push(style.heading('Organisation'));
  lines.push(`  people        ${formatCount(report.people)}  (${formatCount(report.peopleWithoutInteractions)} with no interactions, ${formatCount(report.peopleWithoutTeam)} with no team)`);
  lines.push(`  teams         ${formatCount(report.teams)}${report.emptyTeams.length ? `  (${report.emptyTeams.length} with no members)` : ''}`);
  // Read as undirected, the directed view is each tie both ways: its count says nothing more.
  lines.push(`  ties          ${counted(report.ties, 'pair', 'pairs')} who interacted (${report.settings.undirected ? 'read without direction' : `${formatCount(report.arcs)} directed`})`);
  lines.push(report.summedWeights ? `  strength      ${formatCount(report.interactions)} (weights summed)` : `  interactions  ${formatCount(report.interactions)}`);
  if (report.channels.length) lines.push(`  channels      ${report.channels.join(', ')}`);
  lines.push(`  period        ${report.period ? `${report.period.first} to ${report.period.last}` : 'no timestamps'}`);
  const asked = describeSettings(report.settings);
  if (asked.length) lines.push(`  read with     ${asked.join('; ')}`);
  for (const file of report.files) {
    lines.push('');
    lines.push(style.heading(`${file.kind}: ${file.file}`));
    const columns = Object.entries(file.columns).map(([field, column]) => `${field}=${column}`).join(', ');
    // A matrix has no columns of fields: its rows and columns are people.
    const layout = file.unit === 'cell' ? 'an adjacency matrix (its rows and columns are people)' : `${file.header ? 'with header' : 'no header'}; columns ${columns}`;
    lines.push(`  ${describeDelimiter(file.delimiter)}-separated, ${layout}`);
    if (file.attributes.length) lines.push(`  kept as attributes: ${file.attributes.join(', ')}`);
    const skippedTotal = file.skipped.reduce((sum, entry) => sum + entry.count, 0);
    const read = file.unit === 'cell' ? counted(file.rowsRead, 'non-zero cell', 'non-zero cells') : counted(file.rowsRead, 'row', 'rows');
    lines.push(`  ${read} read, ${formatCount(file.rowsUsed)} used, ${formatCount(skippedTotal)} skipped`);
    for (const entry of file.skipped) {
      const examples = entry.examples ? `; e.g. ${entry.examples.map(quoteExample).join(', ')}` : '';
      const more = entry.count > entry.lines.length ? ', …' : '';
      lines.push(style.warning(`    ${formatCount(entry.count)} ${entry.reason}: ${entry.description}`));
      const whichLines = EXAMPLE_LINES_ARE[entry.reason];
      lines.push(style.dim(`      ${whichLines ? `${whichLines}: ` : ''}${entry.lines.length === 1 && more === '' ? 'line' : 'lines'} ${entry.lines.join(', ')}${more}${examples}`));
    }
  }
  if (report.warnings.length) {
    lines.push('');
    lines.push(style.heading('Warnings'));
    for (const warning of report.warnings) lines.push(style.warning(`  ${warning}`));
  }
  lines.push('', style.heading('Privacy'));
  for (const sentence of privacyNote(report)) lines.push(`  ${sentence}`);
  // A file, column or team name holding a line break (in a warning) stays on its line.
  return lines.map(oneLine).join('\n') + '\n';
}

/**
 * An example value quoted, its invisible characters written as escapes: an id "\u200bP03" (a
 * zero-width space pasted in) looked exactly like the staff file's P03 that it failed to match.
 */
function quoteExample(value: string): string {
  return JSON.stringify(value).replace(INVISIBLE_CHARACTERS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

