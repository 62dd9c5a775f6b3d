/**
 * Who belonged to each team in the two periods, by person id. After a reorganisation a team's
 * E-I index or teams reached can change only because its people changed: six colleagues moved
 * out take their old ties with them, which now cross a team boundary. A team whose membership
 * changed substantially has its judged changes flagged, the verdict kept.
 *
 * The rule: more than a fifth of the people in the team in either period arrived (joined the
 * organisation or moved in) or departed (left or moved out). A fifth is one person of a team of
 * five, the default minimum group size, so a single joiner or leaver never flags a team.
 */
import type { Organisation } from '../organisation/organisation.js';
import type { MembershipChange } from './comparison.js';

/** Share of a team's people (in either period) who must arrive or depart, exclusive, for its membership to count as substantially changed. */
export const MEMBERSHIP_CHANGE_SHARE = 0.2;

/** Each team id in both periods, with how its membership changed. */
export function membershipChanges(before: Organisation, after: Organisation): Map<string, MembershipChange> {
  const membersBefore = memberIds(before);
  const changes = new Map<string, MembershipChange>();
  for (const [team, now] of memberIds(after)) {
    const was = membersBefore.get(team);
    if (!was) continue;
    const arrived = [...now].filter((id) => !was.has(id)).length;
    const departed = [...was].filter((id) => !now.has(id)).length;
    const people = was.size + arrived;
    // A division is correctly rounded, so exactly a fifth is never above the share.
    changes.set(team, { people, arrived, departed, substantial: (arrived + departed) / people > MEMBERSHIP_CHANGE_SHARE });
  }
  return changes;
}

/** Person ids by team id. */
function memberIds(organisation: Organisation): Map<string, Set<string>> {
  const { people, teams } = organisation;
  return new Map(teams.map((team) => [team.id, new Set(team.members.map((v) => people[v].id))]));
}
