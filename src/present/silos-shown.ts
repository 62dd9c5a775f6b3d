/** What "no silo" can claim in a release that leaves small teams out. */
import type { Analysis } from '../analyse.js';
import { judgedWithoutOtherTeams } from '../findings/silos.js';
import { formatCount } from './number-format.js';

/** Why an organisation of one team has no silo. */
export const NO_OTHER_TEAM = 'No team is a silo: with only one team, there is no other team to talk to.';

/**
 * Small teams are left out of a release: "no silo" is then only true of the teams shown. An
 * organisation of one team has no silo, as it has no other team to talk to (findings/silos.ts).
 */
export function silosShown(analysis: Analysis): { amongShown: string; noSilo: string } {
  if (judgedWithoutOtherTeams(analysis.teams)) return { amongShown: '', noSilo: NO_OTHER_TEAM };
  const privacy = analysis.privacy;
  if (!privacy || privacy.teamsSuppressed === 0) return { amongShown: '', noSilo: 'No team is a silo.' };
  const size = formatCount(privacy.minGroupSize);
  return {
    amongShown: ` among the teams of ${size} or more people (smaller teams are not shown)`,
    noSilo: `No team of ${size} or more people is a silo; smaller teams are not shown.`,
  };
}
