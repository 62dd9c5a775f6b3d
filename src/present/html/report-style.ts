/**
 * The report's stylesheet, inlined in the file: system fonts only (nothing to download), a calm
 * screen layout, and print rules so that "Print to PDF" gives clean A4 pages (no navigation,
 * every department open, figures and table rows never split, table headers repeated on each page).
 */
import { RISK_COLOUR, SILO_COLOUR, TIE_COLOUR } from './map-palette.js';

export const REPORT_STYLE = `
:root { color-scheme: light; --ink: #1f2933; --muted: #5f6b7a; --rule: #d9dee5; --paper: #fff; --ground: #f4f6f8; --accent: #2f5d8a; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--ground); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
header, main, footer { max-width: 1080px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 28px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 18px 0 8px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
h4 { font-size: 14px; margin: 12px 0 4px; color: var(--muted); }
p { margin: 6px 0 10px; }
.subtitle { color: var(--muted); margin: 0 0 12px; }
nav ol { columns: 2; margin: 8px 0 0; padding-left: 20px; font-size: 14px; }
nav a { color: var(--accent); }
section { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 6px 24px 16px; margin: 18px 0; overflow-x: auto; }
ul.headlines { padding-left: 20px; }
ul.headlines li { margin: 3px 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); align-items: start; gap: 10px; margin: 12px 0 6px; }
.figure { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 12px; }
.figure .value { display: block; font-size: 20px; font-weight: 600; font-variant-numeric: tabular-nums; }
.figure .label { display: block; color: var(--muted); font-size: 12px; line-height: 1.3; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--rule); overflow-wrap: break-word; }
th { background: #eef1f5; font-weight: 600; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; overflow-wrap: normal; }
th.num { white-space: normal; }
tbody tr:nth-child(even) td { background: #fafbfc; }
p.empty { color: var(--muted); font-style: italic; }
p.footnote { color: var(--muted); font-size: 12px; margin-top: -8px; }
figure { margin: 10px 0 14px; }
svg { display: block; max-width: 100%; height: auto; }
svg.team-map { border: 1px solid var(--rule); border-radius: 6px; background: #fcfcfd; }
svg.team-map .ties line { stroke-opacity: 0.45; }
svg.team-map .team circle { stroke: #fff; stroke-width: 1; }
svg.team-map .team.silo circle:last-child { stroke: ${SILO_COLOUR}; stroke-width: 3.5; }
svg.team-map .team circle.risk-ring { fill: none; stroke: ${RISK_COLOUR}; stroke-width: 2.5; stroke-dasharray: 4 2.5; }
svg.team-map .labels text { font-size: 11px; text-anchor: middle; fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg.team-map .labels text.silo-label { fill: ${SILO_COLOUR}; font-weight: 600; }
svg.team-map .unlinked line { stroke: var(--rule); stroke-width: 1; }
svg.team-map .unlinked text { font-size: 12px; fill: var(--muted); }
svg.chart text { font-size: 12px; fill: var(--ink); }
svg.chart text.name { text-anchor: end; }
svg.chart text.team { text-anchor: end; font-size: 10.5px; fill: var(--muted); }
svg.chart text.value { font-variant-numeric: tabular-nums; }
svg.chart .threshold { stroke: ${TIE_COLOUR}; stroke-width: 1.5; stroke-dasharray: 5 4; }
svg.chart .threshold-label { font-size: 11px; fill: var(--muted); }
ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 8px 0; padding: 0; font-size: 13px; color: var(--muted); }
ul.legend li { display: flex; align-items: center; gap: 4px; }
ul.legend svg.swatch { display: inline-block; }
ul.legend .key { display: inline-block; width: 14px; height: 14px; border-radius: 2px; }
ul.legend .key.dashed { width: 18px; height: 0; border-top: 2px dashed ${TIE_COLOUR}; border-radius: 0; }
figcaption { color: var(--muted); font-size: 13px; }
/* The departments' index in columns, and each department a line that opens to its tables. */
ol.department-index { columns: 3 15em; column-gap: 28px; list-style: none; margin: 8px 0 16px; padding: 0; font-size: 13px; }
ol.department-index li { break-inside: avoid; padding: 1px 0; }
ol.department-index a { color: var(--accent); }
ol.department-index .count { color: var(--muted); white-space: nowrap; }
ol.department-index .silos { color: ${SILO_COLOUR}; }
details.department { border-top: 1px solid var(--rule); scroll-margin-top: 8px; }
details.department > summary { cursor: pointer; padding: 7px 0; }
details.department > summary h3 { display: inline; margin: 0; }
details.department > summary .lead { color: var(--muted); font-size: 14px; margin-left: 4px; }
details.department:target > summary { background: #fff4d1; }
footer { color: var(--muted); font-size: 13px; padding-bottom: 28px; }
/* A narrow window: less padding, smaller tables; a table still too wide scrolls inside its section, not the page. */
@media (max-width: 900px) {
  header, main, footer { padding: 0 10px; }
  section { padding: 6px 12px 12px; }
  table { font-size: 12px; }
  th, td { padding: 3px 5px; }
}
/* A phone: one column of contents; figures and tables keep a legible width and scroll sideways
   inside their section (scaled to 344 px, the map's labels were 5 px tall, and a table's last
   column 90 px wide made rows 300 px tall). */
@media (max-width: 480px) {
  nav ol { columns: 1; }
  .figures { grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); }
  figure { overflow-x: auto; }
  svg.team-map, svg.chart { min-width: 720px; }
  table { min-width: 640px; }
}
@media print {
  @page { size: A4; margin: 14mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 10.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  nav { display: none; }
  section { border: none; border-radius: 0; padding: 0; margin: 0 0 10pt; overflow: visible; }
  table { font-size: 8.5pt; }
  th, td { padding: 2px 4px; }
  h2, h3, h4 { break-after: avoid; }
  figure, tr, .figure { break-inside: avoid; }
  /* Every department open on paper, whether or not it is on screen (::details-content: Chromium 131, Safari 18.4, Firefox 143). */
  details::details-content { content-visibility: visible; }
  summary { list-style: none; break-after: avoid; }
  summary::-webkit-details-marker { display: none; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;
