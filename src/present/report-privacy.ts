/**
 * The privacy part of a report's methods section: which personal data was read and where it went
 * (privacy-note.ts), which people this report names, and which protections were applied (the
 * released Analysis's privacy block). It says only what happened.
 */
import type { Analysis } from '../analyse.js';
import { counted } from './number-format.js';
import { privacyNote } from './privacy-note.js';

/** The sentences; `named` is how many distinct people the report names in its lists and tables. */
export function reportPrivacyNote(analysis: Pick<Analysis, 'load' | 'privacy' | 'summary'>, named: number): string[] {
  const note = analysis.load ? privacyNote(analysis.load) : ['No load report came with this analysis, so the personal data read is not recorded here.'];
  const privacy = analysis.privacy;
  const others = `everyone else (${counted(Math.max(analysis.summary.people - named, 0), 'person', 'people')}) appears only in counts and team figures`;
  if (privacy?.pseudonymised) {
    note.push(
      `This report names no one: ${counted(named, 'person appears', 'people appear')} in its lists and tables under a pseudonym ` +
        `(a keyed hash, HMAC-SHA-256, that only the key holder can map back to a person), and ${others}.`,
    );
  } else {
    note.push(
      `This report names ${counted(named, 'person', 'people')}, with their team, measures and roles: the connectors, brokers, ` +
        `single points of failure, the people at either end of a bridging tie, key people per department and the people in suggested introductions; ${others}.`,
    );
  }
  if (!privacy) {
    note.push('This analysis was not released through nodefinder\'s privacy rules: teams of every size have figures here.');
  } else if (privacy.teamsSuppressed === 0) {
    note.push(`Minimum group size ${privacy.minGroupSize}: no team was smaller, so no team figures were withheld.`);
  } else {
    note.push(
      `Minimum group size ${privacy.minGroupSize}: ${counted(privacy.teamsSuppressed, 'team', 'teams')} smaller than that ` +
        `${privacy.teamsSuppressed === 1 ? 'is' : 'are'} left out of the map, the team tables and every team figure, and ` +
        `${counted(privacy.peopleInSuppressedTeams, 'member appears', 'members appear')} with no team.`,
    );
  }
  return note;
}
