/**
 * Introductions as text or JSON, for `nodefinder suggest` (CSV: the introductions table of
 * csv-tables.ts).
 */
import type { EmptyViewReason, NamedPair } from '../introductions/empty-view.js';
import type { Introduction } from '../introductions/suggest-introductions.js';
import { PLAIN, type TextStyle } from './load-report-text.js';
import { counted, formatCount, fixed, joinList } from './number-format.js';
import { oneLine } from './one-line.js';

/** An empty part of the plan (`suggest --for` / `--team`), and why it is empty. */
export interface PlanView {
  readonly maxPerPerson: number;
  /** Pairs excluded (--exclude): they may be what the view would have held. */
  readonly excludedPairs: number;
  readonly reason: EmptyViewReason;
}

/** `beforeLimit`: the introductions there were before --limit, said when more than are listed. */
export function formatIntroductionsText(introductions: readonly Introduction[], style: TextStyle = PLAIN, seed?: number, view?: PlanView, beforeLimit = introductions.length): string {
  // The plan depends on the seeded steps (communities, sampled betweenness): say which seed made it.
  const seedLine = seed === undefined ? '' : style.dim(`Seed ${seed}: the same files, options and seed give the same plan.\n`);
  const cut = beforeLimit > introductions.length ? style.dim(`${formatCount(introductions.length)} of ${formatCount(beforeLimit)} shown; --limit ${beforeLimit} for all.\n`) : '';
  // A figure of a small team's is withheld (privacy/release.ts): say what the dash means.
  const withheld = introductions.some((item) => Number.isNaN(item.score))
    ? style.dim('– : withheld, as an end is in a team smaller than the minimum group size (--min-group-size); the order still follows the score.\n')
    : '';
  const footer = withheld + cut + seedLine;
  if (introductions.length === 0) return (view ? emptyView(view) : 'No introductions to suggest.\n') + footer;
  return introductions.map((item, i) => `${i + 1}. ${item.warm ? '' : style.warning('cold: ')}${oneLine(item.reason)}\n${style.dim(`   score ${fixed(item.score)} (need ${fixed(item.components.need, 2)}, value ${fixed(item.components.value, 2)}, plausibility ${fixed(item.components.plausibility, 2)})`)}`).join('\n') + '\n' + footer;
}

/**
 * An empty view is no fault: say why, as far as the plan tells (empty-view.ts). The id or team
 * typed is not repeated, as the output may be pseudonymised.
 */
function emptyView(view: PlanView): string {
  const cap = `${view.maxPerPerson} (--max-per-person)`;
  const reason = view.reason;
  // An excluded pair may be what the view would have held.
  const excluded = view.excludedPairs > 0 ? '; it leaves out the pairs excluded (--exclude)' : '';
  switch (reason.why) {
    case 'no interactions':
      return 'This person has no interactions in the data, so the plan has no one to introduce them through: they may have left, or be missing from the export.\n';
    case 'no team':
      return `This person is in no team, and the plan introduces people of different teams to each other${reason.introduces.length === 0 ? '' : `; they introduce ${introduced(reason.introduces, '')}`}.\n`;
    case 'introducer only':
      return `This person is not one of the two introduced in any introduction of the plan, but introduces ${introduced(reason.introduces, reason.introduces.length >= view.maxPerPerson ? ` (no one takes part in more than ${view.maxPerPerson}, --max-per-person)` : '')}.\n`;
    case 'no members':
      return 'This team has no members in the staff file, so no introduction has an end in it.\n';
    case 'silo contacts at the cap':
      return `This team is a silo, and everyone outside it who knows one of its members (${names(reason.contacts)}) is already in ${counted(view.maxPerPerson, 'introduction', 'introductions')} of the plan, the most one person is asked to take part in (--max-per-person).\n`;
    case 'silo under the cap':
      return `No introduction of the organisation-wide plan has an end in this team (--team). Though the team is a silo, the introductions it could have gave way to others that came first, as no one is asked to take part in more than ${cap}: with no such limit, the plan has one for it${excluded}.\n`;
    case 'silo out of reach':
      return `No introduction of the organisation-wide plan has an end in this team (--team). Though the team is a silo, the plan has none for it even with no limit per person (--max-per-person): no one knows both one of its people and someone in another team they have not met, and no cold introduction (with someone of another team who has at least one interaction) is left to it${excluded}.\n`;
    case 'plain': {
      const whom = reason.of === 'person' ? 'introduces this person (--for)' : 'has an end in this team (--team)';
      return `No introduction of the organisation-wide plan ${whom}. The plan goes first to silos and to teams with few ties to others, and asks no one to take part in more than ${cap}${excluded}.\n`;
    }
  }
}

/** "2 of them<note>: Ann Smith to Bob Jones and Eve Novak to Hal Evans". */
function introduced(pairs: readonly NamedPair[], note: string): string {
  return `${pairs.length} of them${note}: ${joinList(pairs.map(([from, to]) => `${oneLine(from)} to ${oneLine(to)}`))}`;
}

/** The first three names, then how many more. */
function names(given: readonly string[]): string {
  const all = given.map(oneLine);
  return all.length > 3 ? `${all.slice(0, 3).join(', ')} and ${all.length - 3} more` : joinList(all);
}

export function formatIntroductionsJson(introductions: readonly Introduction[]): string {
  return JSON.stringify(introductions, null, 2) + '\n';
}
