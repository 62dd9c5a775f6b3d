/**
 * A person listed with no team because theirs is withheld (team-labels.ts) would read as missing
 * data: the label is marked, and the list it is in says why under it, in the text summary and
 * in the reports alike.
 */
import type { Analysis } from '../analyse.js';

/** Follows the team label of someone whose team may be withheld. */
export const WITHHELD_TEAM_MARK = '*';

/** The line under a list that marks a withheld team. */
export function withheldTeamNote(analysis: Pick<Analysis, 'privacy'>): string {
  const size = analysis.privacy ? `fewer than ${analysis.privacy.minGroupSize} people (--min-group-size)` : 'below the minimum group size';
  return `${WITHHELD_TEAM_MARK} a small team, withheld: ${size}.`;
}
