/**
 * The groups that team-based measures read: each person's team index, or NO_GROUP.
 */
import { NO_TEAM, type Organisation } from '../organisation/organisation.js';

/** Marks a person without a team. */
export const NO_GROUP = NO_TEAM;

/** Each person's team index as a typed array. */
export function teamAssignment(organisation: Organisation): Int32Array {
  return Int32Array.from(organisation.people, (person) => person.team);
}

/** Number of groups: one more than the highest team index (0 when nobody has a team). */
export function groupCount(teamOf: Int32Array): number {
  let highest = -1;
  for (const team of teamOf) if (team > highest) highest = team;
  return highest + 1;
}
