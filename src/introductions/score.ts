/**
 * How much an introduction between two people u and v (in different teams, not yet tied) would
 * help, as the product of three components:
 *
 *   score = need × value × (1 + p / (1 + p))                        p = plausibility
 *
 *   need         = max(teamNeed(team u), teamNeed(team v))
 *   teamNeed(t)  = silo(t) + (inward(t) + 1 / (1 + teamsReached(t)) + excessBus(t)) / 3
 *                  inward = (1 − E-I index) / 2, the share of the team's ties that stay inside
 *                  (1 for a team without ties). excessBus = (busFactor − 1/size) / (1 − 1/size):
 *                  how far the team's outside ties are concentrated in one member beyond an even
 *                  spread (a team of two always has a bus factor of at least 1/2); 1 for a team
 *                  without outside ties, 0 for a team of one. silo(t) is 1 for a team judged a
 *                  silo, else 0: a silo's need is in [1, 2], any other team's in [0, 1], so
 *                  silos come first unless the tie would add little.
 *   value        = (1 / (1 + R) + C) / 2
 *                  R = the ties between the two teams relative to their size, against the
 *                  organisation's norm: (T / (size u · size v)) / (cross-team ties / cross-team
 *                  pairs). 1/(1 + R) is 1 for teams with no tie, 1/2 for teams as linked as is
 *                  usual here. (The raw 1/(1 + T) would always favour the smallest teams, which
 *                  have few ties to anyone.)
 *                  C = 0 when u and v are in the same community, else 1 / (1 + L) with L the
 *                  people linking their communities (gaps.ts): 1 for unlinked communities,
 *                  1/2 for communities that hang on a single broker; 1 when either has no
 *                  ties, and so no community, to be linked through.
 *   plausibility = Σ_{w ∈ Γ(u) ∩ Γ(v)} 1 / |Γ(w)|  (resource allocation index, Zhou, Lü & Zhang
 *                  2009, on the undirected network; networkx `resource_allocation_index`)
 *                  + 0.1 for the same non-empty role, + 0.1 for the same non-empty location,
 *                  + 0.1 for teams in the same non-empty department (team parent): shared
 *                  managers and meetings make a meeting likelier, and they rank a cold silo's
 *                  options, which have no mutual contacts to go on.
 *
 * The plausibility factor lies in [1, 2): a warm introduction through mutual contacts is worth up
 * to twice a cold one with the same need and value, but plausibility never outweighs need, so a
 * well-embedded pair in a well-connected team does not crowd out a silo.
 */
import type { TeamAnalysis } from '../analyse.js';
import { NO_COMMUNITY } from '../measures/communities.js';
import type { Gaps } from './gaps.js';

/** Plausibility bonus for two people with the same non-empty role. */
export const SAME_ROLE_BONUS = 0.1;
/** Plausibility bonus for two people at the same non-empty location. */
export const SAME_LOCATION_BONUS = 0.1;
/** Plausibility bonus for two people whose teams share a non-empty department (parent). */
export const SAME_DEPARTMENT_BONUS = 0.1;

/** The three components of an introduction's score. */
export interface ScoreComponents {
  readonly need: number;
  readonly value: number;
  readonly plausibility: number;
}

/** How cut off a team is: in [1, 2] for a silo, [0, 1] otherwise. */
export function teamNeed(team: Pick<TeamAnalysis, 'size' | 'eiIndex' | 'teamsReached' | 'busFactor' | 'silo'>): number {
  const inward = Number.isFinite(team.eiIndex) ? (1 - team.eiIndex) / 2 : 1;
  const reach = 1 / (1 + team.teamsReached);
  let bus = 1;
  if (Number.isFinite(team.busFactor)) bus = team.size > 1 ? Math.max(0, (team.busFactor - 1 / team.size) / (1 - 1 / team.size)) : 0;
  return (team.silo ? 1 : 0) + (inward + reach + bus) / 3;
}

/**
 * How much a new tie would link poorly connected parts, from the relative density of ties between
 * the two teams (`Gaps.relativeDensity`) and the people linking the two communities (null when
 * both are in the same community).
 */
export function gapValue(relativeDensity: number, communityLinkers: number | null): number {
  const teamPart = 1 / (1 + relativeDensity);
  const communityPart = communityLinkers === null ? 0 : 1 / (1 + communityLinkers);
  return (teamPart + communityPart) / 2;
}

/** `gapValue` for people `u` and `v`. */
export function pairValue(gaps: Gaps, u: number, v: number): number {
  const cu = gaps.communityOf[u];
  const cv = gaps.communityOf[v];
  const sameCommunity = cu === cv && cu !== NO_COMMUNITY;
  return gapValue(gaps.relativeDensity(gaps.teamOf[u], gaps.teamOf[v]), sameCommunity ? null : gaps.communityLink(cu, cv).linkers);
}

/** What two people share, for the plausibility bonuses (each only for non-empty values). */
export interface Shared {
  readonly role: boolean;
  readonly location: boolean;
  /** Their teams have the same parent department. */
  readonly department: boolean;
}

/** The resource allocation index plus the role, location and department bonuses. */
export function plausibility(resourceAllocation: number, shared: Shared): number {
  return (
    resourceAllocation +
    (shared.role ? SAME_ROLE_BONUS : 0) +
    (shared.location ? SAME_LOCATION_BONUS : 0) +
    (shared.department ? SAME_DEPARTMENT_BONUS : 0)
  );
}

/** Combines the components: need × value × (1 + p / (1 + p)). */
export function combineScore(need: number, value: number, plausibility: number): number {
  return need * value * (1 + plausibility / (1 + plausibility));
}
