/**
 * Which pairs are considered for an introduction: people in different teams who are not yet
 * tied. Scoring every such pair is quadratic, so the search is bounded:
 *
 * - **warm** pairs are those at distance 2 across teams: for each person u, every neighbour w's
 *   neighbours v in another team and not tied to u. The resource allocation index Σ 1/|Γ(w)| is
 *   accumulated on the way, each pair is scored (score.ts), and each person keeps only their best
 *   `perPerson` partners. Cost: O(Σ_w |Γ(w)|² + Σ_u s_u × perPerson) time in the worst case
 *   (s_u: people two steps from u in other teams; most are rejected against the current
 *   perPerson-th best in O(1)), then O(C log C) to sort the C ≤ people × perPerson candidates;
 *   O(people × perPerson) memory. At 21,000 people and 133,000 ties (Σ_w |Γ(w)|² ≈ 4.3 million)
 *   the whole search takes about a second.
 * - **cold** pairs, for every silo team, used only when no warm pair reaches it (select.ts), and
 *   never for two people with a mutual contact: the silo's best-connected members
 *   (most outside ties, then most ties) paired with the best-connected people (most ties, at least
 *   one) of the nearest teams that have such people (most ties to the silo, then the same
 *   department, then not themselves silos, then most outside ties). Cost: O(silos × (people +
 *   teams log teams + team size log team size)) at worst.
 *
 * Each pair is oriented `from` the person whose team needs it more (ties: the lower id) `to` the
 * other, and scored once; the result is sorted by score, highest first, ties broken by ids.
 */
import type { OrganisationMeasures } from '../analyse.js';
import { tieIndex } from '../organisation/compact-graph.js';
import { NO_TEAM, type Organisation } from '../organisation/organisation.js';
import type { Gaps } from './gaps.js';
import { mutualContacts } from './introducers.js';
import { combineScore, gapValue, pairValue, plausibility, type ScoreComponents, type Shared } from './score.js';

/** A pair that could be introduced, scored. People are indices into `organisation.people`. */
export interface Candidate {
  readonly from: number;
  readonly to: number;
  /** True when the two have at least one mutual contact. */
  readonly warm: boolean;
  readonly components: ScoreComponents;
  readonly score: number;
}

export interface CandidateOptions {
  /** Warm partners kept per person. */
  readonly perPerson: number;
  /** Nearest teams a cold silo is paired with. */
  readonly coldTeams: number;
  /** People taken from each side of a cold pairing. */
  readonly coldPeople: number;
  /** Pairs never to consider, as `pairKey(a, b, people)`. */
  readonly excluded: ReadonlySet<number>;
}

/** One number per unordered pair of people among `count`. */
export function pairKey(a: number, b: number, count: number): number {
  return a < b ? a * count + b : b * count + a;
}

/** Warm candidates for everyone, then cold ones for silo teams left without any. */
export function findCandidates(
  organisation: Organisation,
  analysis: OrganisationMeasures,
  gaps: Gaps,
  teamNeeds: Float64Array,
  options: CandidateOptions,
): Candidate[] {
  const n = organisation.people.length;
  const { teamOf } = gaps;
  const background = backgrounds(organisation);
  const found = new Map<number, Candidate>();
  const candidate = (u: number, v: number, resourceAllocation: number): Candidate => {
    const components = {
      need: Math.max(teamNeeds[teamOf[u]], teamNeeds[teamOf[v]]),
      value: pairValue(gaps, u, v),
      plausibility: plausibility(resourceAllocation, background.shared(u, v)),
    };
    const [from, to] = orient(organisation, teamNeeds, teamOf, u, v);
    return { from, to, warm: resourceAllocation > 0, components, score: combineScore(components.need, components.value, components.plausibility) };
  };

  addWarmCandidates(organisation, gaps, teamNeeds, background, options, found, candidate);

  // Every silo gets cold candidates, in reserve for when its warm ones all fall through at the
  // cap (select.ts); a pair with a mutual contact is not cold, even if that contact is busy.
  for (const team of organisation.teams) {
    if (!analysis.teams[team.index].silo || team.members.length === 0) continue;
    for (const [u, v] of coldPairs(organisation, analysis, gaps, team.index, options)) {
      const key = pairKey(u, v, n);
      if (!found.has(key) && mutualContacts(organisation.network, u, v).length === 0) found.set(key, candidate(u, v, 0));
    }
  }

  // Ties are broken by ids; comparing precomputed ranks of the ids is much cheaper than strings.
  const rank = idRanks(organisation);
  return [...found.values()].sort((a, b) => b.score - a.score || rank[a.from] - rank[b.from] || rank[a.to] - rank[b.to]);
}

