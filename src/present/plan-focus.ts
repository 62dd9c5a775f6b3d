/**
 * One sentence on where an introduction plan is concentrated, for a reader who would otherwise
 * scan twenty lines that each name the same two teams (Lazega's law firm: every introduction
 * links its two largest offices). Said only when one pair of teams holds most of the
 * introductions listed and both teams are shown (a small team's name is withheld).
 */
import type { Analysis } from '../analyse.js';
import type { Introduction } from '../introductions/suggest-introductions.js';
import { formatCount } from './number-format.js';
import { oneLine } from './one-line.js';
import { teamLookup } from './team-labels.js';

/** Fewest introductions listed for a focus to be worth a sentence. */
const LEAST_LISTED = 3;

/** The sentence, or '' when no pair of teams holds more than half of `listed`. */
export function planFocus(analysis: Pick<Analysis, 'people' | 'teams' | 'privacy' | 'summary'>, listed: readonly Introduction[]): string {
  if (listed.length < LEAST_LISTED) return '';
  const teamOf = new Map(analysis.people.map((person) => [person.id, person.team]));
  const teams = teamLookup(analysis);
  const counts = new Map<string, { teams: [string, string]; count: number }>();
  for (const { from, to } of listed) {
    const pair = [teamOf.get(from), teamOf.get(to)];
    // A person with no team, or in a withheld team, names no pair the reader may see.
    if (pair.some((id) => id == null || teams.team(id) === undefined)) continue;
    const [a, b] = (pair as [string, string]).sort();
    const key = `${a}\n${b}`;
    const entry = counts.get(key) ?? counts.set(key, { teams: [a, b], count: 0 }).get(key)!;
    entry.count++;
  }
  const top = [...counts.values()].sort((x, y) => y.count - x.count)[0];
  if (!top || top.count * 2 <= listed.length) return '';
  // A team name may hold a line break (a quoted CSV value): on one line it cannot pass for a line of the output.
  const [a, b] = top.teams.map((id) => oneLine(teams.label(id)));
  const share = top.count === listed.length ? `All ${formatCount(listed.length)}` : `${formatCount(top.count)} of the ${formatCount(listed.length)}`;
  // With no silo the plan's need is only how inward a team is: say so, or the reader looks for a
  // gap. Not when teams are withheld: a small team may be a silo the release does not count.
  const noSilo = analysis.summary.silos === 0 && (analysis.privacy?.teamsSuppressed ?? 0) === 0;
  const why = noSilo ? ' No team is a silo, so the plan favours the teams whose ties stay most inside and the pairs of teams less linked than usual for their size.' : '';
  return `${share} introductions listed link ${a} and ${b}.${why}`;
}
