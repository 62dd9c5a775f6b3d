/**
 * Introductions: whom to introduce to whom, who can introduce them, and why.
 */
export {
  planIntroductions,
  suggestIntroductions,
  INTRODUCTION_DEFAULTS,
  type Introduction,
  type IntroductionOptions,
  type IntroductionPlan,
  type IntroductionsApplied,
} from './suggest-introductions.js';
export {
  combineScore,
  gapValue,
  pairValue,
  plausibility,
  teamNeed,
  SAME_DEPARTMENT_BONUS,
  SAME_LOCATION_BONUS,
  SAME_ROLE_BONUS,
  type ScoreComponents,
  type Shared,
} from './score.js';
export { mutualContacts, type Introducer } from './introducers.js';