/** Each person's position in the order of ids (`compareIds`). */
function idRanks(organisation: Organisation): Int32Array {
  const people = organisation.people;
  const order = people.map((person) => person.index).sort((a, b) => compareIds(people[a].id, people[b].id));
  const rank = new Int32Array(people.length);
  order.forEach((v, position) => {
    rank[v] = position;
  });
  return rank;
}

/** Role, location and department of each person as small integers (-1 for empty), for fast comparison. */
interface Backgrounds {
  readonly role: Int32Array;
  readonly location: Int32Array;
  readonly department: Int32Array;
  shared(u: number, v: number): Shared;
}

function backgrounds(organisation: Organisation): Backgrounds {
  const intern = (values: readonly string[]) => {
    const codes = new Map<string, number>();
    return Int32Array.from(values, (value) => {
      if (value === '') return -1;
      let code = codes.get(value);
      if (code === undefined) codes.set(value, (code = codes.size));
      return code;
    });
  };
  const people = organisation.people;
  const role = intern(people.map((person) => person.role));
  const location = intern(people.map((person) => person.location));
  const department = intern(people.map((person) => (person.team === NO_TEAM ? '' : organisation.teams[person.team].parent)));
  const same = (codes: Int32Array, u: number, v: number) => codes[u] >= 0 && codes[u] === codes[v];
  return {
    role,
    location,
    department,
    shared: (u, v) => ({ role: same(role, u, v), location: same(location, u, v), department: same(department, u, v) }),
  };
}

/**
 * Distance-2 pairs across teams, each person's best `perPerson` by score, into `found`. The hot
 * loop allocates nothing: indices and scores live in typed arrays, a pair's value is cached per
 * partner team and community while u is fixed, and a Candidate object is made only for the pairs
 * kept.
 */
function addWarmCandidates(
  organisation: Organisation,
  gaps: Gaps,
  teamNeeds: Float64Array,
  background: Backgrounds,
  options: CandidateOptions,
  found: Map<number, Candidate>,
  candidate: (u: number, v: number, resourceAllocation: number) => Candidate,
): void {
  const { offsets, neighbours } = organisation.network.out;
  const { teamOf, communityOf } = gaps;
  const n = organisation.people.length;
  const k = options.perPerson;
  const resourceAllocation = new Float64Array(n);
  // Stamps, reset for free by moving to the next u: tied[x] === u when x is u or u's contact,
  // reached[x] === u when x was met two steps from u; the same for the per-u caches.
  const tied = new Int32Array(n).fill(-1);
  const reached = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  const teamStamp = new Int32Array(organisation.teams.length).fill(-1);
  const teamDensity = new Float64Array(organisation.teams.length);
  let communityCount = 0;
  for (const c of communityOf) if (c + 1 > communityCount) communityCount = c + 1;
  const communityStamp = new Int32Array(communityCount).fill(-1);
  const communityLinkers = new Float64Array(communityCount);
  const { role, location, department } = background;
  // u's best partners so far, best first: by score, then by lower index.
  const topScore = new Float64Array(k);
  const topPartner = new Int32Array(k);

  for (let u = 0; u < n; u++) {
    const team = teamOf[u];
    if (team === NO_TEAM || offsets[u] === offsets[u + 1]) continue;
    tied[u] = u;
    for (let i = offsets[u]; i < offsets[u + 1]; i++) tied[neighbours[i]] = u;
    let count = 0;
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      const w = neighbours[i];
      const share = 1 / (offsets[w + 1] - offsets[w]);
      for (let j = offsets[w]; j < offsets[w + 1]; j++) {
        const v = neighbours[j];
        if (tied[v] === u) continue;
        const other = teamOf[v];
        if (other === NO_TEAM || other === team) continue;
        if (reached[v] !== u) {
          reached[v] = u;
          resourceAllocation[v] = 0;
          touched[count++] = v;
        }
        resourceAllocation[v] += share;
      }
    }

    const cu = communityOf[u];
    let size = 0;
    for (let i = 0; i < count; i++) {
      const v = touched[i];
      const tv = teamOf[v];
      const cv = communityOf[v];
      if (teamStamp[tv] !== u) {
        teamStamp[tv] = u;
        teamDensity[tv] = gaps.relativeDensity(team, tv);
      }
      if (cv !== cu && communityStamp[cv] !== u) {
        communityStamp[cv] = u;
        communityLinkers[cv] = gaps.communityLink(cu, cv).linkers;
      }
      const p = plausibility(resourceAllocation[v], {
        role: role[u] >= 0 && role[u] === role[v],
        location: location[u] >= 0 && location[u] === location[v],
        department: department[u] >= 0 && department[u] === department[v],
      });
      const score = combineScore(Math.max(teamNeeds[team], teamNeeds[tv]), gapValue(teamDensity[tv], cv === cu ? null : communityLinkers[cv]), p);
      if (size === k && !better(score, v, topScore[k - 1], topPartner[k - 1])) continue;
      if (options.excluded.size > 0 && options.excluded.has(pairKey(u, v, n))) continue;
      let at = size < k ? size++ : k - 1;
      while (at > 0 && better(score, v, topScore[at - 1], topPartner[at - 1])) {
        topScore[at] = topScore[at - 1];
        topPartner[at] = topPartner[at - 1];
        at--;
      }
      topScore[at] = score;
      topPartner[at] = v;
    }
    for (let i = 0; i < size; i++) {
      const v = topPartner[i];
      const key = pairKey(u, v, n);
      if (!found.has(key)) found.set(key, candidate(u, v, resourceAllocation[v]));
    }
  }
}

