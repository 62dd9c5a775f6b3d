/**
 * A Comparison as plain text for terminals and logs: each section as an aligned table (numbers
 * right-aligned, columns measured in terminal cells, so Chinese or Korean names keep them
 * aligned), with warnings coloured when a style is given.
 */
import type { Comparison } from '../compare/comparison.js';
import { layoutComparison, type Cell, type ComparisonLayout, type Section } from './comparison-sections.js';
import { displayWidth } from './display-width.js';
import { PLAIN, type TextStyle } from './load-report-text.js';
import { oneLine } from './one-line.js';

/** Formats the comparison as text. */
export function formatComparisonText(comparison: Comparison, style: TextStyle = PLAIN): string {
  const layout = oneLineLayout(layoutComparison(comparison));
  const lines: string[] = [style.heading(layout.title)];
  for (const section of layout.sections) {
    // A cut list says how to see the rest, as analyse's lists do.
    const more = section.total === undefined ? '' : `; --top ${section.total} for all`;
    lines.push('', style.heading(section.title) + (section.shown ? style.dim(` (${section.shown}${more})`) : ''));
    lines.push(...table(section, style));
    for (const line of section.lines) lines.push(`  ${line}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The layout with every text on one line: a name or a folder's name holding a line break would
 * otherwise start a line of its own, and cells are measured as they will be written.
 */
function oneLineLayout(layout: ComparisonLayout): ComparisonLayout {
  const sections = layout.sections.map((section) => ({
    ...section,
    rows: section.rows.map((row) => row.map((cell) => ({ ...cell, text: oneLine(cell.text) }))),
    lines: section.lines.map(oneLine),
  }));
  return { ...layout, title: oneLine(layout.title), sections };
}

function table(section: Section, style: TextStyle): string[] {
  if (section.rows.length === 0) return [];
  // Long sentences side by side would run far past a terminal's width.
  if (section.wide) return section.rows.flatMap((row) => row.map((cell, c) => `${c === 0 ? '  - ' : '    '}${tone(cell.text, cell, style)}`));
  const widths = section.columns.map((column, c) => Math.max(displayWidth(column), ...section.rows.map((row) => displayWidth(row[c]?.text ?? ''))));
  // The last column is not padded, so lines carry no trailing spaces.
  const pad = (text: string, c: number, numeric: boolean) => {
    if (c === widths.length - 1 && !numeric) return text;
    const gap = ' '.repeat(widths[c] - displayWidth(text));
    return numeric ? gap + text : text + gap;
  };
  const numericColumn = section.columns.map((_, c) => section.rows.every((row) => row[c]?.numeric ?? false));
  const header = section.columns.map((column, c) => pad(column, c, numericColumn[c])).join('  ');
  const lines = [style.dim(`  ${header}`.trimEnd())];
  for (const row of section.rows) {
    lines.push(`  ${row.map((cell, c) => tone(pad(cell.text, c, cell.numeric ?? false), cell, style)).join('  ')}`.trimEnd());
  }
  return lines;
}

function tone(text: string, cell: Cell, style: TextStyle): string {
  // Text has one highlight colour: the sign of a judged change says whether it is a loss or a gain.
  if (cell.tone === 'warning' || cell.tone === 'loss' || cell.tone === 'gain') return style.warning(text);
  if (cell.tone === 'dim') return style.dim(text);
  return text;
}
