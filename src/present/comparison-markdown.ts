/**
 * A Comparison as Markdown, for wikis and pull requests: a heading per section, its table, and
 * its sentences. Every piece of text is escaped as the report's is (markdown-escape.ts), so a
 * name holding `|`, `*`, `$`, `<script>`, a link or a newline stays text and cannot break the table.
 */
import type { Comparison } from '../compare/comparison.js';
import { layoutComparison } from './comparison-sections.js';
import { escapeMarkdown } from './markdown-escape.js';

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
      lines.push(`| ${section.columns.map((column) => escapeMarkdown(column) || ' ').join(' | ')} |`);
      lines.push(`| ${numeric.map((right) => (right ? '---:' : '---')).join(' | ')} |`);
      for (const row of section.rows) {
        // Bold for what a reader should notice; the change's sign, or the list's title, says which way it went.
        lines.push(`| ${row.map((cell) => (cell.tone && cell.tone !== 'dim' ? `**${escapeMarkdown(cell.text)}**` : escapeMarkdown(cell.text))).join(' | ')} |`);
      }
    }
    // A paragraph each: lines next to each other would run together as one.
    for (const line of section.lines) lines.push('', escapeParagraph(line));
  }
  return lines.join('\n') + '\n';
}

/**
 * A paragraph escaped as every Markdown output escapes its text (markdown-escape.ts), and, since
 * a comparison's notes may begin with a name, with a list or setext marker at its start ("+",
 * "-", "=", "1.") escaped too, so it stays a paragraph.
 */
function escapeParagraph(text: string): string {
  return escapeMarkdown(text).replace(/^(\s*)([+=-]|\d+[.)])/, (_match, space: string, marker: string) => `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}
