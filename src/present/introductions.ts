/**
 * Introductions as text or JSON, for `nodefinder suggest` (CSV: the introductions table of
 * csv-tables.ts).
 */
import type { Introduction } from '../introductions/suggest-introductions.js';
import { PLAIN, type TextStyle } from './load-report-text.js';

export function formatIntroductionsText(introductions: readonly Introduction[], style: TextStyle = PLAIN, seed?: number): string {
  // The plan depends on the seeded steps (communities, sampled betweenness): say which seed made it.
  const footer = seed === undefined ? '' : style.dim(`Seed ${seed}: the same files, options and seed give the same plan.\n`);
  if (introductions.length === 0) return 'No introductions to suggest.\n' + footer;
  return introductions.map((item, i) => `${i + 1}. ${item.warm ? '' : style.warning('cold: ')}${item.reason}\n${style.dim(`   score ${item.score.toFixed(3)} (need ${item.components.need.toFixed(2)}, value ${item.components.value.toFixed(2)}, plausibility ${item.components.plausibility.toFixed(2)})`)}`).join('\n') + '\n' + footer;
}

export function formatIntroductionsJson(introductions: readonly Introduction[]): string {
  return JSON.stringify(introductions, null, 2) + '\n';
}
