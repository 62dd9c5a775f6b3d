/**
 * The seeded synthetic organisation generator: demo data, test fixtures and benchmark inputs,
 * with the planted connectors, brokers, silo teams and isolates the analysis should find.
 */
export { writeSample, SAMPLE_FILES, type RemoveOnExit, type SampleProgress, type SampleTruth, type SecondPeriodTruth } from './write-sample.js';
export { generateSecondPeriod, secondPeriodDates, SECOND_PERIOD_STAFF, TURNOVER, type SecondPeriod, type SecondPeriodPlan } from './second-period.js';
export {
  resolveSampleOptions,
  SAMPLE_DEFAULTS,
  MIN_STAFF,
  MAX_STAFF,
  MAX_INTERACTIONS,
  MAX_PERIOD_DAYS,
  type ResolvedSampleOptions,
  type SampleOptions,
} from './sample-options.js';
export {
  generateOrganisation,
  type SampleDepartment,
  type SampleOrganisation,
  type SamplePerson,
  type SamplePlanted,
  type SampleTeam,
} from './generate-organisation.js';
export { generateTies, TIE_KIND, type SampleTies } from './generate-ties.js';
export { generateEvents, CHANNELS, type SampleEvents } from './generate-events.js';
export { createRandom, Random } from './random.js';
