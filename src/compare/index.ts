/**
 * Comparing two periods (or two data folders) of an organisation: what changed, and whether it
 * is larger than normal variation.
 */
export { compare, COMPARE_DEFAULTS, type ComparedPeriod, type CompareOptions } from './compare.js';
export {
  COMPARISON_SCHEMA_VERSION,
  type Change,
  type ComparedPeriodSummary,
  type Comparison,
  type JudgedChange,
  type JudgedCount,
  type MembershipChange,
  type NewSinglePointOfFailure,
  type NoiseDescription,
  type PairChange,
  type PersonChange,
  type PersonPresence,
  type PersonRef,
  type Ranked,
  type Repair,
  type RepairTarget,
  type RoleChange,
  type TeamChange,
  type TeamMove,
  type TeamRef,
  type Variation,
} from './comparison.js';
export { COUNT_RESOLUTION, judgeVariation, measureWindow, NOISE_RULE, normalVariation, type WindowFigures } from './noise.js';
export { coveredPart, lengthsDiffer, likeForLike, parsePeriodRange, periodBetween, periodLength, type PeriodRange } from './periods.js';
export { planNoiseWindows, WINDOW_COUNT } from './windows.js';
export { CHANCE_SHARES, countJudged, type JudgedKind } from './chance.js';
export { crossTeamShare } from './organisation-changes.js';
export { crossTeamTies, KEY_ROLES } from './people-changes.js';
export { teamPairTies } from './team-pairs.js';
