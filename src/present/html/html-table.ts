/** A report table as HTML. */
import type { ReportTable } from '../report-content.js';
import { escapeHtml } from './escape-html.js';

/** A table with a header row, figures right-aligned; or the table's `empty` sentence. */
export function htmlTable(table: ReportTable): string {
  if (table.rows.length === 0) return `<p class="empty">${escapeHtml(table.empty)}</p>`;
  const cls = (numeric: boolean | undefined) => (numeric ? ' class="num"' : '');
  const head = table.columns.map((column) => `<th scope="col"${cls(column.numeric)}>${escapeHtml(column.title)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${cls(table.columns[i]?.numeric)}>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  const footnote = table.footnote ? `<p class="footnote">${escapeHtml(table.footnote)}</p>` : '';
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${footnote}`;
}
