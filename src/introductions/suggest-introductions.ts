/**
 * Whom should we introduce to whom? Warm, explained introductions between people in different
 * teams who are not yet tied, chosen to open silos and link poorly connected teams and groups,
 * spread so that no connector is asked for more than `maxPerPerson` of them.
 *
 * Composition: gaps.ts counts what is already linked; candidates.ts finds and scores pairs
 * (score.ts holds the formula); select.ts accepts them greedily under the per-person cap, spreading
 * them over people and teams (pass-order.ts says when each is considered);
 * explain.ts writes each reason. Pure and deterministic: the same organisation, analysis and
 * options give the same suggestions in the same order.
 *
 * `forPerson` and `forTeam` are views of the organisation-wide plan: the cap counts every accepted
 * suggestion, shown or not, so the suggestions for one team never overload a connector that the
 * suggestions for another team also rely on.
 *
 * Cost for n people, m ties, K = candidatesPerPerson and C ≤ n·K candidates:
 * O(m + Σ_w |Γ(w)|² + n·K² + C log C) time, O(n·K) memory (candidates.ts).
 */
import type { OrganisationMeasures } from '../analyse.js';
import { UsageError } from '../errors.js';
import type { Organisation } from '../organisation/organisation.js';
import { refuseUnknownOptions, refuseUnlessWholeNumber } from '../option-names.js';
import { sharedNames } from '../organisation/shared-names.js';
import { isWithheldAsSmall } from '../privacy/small-team.js';
import { findCandidates, pairKey, type Candidate } from './candidates.js';
import { explainIntroduction } from './explain.js';
import { findTeam } from './find-team.js';
import { measureGaps } from './gaps.js';
import { teamNeed } from './score.js';
import { selectIntroductions } from './select.js';

/** Options of `suggestIntroductions`. */
export interface IntroductionOptions {
  /** Most suggestions returned (after `forPerson` / `forTeam`). */
  readonly limit: number;
  /** Suggestions a person may appear in, as either end or as introducer. */
  readonly maxPerPerson: number;
  /** Only suggestions with this person (id) as `from` or `to`, from the organisation-wide plan; null for everyone. */
  readonly forPerson: string | null;
  /** Only suggestions with an end in this team (id, else name, else as typed loosely: find-team.ts), from the organisation-wide plan; null for every team. */
  readonly forTeam: string | null;
  /** Pairs of person ids, either order, already introduced or not to be suggested. Unknown ids are ignored. */
  readonly exclude: readonly (readonly [string, string])[];
  /** Introducers named per warm suggestion. */
  readonly introducers: number;
  /** Best warm partners kept per person while searching (bounds the search). */
  readonly candidatesPerPerson: number;
  /** Nearest teams a silo with no warm path is paired with, cold. */
  readonly coldTeams: number;
  /** People taken from each side of a cold pairing. */
  readonly coldPeople: number;
  /** Cold suggestions accepted per silo team: the best one, by default. */
  readonly coldPerTeam: number;
  /** Teams smaller than this get no figures in the reasons (DESIGN §6). */
  readonly minGroupSize: number;
}

export const INTRODUCTION_DEFAULTS: IntroductionOptions = {
  limit: 50,
  maxPerPerson: 3,
  forPerson: null,
  forTeam: null,
  exclude: [],
  introducers: 1,
  candidatesPerPerson: 10,
  coldTeams: 3,
  coldPeople: 2,
  coldPerTeam: 1,
  minGroupSize: 5,
};

/** One suggested introduction. Ids are person ids. */
export interface Introduction {
  readonly from: string;
  readonly to: string;
  /** Who introduces them: mutual contacts of both; empty when cold. */
  readonly via: readonly string[];
  /** True when someone knows both. */
  readonly warm: boolean;
  /** need × value × (1 + p / (1 + p)); see score.ts. */
  readonly score: number;
  readonly components: { readonly need: number; readonly value: number; readonly plausibility: number };
  /** One sentence a manager can read. */
  readonly reason: string;
  /** Each introducer's tie strength to `from` and to `to` (undirected network). */
  readonly viaStrengths: readonly { readonly id: string; readonly from: number; readonly to: number }[];
}

/** Suggested introductions, and how many there are before the limit cuts them. */
export interface IntroductionPlan {
  /** The first `limit` suggestions, best first. */
  readonly introductions: Introduction[];
  /** The settings as applied, and how many suggestions the limit left out, as an analysis records them. */
  readonly applied: IntroductionsApplied;
}

/** The introductions' settings as applied, and how many suggestions the limit left out. */
export interface IntroductionsApplied {
  /** Teams smaller than this are not named in the introductions' reasons ("a small team"). */
  readonly minGroupSize: number;
  /** Most introductions listed. */
  readonly limit: number;
  /** Introductions one person may appear in, introducer included. */
  readonly maxPerPerson: number;
  /** Distinct pairs of `exclude` (already introduced, or not to be suggested) that name two people of the organisation. */
  readonly excludedPairs: number;
  /** Suggestions of the plan (after `forPerson` / `forTeam`) before `limit`: more than are listed when the list is cut. */
  readonly beforeLimit: number;
}

/**
 * Suggests introductions between people in different teams who are not yet tied, highest score
 * first (equal scores in the order the plan took them: select.ts). `analysis` must be `analyse(organisation)`.
 * Throws UsageError for an unknown `forPerson` or `forTeam`, a team name several teams share
 * (find-team.ts), or an option out of range.
 */
export function suggestIntroductions(organisation: Organisation, analysis: OrganisationMeasures, options: Partial<IntroductionOptions> = {}): Introduction[] {
  return planIntroductions(organisation, analysis, options).introductions;
}

