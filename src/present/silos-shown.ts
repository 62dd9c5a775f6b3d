/** What "no silo" can claim in a release that leaves small teams out. */
import type { Analysis } from '../analyse.js';
import { formatCount } from './number-format.js';

/** Small teams are left out of a release: "no silo" is then only true of the teams shown. */
export function silosShown(analysis: Analysis): { amongShown: string; noSilo: string } {
  const privacy = analysis.privacy;
  if (!privacy || privacy.teamsSuppressed === 0) return { amongShown: '', noSilo: 'No team is a silo.' };
  const size = formatCount(privacy.minGroupSize);
  return {
    amongShown: ` among the teams of ${size} or more people (smaller teams are not shown)`,
    noSilo: `No team of ${size} or more people is a silo; smaller teams are not shown.`,
  };
}
