/**
 * The gaps an introduction could close: how many ties run between each pair of teams (and how
 * dense that is for the teams' sizes, against the organisation's norm), and how many people link
 * each pair of communities (Louvain, from the analysis). Both are counted once over the tie list,
 * so looking a pair up later is O(1).
 *
 * "Linkers" of two communities C and D is min(|people of C tied into D|, |people of D tied into
 * C|): 0 when nothing joins them, 1 when every tie between them runs through a single person (a
 * broker the two groups depend on), more when the link is spread. The smaller side is the one
 * that would have to leave for the two groups to fall apart.
 */
import type { OrganisationMeasures } from '../analyse.js';
import { NO_COMMUNITY } from '../measures/communities.js';
import { NO_TEAM, type Organisation } from '../organisation/organisation.js';

/** Who links two communities: how many people on the thinner side, and the one person when there is exactly one. */
export interface CommunityLink {
  readonly linkers: number;
  /** Index of the single linker when `linkers` is 1, else -1. */
  readonly person: number;
}

/** Lookups over teams and communities, indexed by person, team and community. */
export interface Gaps {
  /** Team index per person, or NO_TEAM. */
  readonly teamOf: Int32Array;
  /** Community index per person (from the analysis); NO_COMMUNITY for a person with no ties. */
  readonly communityOf: Int32Array;
  /** Ties with one end in team `a` and the other in team `b` (a ≠ b). */
  tiesBetweenTeams(a: number, b: number): number;
  /**
   * Density of ties between teams `a` and `b` (ties / (size a × size b)) divided by the density of
   * ties between teams over the whole organisation: 1 is as linked as usual, 0 not linked at all.
   */
  relativeDensity(a: number, b: number): number;
  /** How communities `c` and `d` (c ≠ d) are linked; unlinked when either is NO_COMMUNITY. */
  communityLink(c: number, d: number): CommunityLink;
}

const UNLINKED: CommunityLink = Object.freeze({ linkers: 0, person: -1 });

/** Counts the ties between teams and the linkers between communities: O(people + ties). */
export function measureGaps(organisation: Organisation, analysis: OrganisationMeasures): Gaps {
  const { people, teams, ties } = organisation;
  const teamOf = Int32Array.from(people, (person) => person.team);
  // The analysis's NaN is no community (a person with no ties), not community 0.
  const communityOf = Int32Array.from(analysis.people, (person) => (Number.isNaN(person.community) ? NO_COMMUNITY : person.community));
  const teamCount = teams.length;
  let communityCount = 0;
  for (const c of communityOf) if (c + 1 > communityCount) communityCount = c + 1;

  const teamPairs = new Map<number, number>();
  // Per community pair (low, high): the people of `low` tied into `high`, and of `high` tied into `low`.
  const sides = new Map<number, { low: Set<number>; high: Set<number> }>();
  for (let i = 0; i < ties.length; i++) {
    const a = ties.source[i];
    const b = ties.target[i];
    const ta = teamOf[a];
    const tb = teamOf[b];
    if (ta !== NO_TEAM && tb !== NO_TEAM && ta !== tb) {
      const key = pairKey(ta, tb, teamCount);
      teamPairs.set(key, (teamPairs.get(key) ?? 0) + 1);
    }
    const ca = communityOf[a];
    const cb = communityOf[b];
    if (ca === cb) continue;
    const key = pairKey(ca, cb, communityCount);
    let entry = sides.get(key);
    if (!entry) {
      entry = { low: new Set(), high: new Set() };
      sides.set(key, entry);
    }
    entry.low.add(ca < cb ? a : b);
    entry.high.add(ca < cb ? b : a);
  }
  let crossTies = 0;
  for (const count of teamPairs.values()) crossTies += count;
  const sizes = teams.map((team) => team.members.length);
  let placed = 0;
  let sameTeamPairs = 0;
  for (const size of sizes) {
    placed += size;
    sameTeamPairs += (size * (size - 1)) / 2;
  }
  const crossPairs = (placed * (placed - 1)) / 2 - sameTeamPairs;
  const norm = crossPairs > 0 ? crossTies / crossPairs : 0;

  const links = new Map<number, CommunityLink>();
  for (const [key, { low, high }] of sides) {
    const linkers = Math.min(low.size, high.size);
    let person = -1;
    if (linkers === 1) {
      const candidates = [...(low.size === 1 ? low : []), ...(high.size === 1 ? high : [])];
      person = Math.min(...candidates);
    }
    links.set(key, { linkers, person });
  }

  return {
    teamOf,
    communityOf,
    tiesBetweenTeams: (a, b) => teamPairs.get(pairKey(a, b, teamCount)) ?? 0,
    relativeDensity: (a, b) => {
      const ties = teamPairs.get(pairKey(a, b, teamCount)) ?? 0;
      return ties === 0 ? 0 : ties / (sizes[a] * sizes[b]) / norm;
    },
    communityLink: (c, d) => (c === NO_COMMUNITY || d === NO_COMMUNITY ? UNLINKED : (links.get(pairKey(c, d, communityCount)) ?? UNLINKED)),
  };
}

/** One number per unordered pair of indices below `count`. */
function pairKey(a: number, b: number, count: number): number {
  return a < b ? a * count + b : b * count + a;
}
