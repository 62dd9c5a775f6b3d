/**
 * A Comparison as Markdown, for wikis and pull requests: a heading per section, its table, and
 * its sentences. Every piece of text is escaped, so a name holding `|`, `*`, `<script>` or a
 * newline stays text and cannot break the table.
 */
import type { Comparison } from '../compare/comparison.js';
import { layoutComparison } from './comparison-sections.js';

/** Formats the comparison as Markdown. */
export function formatComparisonMarkdown(comparison: Comparison): string {
  const layout = layoutComparison(comparison);
  const lines: string[] = [`# ${escapeMarkdown(layout.title)}`];
  for (const section of layout.sections) {
    lines.push('', `## ${escapeMarkdown(section.title)}`);
    if (section.shown) lines.push('', `_${escapeMarkdown(section.shown)}_`);
    if (section.rows.length > 0) {
      const numeric = section.columns.map((_, c) => section.rows.every((row) => row[c]?.numeric ?? false));
      lines.push('');
      lines.push(`| ${section.columns.map((column) => escapeMarkdown(column, { inCell: true }) || ' ').join(' | ')} |`);
      lines.push(`| ${numeric.map((right) => (right ? '---:' : '---')).join(' | ')} |`);
      for (const row of section.rows) {
        lines.push(`| ${row.map((cell) => (cell.tone === 'warning' ? `**${escapeMarkdown(cell.text, { inCell: true })}**` : escapeMarkdown(cell.text, { inCell: true }))).join(' | ')} |`);
      }
    }
    // A paragraph each: lines next to each other would run together as one.
    for (const line of section.lines) lines.push('', escapeMarkdown(line));
  }
  return lines.join('\n') + '\n';
}

/**
 * Escapes text for a Markdown paragraph or table cell: backslash-escapes the characters that
 * make inline markup anywhere (\\ ` * _ [ ] | ~) and those that start a block at the beginning
 * of a line (# + - = and "1." list markers), turns & < > into entities so no HTML passes
 * through, and joins lines, since a newline would end a table row. `inCell` skips the
 * line-start escapes, which a table cell does not need, so figures read plainly in the raw file.
 */
export function escapeMarkdown(text: string, { inCell = false }: { readonly inCell?: boolean } = {}): string {
  const inline = text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`);
  // Inside a table cell nothing starts a block, so figures like -0.12 need no escape there.
  return (inCell ? inline : inline.replace(/^(\s*)([#+=-]|\d+[.)])/, (_match, space: string, marker: string) => `${space}${marker.replace(/([#+=\-.)])$/, '\\$1')}`))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
