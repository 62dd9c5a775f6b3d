/**
 * The report as one self-contained HTML file: it opens offline in any browser and prints well to
 * PDF. Nothing is fetched: the styles are inline, the map and charts are inline SVG computed here,
 * there is no script, and a Content-Security-Policy forbids every request as a second line of
 * defence. Every name passes through escapeHtml. Same content as the Markdown report
 * (report-content.ts), plus the map and the charts.
 */
import type { Analysis } from '../../analyse.js';
import type { Organisation } from '../../organisation/organisation.js';
import { buildReportContent, NO_TEAMS_SHOWN, type ReportSection, type ReportTable } from '../report-content.js';
import { teamLinks } from '../team-links.js';
import { escapeHtml } from './escape-html.js';
import { renderRankingChart } from './ranking-chart-svg.js';
import { REPORT_STYLE } from './report-style.js';
import { layoutTeamMap } from './team-map-layout.js';
import { renderTeamMap } from './team-map-svg.js';

// No source of any kind may be loaded; inline styles are the only thing allowed.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'";

/** Formats the released analysis of `organisation`; the same input gives the same bytes. */
export function formatHtml(analysis: Analysis, organisation: Organisation): string {
  const links = teamLinks(analysis, organisation);
  const content = buildReportContent(analysis, links);
  const layout = layoutTeamMap(analysis.teams, links);
  const sections: string[] = [];
  const section = (id: string, title: string, body: string) => sections.push(`<section id="${id}" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${escapeHtml(title)}</h2>${body}</section>`);
  const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const list = (items: readonly string[], cls = '') => `<ul${cls ? ` class="${cls}"` : ''}>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  const plain = (s: ReportSection) => paragraph(s.lead) + htmlTable(s.table);

  const figures = content.figures.rows
    .map(([label, value]) => `<div class="figure"><span class="value">${escapeHtml(value)}</span><span class="label">${escapeHtml(label)}</span></div>`)
    .join('');
  section('summary', 'Summary', `${list(content.headlines, 'headlines')}<div class="figures">${figures}</div>`);
  const teamTies = content.teamTies ? `<h3>${escapeHtml(content.teamTies.title)}</h3>${plain(content.teamTies)}` : '';
  section('map', 'Map of the organisation', renderTeamMap(analysis, links, layout) + teamTies);
  section('connectors', content.connectors.title, paragraph(content.connectors.lead) + renderRankingChart(content.connectors, 'connectors-chart') + htmlTable(content.connectors.table));
  section('brokers', content.brokers.title, paragraph(content.brokers.lead) + renderRankingChart(content.brokers, 'brokers-chart') + htmlTable(content.brokers.table));
  section('silos', content.silos.title, plain(content.silos));
  section('risks', content.risks.title, `${plain(content.risks)}<h3>${escapeHtml(content.bridges.title)}</h3>${plain(content.bridges)}`);
  section('introductions', content.introductions.title, plain(content.introductions));
  section(
    'departments',
    'Departments and teams',
    content.departments.length === 0
      ? `<p class="empty">${escapeHtml(NO_TEAMS_SHOWN)}</p>`
      : content.departments
          .map((d) => `<h3>${escapeHtml(d.title)}</h3>${paragraph(d.lead)}${htmlTable(d.teams)}<h4>Key people</h4>${htmlTable(d.people)}`)
          .join(''),
  );
  const layoutNote =
    `Map layout: ForceAtlas2 (graphology-layout-forceatlas2) over the teams with ties to other teams, ${layout.iterations} iterations ` +
    'from positions around a circle in department order, with no randomness; teams without such ties are drawn in a row below.';
  section(
    'methods',
    'Methods and privacy',
    `<h3>Data</h3>${list(content.methods.data)}<h3>Options</h3>${htmlTable(content.methods.options)}${paragraph(layoutNote)}` +
      `<h3>Measures</h3>${htmlTable(content.methods.measures)}<h3>Privacy</h3>${list(content.methods.privacy)}`,
  );

  const toc = [
    ['summary', 'Summary'], ['map', 'Map of the organisation'], ['connectors', 'Connectors'], ['brokers', 'Brokers'], ['silos', 'Silos'],
    ['risks', 'Single points of failure'], ['introductions', 'Introductions'], ['departments', 'Departments and teams'], ['methods', 'Methods and privacy'],
  ].map(([id, title]) => `<li><a href="#${id}">${title}</a></li>`).join('');

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="nodefinder">',
    `<title>${escapeHtml(`${content.title}: ${content.subtitle}`)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeHtml(content.title)}</h1><p class="subtitle">${escapeHtml(content.subtitle)}</p><nav aria-label="Contents"><ol>${toc}</ol></nav></header>`,
    `<main>${sections.join('\n')}</main>`,
    '<footer><p>Made by nodefinder. This file is self-contained: it loads nothing from the network and runs no script.</p></footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A table with a header row, figures right-aligned; or the table's `empty` sentence. */
function htmlTable(table: ReportTable): string {
  if (table.rows.length === 0) return `<p class="empty">${escapeHtml(table.empty)}</p>`;
  const cls = (numeric: boolean | undefined) => (numeric ? ' class="num"' : '');
  const head = table.columns.map((column) => `<th scope="col"${cls(column.numeric)}>${escapeHtml(column.title)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${cls(table.columns[i]?.numeric)}>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  const footnote = table.footnote ? `<p class="footnote">${escapeHtml(table.footnote)}</p>` : '';
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${footnote}`;
}
