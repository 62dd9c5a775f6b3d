/**
 * The values each role and silo threshold can take, one list for `--thresholds` and the library's
 * analyse options, so that both refuse the same values for the same reason. A value outside its
 * range would not fail: it would quietly make everyone, or no one, hold a role or be a silo.
 */
import type { RoleOptions } from './roles.js';
import type { SiloOptions } from './silos.js';

export type ThresholdName = keyof RoleOptions | keyof SiloOptions;

/** The thresholds that are neither percentiles nor the E-I index: minimum counts. */
type MinimumName = Exclude<ThresholdName, `${string}Percentile` | 'siloEiIndex'>;

/** The least whole number each minimum can sensibly be (a new minimum without one does not compile). */
const LEAST: Readonly<Record<MinimumName, number>> = {
  // A connector has ties; a spanner ties into another team; a silo is a team of people.
  connectorMinDegree: 1,
  spannerMinTeams: 1,
  siloMinSize: 1,
};

/** What is wrong with `value` as threshold `name`, as "must be …, not VALUE"; undefined when it can be used. */
export function thresholdProblem(name: ThresholdName, value: number): string | undefined {
  if (name.endsWith('Percentile')) {
    return value > 0 && value <= 100 ? undefined : `must be above 0 and at most 100, not ${value}`;
  }
  if (name === 'siloEiIndex') {
    // The E-I index lies in [−1, 1]: below −1 no team would be a silo, at 1 every team.
    return value >= -1 && value < 1 ? undefined : `must be at least -1 and below 1 (an E-I index), not ${value}`;
  }
  const least = LEAST[name as MinimumName];
  return Number.isSafeInteger(value) && value >= least ? undefined : `must be a whole number of at least ${least}, not ${value}`;
}
