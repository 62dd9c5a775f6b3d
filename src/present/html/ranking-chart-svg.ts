/**
 * A ranking as a horizontal SVG bar chart: one bar per person (name and team on the left, value
 * at the bar's end), bars of people who hold the role in the accent colour and the rest in grey,
 * and the role's threshold as a dashed line, so a reader sees who clears it and by how much.
 */
import type { Ranking } from '../report-content.js';
import { escapeHtml } from './escape-html.js';
import { OTHER_BAR_COLOUR, ROLE_BAR_COLOUR } from './map-palette.js';
import { shorten } from './shorten.js';

const WIDTH = 760;
const LABEL_WIDTH = 230;
const VALUE_ROOM = 64;
const ROW = 32;
const TOP = 26;
const BOTTOM = 8;
/** A generous width of one character of a value at 12 px (digits are tabular, about 7 px). */
const VALUE_CHAR_WIDTH = 7.5;

/** The chart as a <figure> with a legend; `id` makes its title and description addressable. */
export function renderRankingChart(ranking: Ranking, id: string): string {
  if (ranking.bars.length === 0) return '';
  const barsWidth = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const largest = Math.max(ranking.threshold, ...ranking.bars.map((bar) => bar.value));
  const x = (value: number) => LABEL_WIDTH + (largest > 0 ? (value / largest) * barsWidth : 0);
  const height = TOP + ranking.bars.length * ROW + BOTTOM;
  const thresholdX = ranking.threshold > 0 ? x(ranking.threshold) : null;
  // A value goes after its bar's end, unless the threshold line would strike it through there
  // (a bar ending just short of the line): then inside the bar's end, on the near side of the
  // line, or past the line when the bar is too short to hold it.
  const valueText = (end: number, text: string) => {
    const width = text.length * VALUE_CHAR_WIDTH;
    const after = end + 6;
    if (thresholdX === null || !(after - 3 < thresholdX && thresholdX < after + width + 3)) return `x="${after.toFixed(1)}"`;
    if (end - LABEL_WIDTH >= width + 12) return `x="${(end - 6).toFixed(1)}" text-anchor="end"`;
    return `x="${(thresholdX + 6).toFixed(1)}"`;
  };
  const rows = ranking.bars.map((bar, i) => {
    const y = TOP + i * ROW;
    const end = x(bar.value);
    const colour = bar.holdsRole ? ROLE_BAR_COLOUR : OTHER_BAR_COLOUR;
    return (
      `<g class="bar"><title>${escapeHtml(`${bar.label} (${bar.team}): ${ranking.measure} ${bar.valueText}${bar.holdsRole ? `, ${ranking.role}` : ''}`)}</title>` +
      `<text class="name" x="${LABEL_WIDTH - 8}" y="${y + 13}">${escapeHtml(shorten(bar.label, 30))}</text>` +
      `<text class="team" x="${LABEL_WIDTH - 8}" y="${y + 26}">${escapeHtml(shorten(bar.team, 36, 'middle'))}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 5}" width="${Math.max(end - LABEL_WIDTH, 1).toFixed(1)}" height="${ROW - 10}" fill="${colour}"/>` +
      `<text class="value" ${valueText(end, bar.valueText)} y="${y + 20}">${escapeHtml(bar.valueText)}</text></g>`
    );
  });
  const threshold =
    thresholdX !== null
      ? `<line class="threshold" x1="${thresholdX.toFixed(1)}" y1="${TOP - 4}" x2="${thresholdX.toFixed(1)}" y2="${height - BOTTOM}"/>` +
        `<text class="threshold-label" x="${thresholdX.toFixed(1)}" y="${TOP - 9}" text-anchor="${thresholdX > WIDTH - 140 ? 'end' : 'middle'}">${escapeHtml(ranking.thresholdText)}</text>`
      : '';
  const svg =
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(ranking.title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(`Bar chart of ${ranking.measure} for the ${ranking.bars.length} highest-ranked people, with the ${ranking.thresholdText}.`)}</desc>` +
    `${rows.join('')}${threshold}</svg>`;
  const legend =
    `<ul class="legend"><li><span class="key" style="background:${ROLE_BAR_COLOUR}"></span> ${escapeHtml(ranking.role)}</li>` +
    `<li><span class="key" style="background:${OTHER_BAR_COLOUR}"></span> not a ${escapeHtml(ranking.role)}</li>` +
    `<li><span class="key dashed"></span> ${escapeHtml(ranking.thresholdText)}</li></ul>`;
  return `<figure class="ranking">${svg}${legend}</figure>`;
}
