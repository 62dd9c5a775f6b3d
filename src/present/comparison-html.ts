/**
 * A Comparison as one self-contained HTML page: inline CSS, no scripts, fonts, images or
 * requests, so it opens offline in any browser and prints well. Every piece of text goes through
 * `escapeHtml`, so a name like `<script>` is shown, never run.
 */
import type { Comparison } from '../compare/comparison.js';
import { layoutComparison, type Cell } from './comparison-sections.js';
import { escapeHtml } from './html/escape-html.js';

const STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #d9dee7; --warn: #9a3412; --warn-bg: #fff4ed; --loss: #b91c1c; --loss-bg: #fef2f2; --gain: #15803d; --gain-bg: #f0fdf4; --head: #f3f5f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.1rem; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h2 small { font-weight: normal; color: var(--muted); font-size: 0.85rem; margin-left: 6px; }
p { margin: 6px 0; }
.generated { color: var(--muted); margin: 0 0 12px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--head); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.warning { color: var(--warn); background: var(--warn-bg); font-weight: 600; }
td.loss { color: var(--loss); background: var(--loss-bg); font-weight: 600; }
td.gain { color: var(--gain); background: var(--gain-bg); font-weight: 600; }
td.dim { color: var(--muted); }
td.nowrap { white-space: nowrap; }
.none { color: var(--muted); font-style: italic; }
@media print { body { font-size: 11px; } main { max-width: none; padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } .scroll { overflow: visible; } }
`;

/** Formats the comparison as a complete HTML document. */
export function formatComparisonHtml(comparison: Comparison): string {
  const layout = layoutComparison(comparison);
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No request may leave the page, whatever a name contains.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(layout.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(layout.title)}</h1>`,
    `<p class="generated">nodefinder compare, seed ${escapeHtml(String(comparison.options.seed))}</p>`,
  ];
  for (const section of layout.sections) {
    out.push('<section>');
    out.push(`<h2>${escapeHtml(section.title)}${section.shown ? ` <small>${escapeHtml(section.shown)}</small>` : ''}</h2>`);
    if (section.rows.length > 0) {
      const numeric = section.columns.map((_, c) => section.rows.every((row) => row[c]?.numeric ?? false));
      out.push('<div class="scroll"><table>');
      out.push(`<thead><tr>${section.columns.map((column, c) => `<th${numeric[c] ? ' class="num"' : ''}>${escapeHtml(column)}</th>`).join('')}</tr></thead>`);
      out.push('<tbody>');
      for (const row of section.rows) out.push(`<tr>${row.map(cell).join('')}</tr>`);
      out.push('</tbody></table></div>');
    }
    for (const line of section.lines) out.push(`<p${line === 'none' || line.startsWith('none:') ? ' class="none"' : ''}>${escapeHtml(line)}</p>`);
    out.push('</section>');
  }
  out.push('</main>', '</body>', '</html>');
  return out.join('\n') + '\n';
}

function cell(value: Cell): string {
  const classes = [value.numeric ? 'num' : '', value.tone ?? '', value.nowrap ? 'nowrap' : ''].filter(Boolean).join(' ');
  return `<td${classes ? ` class="${classes}"` : ''}>${escapeHtml(value.text)}</td>`;
}
