/**
 * Why a view of the plan (`forPerson`, `forTeam`) holds no introduction, as far as the whole plan
 * tells it: a person with no interactions or no team, a person who is in the plan only as an
 * introducer, a team with no members, or a silo whose every outside contact is already at the per-person cap, whom the cap
 * keeps out, or whom the plan cannot reach even without it. The reason is worked out from the
 * whole plan, made again without the view: it is asked for only when the view came out empty, and
 * costs one more plan (as much as the first), two for a silo.
 */
import type { OrganisationMeasures } from '../analyse.js';
import { NO_TEAM, type Organisation } from '../organisation/organisation.js';
import { nameOf, sharedNames } from '../organisation/shared-names.js';
import { findTeam } from './find-team.js';
import { INTRODUCTION_DEFAULTS, planIntroductions, type IntroductionOptions } from './suggest-introductions.js';

/** Two people of the plan, by name (as outputs name them). */
export type NamedPair = readonly [string, string];

/** Why the view is empty; `plain` when the plan tells nothing more specific than its rules. */
export type EmptyViewReason =
  | { readonly of: 'person'; readonly why: 'no interactions' }
  | { readonly of: 'person'; readonly why: 'no team'; readonly introduces: readonly NamedPair[] }
  | { readonly of: 'person'; readonly why: 'introducer only'; readonly introduces: readonly NamedPair[] }
  | { readonly of: 'team'; readonly why: 'no members' }
  | { readonly of: 'team'; readonly why: 'silo contacts at the cap'; readonly contacts: readonly string[] }
  /** The plan with no cap per person has an introduction for the silo: the cap is what keeps it out. */
  | { readonly of: 'team'; readonly why: 'silo under the cap' }
  /** Not even the plan with no cap per person has one for the silo. */
  | { readonly of: 'team'; readonly why: 'silo out of reach' }
  | { readonly of: 'person' | 'team'; readonly why: 'plain' };

/** The reason the view that `options` asks for is empty. `analysis` must be `analyse(organisation)`. */
export function whyViewIsEmpty(organisation: Organisation, analysis: OrganisationMeasures, options: Partial<IntroductionOptions>): EmptyViewReason {
  const o = { ...INTRODUCTION_DEFAULTS, ...options };
  const whole = planIntroductions(organisation, analysis, { ...o, forPerson: null, forTeam: null, limit: Number.MAX_SAFE_INTEGER }).introductions;
  const shared = sharedNames(organisation.people);
  const named = (id: string) => nameOf(organisation.people[organisation.personIndex.get(id)!], shared);
  const { offsets, neighbours } = organisation.network.out;

  if (o.forPerson !== null) {
    const v = organisation.personIndex.get(o.forPerson)!;
    if (offsets[v] === offsets[v + 1]) return { of: 'person', why: 'no interactions' };
    const introduces = whole.filter((item) => item.via.includes(o.forPerson!)).map((item): NamedPair => [named(item.from), named(item.to)]);
    if (organisation.people[v].team === NO_TEAM) return { of: 'person', why: 'no team', introduces };
    if (introduces.length > 0) return { of: 'person', why: 'introducer only', introduces };
    return { of: 'person', why: 'plain' };
  }

  const team = findTeam(organisation.teams, o.forTeam!).index;
  if (organisation.teams[team].members.length === 0) return { of: 'team', why: 'no members' };
  if (analysis.teams[team].silo) {
    // A silo that someone outside knows is opened through them (a silo gets a cold introduction
    // only when it has no warm one at all, candidates.ts): when every such contact is already in
    // as many introductions as allowed, nobody is left to open it.
    const load = new Map<string, number>();
    for (const item of whole) for (const id of [item.from, item.to, ...item.via]) load.set(id, (load.get(id) ?? 0) + 1);
    const contacts = new Set<number>();
    for (const v of organisation.teams[team].members) {
      for (let k = offsets[v]; k < offsets[v + 1]; k++) if (organisation.people[neighbours[k]].team !== team) contacts.add(neighbours[k]);
    }
    const busy = [...contacts].every((w) => (load.get(organisation.people[w].id) ?? 0) >= o.maxPerPerson);
    if (contacts.size > 0 && busy) return { of: 'team', why: 'silo contacts at the cap', contacts: [...contacts].sort((a, b) => a - b).map((w) => nameOf(organisation.people[w], shared)) };
    // Whether the cap is to blame is not told by the plan's loads (a cold pair of two silos counts
    // against the other silo's one cold introduction): a plan with no cap tells it for sure.
    const uncapped = planIntroductions(organisation, analysis, { ...o, maxPerPerson: Number.MAX_SAFE_INTEGER, limit: 0 });
    return { of: 'team', why: uncapped.applied.beforeLimit > 0 ? 'silo under the cap' : 'silo out of reach' };
  }
  return { of: 'team', why: 'plain' };
}
