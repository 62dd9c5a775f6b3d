/**
 * A person listed with no team because theirs is withheld (team-labels.ts) would read as missing
 * data: the label is marked, and the list it is in says why under it, in the text summary and
 * in the reports and the comparison's outputs alike.
 */
import type { Analysis } from '../analyse.js';

/** Follows the team label of someone whose team may be withheld. */
export const WITHHELD_TEAM_MARK = '*';

/**
 * The line under a list that marks a withheld team, for an analysis or, with `inEitherPeriod`, a
 * comparison, which withholds a team small in either of its periods (one that grew or shrank
 * past the minimum too).
 */
export function withheldTeamNote(output: { readonly privacy?: Pick<NonNullable<Analysis['privacy']>, 'minGroupSize'> }, { inEitherPeriod = false } = {}): string {
  const when = inEitherPeriod ? ' in either period' : '';
  const size = output.privacy ? `fewer than ${output.privacy.minGroupSize} people${when} (--min-group-size)` : `below the minimum group size${when}`;
  return `${WITHHELD_TEAM_MARK} a small team, withheld: ${size}.`;
}
