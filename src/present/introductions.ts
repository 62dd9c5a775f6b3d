/**
 * Introductions as text, JSON or CSV, for `nodefinder suggest`.
 */
import type { Analysis } from '../analyse.js';
import type { Introduction } from '../introductions/suggest-introductions.js';
import { formatCsv } from './csv.js';
import { PLAIN, type TextStyle } from './load-report-text.js';

export function formatIntroductionsText(introductions: readonly Introduction[], style: TextStyle = PLAIN): string {
  if (introductions.length === 0) return 'No introductions to suggest.\n';
  return introductions.map((item, i) => `${i + 1}. ${item.warm ? '' : style.warning('cold: ')}${item.reason}\n${style.dim(`   score ${item.score.toFixed(3)} (need ${item.components.need.toFixed(2)}, value ${item.components.value.toFixed(2)}, plausibility ${item.components.plausibility.toFixed(2)})`)}`).join('\n') + '\n';
}

export function formatIntroductionsJson(introductions: readonly Introduction[]): string {
  return JSON.stringify(introductions, null, 2) + '\n';
}

/** One row per introduction, with names and teams beside the ids for readers of a spreadsheet. */
export function formatIntroductionsCsv(introductions: readonly Introduction[], analysis: Pick<Analysis, 'people' | 'teams'>): string {
  const person = new Map(analysis.people.map((p) => [p.id, p]));
  const teamName = new Map(analysis.teams.map((t) => [t.id, t.name]));
  const name = (id: string) => person.get(id)?.name ?? '';
  const team = (id: string) => teamName.get(person.get(id)?.team ?? '') ?? '';
  return formatCsv(
    ['from', 'from_name', 'from_team', 'to', 'to_name', 'to_team', 'via', 'via_names', 'warm', 'score', 'need', 'value', 'plausibility', 'reason'],
    introductions.map((item) => [
      item.from, name(item.from), team(item.from), item.to, name(item.to), team(item.to),
      item.via.join(';'), item.via.map(name).join(';'), item.warm, item.score,
      item.components.need, item.components.value, item.components.plausibility, item.reason,
    ]),
  );
}