function better(score: number, v: number, thanScore: number, thanV: number): boolean {
  return score > thanScore || (score === thanScore && v < thanV);
}

/** Cold pairings for silo team `silo`: its best-connected members with those of the nearest teams. */
function coldPairs(organisation: Organisation, analysis: OrganisationMeasures, gaps: Gaps, silo: number, options: CandidateOptions): [number, number][] {
  const ties = organisation.network.out;
  const { offsets, neighbours, strengths } = ties;
  const { teamOf } = gaps;
  const n = organisation.people.length;
  const degree = (v: number) => offsets[v + 1] - offsets[v];
  const strength = (v: number) => {
    let total = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) total += strengths[k];
    return total;
  };
  const outside = (v: number) => {
    let count = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) if (teamOf[neighbours[k]] !== teamOf[v]) count++;
    return count;
  };
  const home = organisation.teams[silo];
  const openers = largestBy(home.members, [outside, degree, strength], options.coldPeople);
  const teamFigures = analysis.teams;
  // Someone with no interactions may have left, or be missing from the export: no one to meet. A
  // team of only such people is left out before the nearest are chosen, else quiet teams (never
  // judged silos) would rank above a real one and take every place, leaving the silo no partner.
  const tied = (v: number) => degree(v) > 0;
  const otherTeams = organisation.teams.filter((team) => team.index !== silo && team.members.some(tied)).map((team) => team.index);
  const nearest = largestBy(
    otherTeams,
    [
      (t) => gaps.tiesBetweenTeams(silo, t),
      (t) => (home.parent !== '' && organisation.teams[t].parent === home.parent ? 1 : 0),
      (t) => (teamFigures[t].silo ? 0 : 1),
      (t) => teamFigures[t].externalTies,
    ],
    options.coldTeams,
  );

  const pairs: [number, number][] = [];
  for (const t of nearest) {
    for (const v of largestBy(organisation.teams[t].members.filter(tied), [degree, strength], options.coldPeople)) {
      for (const u of openers) {
        if (tieIndex(ties, u, v) >= 0 || options.excluded.has(pairKey(u, v, n))) continue;
        pairs.push([u, v]);
      }
    }
  }
  return pairs;
}

/**
 * The `count` items with the largest keys, compared key by key, ties to the lower item, best
 * first. One pass that keeps only the best so far: a full sort of every team for every silo
 * was a tenth of the whole analysis at 100,000 people.
 */
function largestBy(items: readonly number[], keys: readonly ((item: number) => number)[], count: number): number[] {
  const kept: { item: number; values: Float64Array }[] = [];
  const values = new Float64Array(keys.length);
  const before = (item: number, other: { item: number; values: Float64Array }) => {
    for (let i = 0; i < keys.length; i++) if (values[i] !== other.values[i]) return values[i] > other.values[i];
    return item < other.item;
  };
  if (count <= 0) return [];
  for (const item of items) {
    for (let i = 0; i < keys.length; i++) values[i] = keys[i](item);
    if (kept.length === count && !before(item, kept[count - 1])) continue;
    let at = kept.length < count ? kept.length : count - 1;
    while (at > 0 && before(item, kept[at - 1])) {
      kept[at] = kept[at - 1];
      at--;
    }
    kept[at] = { item, values: Float64Array.from(values) };
  }
  return kept.map((entry) => entry.item);
}

/** `from` is the person whose team needs the introduction more; on a tie, the lower id. */
function orient(organisation: Organisation, teamNeeds: Float64Array, teamOf: Int32Array, u: number, v: number): [number, number] {
  const nu = teamNeeds[teamOf[u]];
  const nv = teamNeeds[teamOf[v]];
  if (nu !== nv) return nu > nv ? [u, v] : [v, u];
  return compareIds(organisation.people[u].id, organisation.people[v].id) <= 0 ? [u, v] : [v, u];
}

/** Code-unit order of ids: the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
