/**
 * The report as Markdown, for wikis and pull requests: the same content as the HTML report
 * (report-content.ts), with tables in place of the map and charts. Every piece of text is
 * escaped (markdown-escape.ts), so a name shows as the characters it holds.
 */
import type { Analysis } from '../analyse.js';
import { escapeMarkdown } from './markdown-escape.js';
import { buildReportContent, NO_TEAMS_SHOWN, type ReportSection, type ReportTable } from './report-content.js';
import type { Organisation } from '../organisation/organisation.js';
import { teamLinks } from './team-links.js';

export interface MarkdownOptions {
  /** The organisation the analysis was made from, for the table of ties between teams; without it that table is left out. */
  readonly organisation?: Organisation;
}

/** Formats the released analysis; the same analysis gives the same text. */
export function formatMarkdown(analysis: Analysis, options: MarkdownOptions = {}): string {
  const content = buildReportContent(analysis, options.organisation ? teamLinks(analysis, options.organisation) : null);
  const out: string[] = [];
  const heading = (level: number, text: string) => out.push(`${'#'.repeat(level)} ${escapeMarkdown(text)}`, '');
  const paragraph = (text: string) => out.push(escapeMarkdown(text), '');
  const list = (items: readonly string[]) => out.push(...items.map((item) => `- ${escapeMarkdown(item)}`), '');
  const table = (t: ReportTable) => {
    out.push(...markdownTable(t), '');
    if (t.rows.length > 0 && t.footnote) paragraph(t.footnote);
  };
  const section = (level: number, s: ReportSection) => {
    heading(level, s.title);
    paragraph(s.lead);
    table(s.table);
  };

  heading(1, content.title);
  paragraph(content.subtitle);
  heading(2, 'Summary');
  list(content.headlines);
  table(content.figures);
  if (content.teamTies) section(2, content.teamTies);
  for (const ranking of [content.connectors, content.brokers]) {
    heading(2, ranking.title);
    paragraph(ranking.lead);
    table(ranking.table);
  }
  section(2, content.silos);
  section(2, content.risks);
  section(3, content.bridges);
  section(2, content.introductions);
  heading(2, 'Departments and teams');
  if (content.departments.length === 0) paragraph(NO_TEAMS_SHOWN);
  for (const department of content.departments) {
    heading(3, department.title);
    paragraph(department.lead);
    table(department.teams);
    out.push('Key people:', '');
    table(department.people);
  }
  heading(2, 'Methods and privacy');
  heading(3, 'Data');
  list(content.methods.data);
  heading(3, 'Options');
  table(content.methods.options);
  heading(3, 'Measures');
  table(content.methods.measures);
  heading(3, 'Privacy');
  list(content.methods.privacy);
  out.push('Made by nodefinder.');
  return out.join('\n') + '\n';
}

/** A GitHub Flavored Markdown table, or the table's `empty` sentence when it has no rows. */
function markdownTable(table: ReportTable): string[] {
  if (table.rows.length === 0) return [escapeMarkdown(table.empty)];
  const row = (cells: readonly string[]) => `| ${cells.map((cell) => escapeMarkdown(cell) || ' ').join(' | ')} |`;
  return [
    row(table.columns.map((column) => column.title)),
    `|${table.columns.map((column) => (column.numeric ? '---:' : '---')).join('|')}|`,
    ...table.rows.map(row),
  ];
}
