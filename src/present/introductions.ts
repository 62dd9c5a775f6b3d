/**
 * Introductions as text or JSON, for `nodefinder suggest` (CSV: the introductions table of
 * csv-tables.ts).
 */
import type { Introduction } from '../introductions/suggest-introductions.js';
import { PLAIN, type TextStyle } from './load-report-text.js';
import { formatCount, fixed } from './number-format.js';

/** The part of the plan shown (`suggest --for` / `--team`), to say why it may be empty. */
export interface PlanView {
  readonly of: 'person' | 'team';
  readonly maxPerPerson: number;
}

/** `beforeLimit`: the introductions there were before --limit, said when more than are listed. */
export function formatIntroductionsText(introductions: readonly Introduction[], style: TextStyle = PLAIN, seed?: number, view?: PlanView, beforeLimit = introductions.length): string {
  // The plan depends on the seeded steps (communities, sampled betweenness): say which seed made it.
  const seedLine = seed === undefined ? '' : style.dim(`Seed ${seed}: the same files, options and seed give the same plan.\n`);
  const cut = beforeLimit > introductions.length ? style.dim(`${formatCount(introductions.length)} of ${formatCount(beforeLimit)} shown; --limit ${beforeLimit} for all.\n`) : '';
  // A figure of a small team's is withheld (privacy/release.ts): say what the dash means.
  const withheld = introductions.some((item) => Number.isNaN(item.score))
    ? style.dim('– : withheld, as an end is in a team smaller than the minimum group size (--min-group-size).\n')
    : '';
  const footer = withheld + cut + seedLine;
  if (introductions.length === 0) return (view ? emptyView(view) : 'No introductions to suggest.\n') + footer;
  return introductions.map((item, i) => `${i + 1}. ${item.warm ? '' : style.warning('cold: ')}${item.reason}\n${style.dim(`   score ${fixed(item.score)} (need ${fixed(item.components.need, 2)}, value ${fixed(item.components.value, 2)}, plausibility ${fixed(item.components.plausibility, 2)})`)}`).join('\n') + '\n' + footer;
}

/**
 * An empty view is no fault: the plan serves the teams that most need links first, and spreads
 * the asks. The id or team typed is not repeated, as the output may be pseudonymised.
 */
function emptyView(view: PlanView): string {
  const whom = view.of === 'person' ? 'includes this person (--for)' : 'has an end in this team (--team)';
  return `No introduction of the organisation-wide plan ${whom}. The plan goes first to silos and to teams with few ties to others, and asks no one to take part in more than ${view.maxPerPerson} (--max-per-person).\n`;
}

export function formatIntroductionsJson(introductions: readonly Introduction[]): string {
  return JSON.stringify(introductions, null, 2) + '\n';
}