/** {@link suggestIntroductions}, with how many suggestions `limit` left out. */
export function planIntroductions(organisation: Organisation, analysis: OrganisationMeasures, options: Partial<IntroductionOptions> = {}): IntroductionPlan {
  // A mistyped option would otherwise be ignored for its default, without a word.
  refuseUnknownOptions('suggestIntroductions', options, Object.keys(INTRODUCTION_DEFAULTS));
  const o = { ...INTRODUCTION_DEFAULTS, ...options };
  checkIntroductionOptions('introductions', o);
  checkAnalysis(organisation, analysis);
  const n = organisation.people.length;

  let keepPerson = -1;
  if (o.forPerson !== null) {
    keepPerson = organisation.personIndex.get(o.forPerson) ?? -1;
    if (keepPerson < 0) throw new UsageError(`introductions: no person with id "${o.forPerson}"`, 'give a person id from the staff file (--for on the command line)');
  }
  let keepTeam = -1;
  if (o.forTeam !== null) {
    keepTeam = findTeam(organisation.teams, o.forTeam).index;
    // A small team's introductions on their own would say who is in it (DESIGN §6); a team with
    // no members has none to say, and its empty view says why (empty-view.ts).
    const size = analysis.teams[keepTeam].size;
    if (isWithheldAsSmall(size, o.minGroupSize)) {
      throw new UsageError(`introductions: team "${o.forTeam}" has ${size} ${size === 1 ? 'person' : 'people'}, fewer than ${o.minGroupSize}: its introductions are not listed on their own, as that would say who is in it`,
        'find its people in the organisation-wide plan, where they appear as "a small team", or lower --min-group-size if everyone who will see the output may know the team');
    }
  }
  const excluded = new Set<number>();
  for (const [a, b] of o.exclude) {
    const u = organisation.personIndex.get(a);
    const v = organisation.personIndex.get(b);
    if (u !== undefined && v !== undefined && u !== v) excluded.add(pairKey(u, v, n));
  }

  const gaps = measureGaps(organisation, analysis);
  const teamNeeds = Float64Array.from(analysis.teams, teamNeed);
  const candidates = findCandidates(organisation, analysis, gaps, teamNeeds, {
    perPerson: o.candidatesPerPerson,
    coldTeams: o.coldTeams,
    coldPeople: o.coldPeople,
    excluded,
  });
  // A team's gateway: the member holding more than half of its outside ties (pass-order.ts).
  const gatewayOf = Int32Array.from(analysis.teams, (team) =>
    team.busFactor > 0.5 && team.busFactorPerson !== null ? (organisation.personIndex.get(team.busFactorPerson) ?? -1) : -1,
  );
  const keep = (c: Candidate) =>
    (keepPerson < 0 || c.from === keepPerson || c.to === keepPerson) &&
    (keepTeam < 0 || gaps.teamOf[c.from] === keepTeam || gaps.teamOf[c.to] === keepTeam);
  const { kept, total } = selectIntroductions(organisation.network, candidates, {
    maxPerPerson: o.maxPerPerson,
    introducers: o.introducers,
    coldPerTeam: o.coldPerTeam,
    teamOf: gaps.teamOf,
    gatewayOf,
    limit: o.limit,
    keep,
  });

  // Small teams are not named in the reasons ("a small team"), so their names do not count.
  const namedTeams = organisation.teams.filter((team) => team.members.length >= o.minGroupSize);
  const context = { organisation, analysis, gaps, minGroupSize: o.minGroupSize, sharedNames: sharedNames(organisation.people), sharedTeamNames: sharedNames(namedTeams) };
  const id = (v: number) => organisation.people[v].id;
  const introductions = kept.map(({ candidate, via }) => ({
    from: id(candidate.from),
    to: id(candidate.to),
    via: via.map((introducer) => id(introducer.person)),
    warm: candidate.warm,
    score: candidate.score,
    components: { ...candidate.components },
    reason: explainIntroduction(context, candidate, via),
    viaStrengths: via.map((introducer) => ({ id: id(introducer.person), from: introducer.toFrom, to: introducer.toTo })),
  }));
  const { minGroupSize, limit, maxPerPerson } = o;
  return { introductions, applied: { minGroupSize, limit, maxPerPerson, excludedPairs: excluded.size, beforeLimit: total } };
}

/** Throws UsageError for an option out of range; `where` names the caller's options ('introductions', 'compare introductions'). */
export function checkIntroductionOptions(where: string, o: IntroductionOptions): void {
  refuseUnlessWholeNumber(where, 'limit', o.limit, 0);
  refuseUnlessWholeNumber(where, 'maxPerPerson', o.maxPerPerson, 1);
  refuseUnlessWholeNumber(where, 'introducers', o.introducers, 1);
  refuseUnlessWholeNumber(where, 'candidatesPerPerson', o.candidatesPerPerson, 1);
  refuseUnlessWholeNumber(where, 'coldTeams', o.coldTeams, 0);
  refuseUnlessWholeNumber(where, 'coldPeople', o.coldPeople, 0);
  refuseUnlessWholeNumber(where, 'coldPerTeam', o.coldPerTeam, 0);
  if (!(o.minGroupSize >= 0)) throw new UsageError(`${where}: minGroupSize must be a number of 0 or more, not ${o.minGroupSize}`);
}

/** The analysis must describe this organisation: the same people and teams in the same order. */
function checkAnalysis(organisation: Organisation, analysis: OrganisationMeasures): void {
  const same =
    analysis.people.length === organisation.people.length &&
    analysis.teams.length === organisation.teams.length &&
    analysis.people.every((person, v) => person.id === organisation.people[v].id) &&
    analysis.teams.every((team, t) => team.id === organisation.teams[t].id);
  if (!same) throw new RangeError('suggestIntroductions: the analysis is not of this organisation (people or teams differ)');
}
