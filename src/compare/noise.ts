/**
 * Is a change larger than noise? Each window of the before period (windows.ts) is measured like
 * a period of its own: every team's E-I index and teams reached, and the ties between every pair
 * of teams. A figure's normal variation is the largest difference between any two windows (the
 * range, max − min, over the windows where it is defined; at least two are needed). A change of
 * that figure between the before and the after period is **within normal variation** when its
 * size is no larger than that range, and **beyond normal variation** otherwise.
 *
 * Counts (teams reached, ties between two teams) have a floor of 1: with a few windows a small
 * count often comes out the same in each by chance, a range of 0, and a change of one team or one
 * tie, the smallest a count can make, is not evidence of anything on its own. The E-I index has
 * the like floor: the change one tie makes to it ({@link oneTieOfEiIndex}).
 *
 * Why the range: it needs no assumption about the shape of the variation and is easy to check by
 * hand. Its size in familiar terms, if a figure's variance shrinks in proportion to the length
 * observed: for before and after periods of equal length, split into thirds, the expected range
 * of three windows is about 1.7 × √3 ≈ 2.9 times the standard deviation σ of a whole period's
 * figure, while a chance difference between two whole periods has standard deviation √2·σ; so
 * the rule is close to "± 2 standard deviations" of a chance change.
 */
import { teamAssignment } from '../measures/team-assignment.js';
import { teamTies } from '../measures/team-ties.js';
import type { Organisation } from '../organisation/organisation.js';
import { finiteOrNull, type Variation } from './comparison.js';
import type { PeriodRange } from './periods.js';
import { teamPairTies } from './team-pairs.js';

/** The team figures of one window of the before period. */
export interface WindowFigures {
  readonly range: PeriodRange;
  /** By team id: E-I index (null for a team without ties in the window) and teams reached. */
  readonly teams: ReadonlyMap<string, { readonly eiIndex: number | null; readonly teamsReached: number }>;
  /** Ties between teams, by `teamPairKey`; absent pairs have none. */
  readonly pairs: ReadonlyMap<string, number>;
}

/** Allows for floating-point error when a change equals the normal variation exactly. */
const TOLERANCE = 1e-9;

/** Measures the team figures of a window's organisation (loaded with the window's since/until). */
export function measureWindow(organisation: Organisation, range: PeriodRange): WindowFigures {
  const figures = teamTies(organisation.network, teamAssignment(organisation), organisation.teams.length);
  const teams = new Map<string, { eiIndex: number | null; teamsReached: number }>();
  organisation.teams.forEach((team, t) => teams.set(team.id, { eiIndex: finiteOrNull(figures.eiIndex[t]), teamsReached: figures.teamsReached[t] }));
  return { range, teams, pairs: teamPairTies(organisation) };
}

/** Smallest normal variation of a count. */
export const COUNT_RESOLUTION = 1;

/**
 * Smallest normal variation of a team's E-I index: the largest change one tie more or one fewer,
 * inside or outside, makes to (external − internal) / all. As with counts, a change of one tie is
 * not evidence on its own; without this floor, a team of 40 ties whose windows happened to agree
 * was "beyond normal variation" on losing one outside tie.
 */
export function oneTieOfEiIndex(internal: number, external: number): number {
  const ei = (e: number, i: number) => (e - i) / (e + i);
  if (internal + external === 0) return 0;
  const now = ei(external, internal);
  const nearby = [[external + 1, internal], [external, internal + 1], [external - 1, internal], [external, internal - 1]]
    .filter(([e, i]) => e >= 0 && i >= 0 && e + i > 0);
  return Math.max(...nearby.map(([e, i]) => Math.abs(ei(e, i) - now)));
}

/**
 * The range (max − min) of the values that are defined, and at least `floor`; null when fewer
 * than two are defined.
 */
export function normalVariation(values: readonly (number | null)[], floor = 0): number | null {
  let min = Infinity;
  let max = -Infinity;
  let defined = 0;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    defined++;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return defined < 2 ? null : Math.max(max - min, floor);
}

/** Judges a change against the normal variation; no change at all is always within it. */
export function judgeVariation(change: number | null, variation: number | null): Variation {
  if (change === 0) return 'within-normal';
  if (change === null || variation === null) return 'unknown';
  return Math.abs(change) <= variation + TOLERANCE ? 'within-normal' : 'beyond-normal';
}

/** The sentence that states the rule, for outputs. */
export const NOISE_RULE =
  'A change is within normal variation when it is no larger than the largest difference between equal windows of the before period ' +
  '(its thirds; the windows are listed), when it is a change of one in a count of teams or ties, ' +
  'and when it is no larger than the change one tie makes to a team\'s E-I index.';
