/**
 * The library's analyse options, checked as the CLI checks its flags: a mistyped option or an
 * impossible threshold is a UsageError naming it, not a silent default or a NaN in the output.
 */
import type { AnalyseOptions } from './analyse.js';
import { UsageError } from './errors.js';
import { ROLE_DEFAULTS } from './findings/roles.js';
import { SILO_DEFAULTS } from './findings/silos.js';
import { thresholdProblem, type ThresholdName } from './findings/threshold-ranges.js';
import { INTRODUCTION_DEFAULTS } from './introductions/suggest-introductions.js';
import { MAX_SEED } from './measures/seeded-random.js';
import { refuseUnknownOptions, refuseUnlessWholeNumber } from './option-names.js';

const OPTION_NAMES = ['weighted', 'directed', 'betweenness', 'exactUpTo', 'samples', 'seed', 'resolution', 'threads', 'roles', 'silos', 'introductions'];
const BETWEENNESS = ['auto', 'exact', 'sampled'];

/** Throws UsageError for the first option that cannot be used. */
export function checkAnalyseOptions(options: Partial<AnalyseOptions>): void {
  refuseUnknownOptions('analyse', options, OPTION_NAMES);
  const { weighted, directed, betweenness, exactUpTo, samples, seed, resolution } = options;
  for (const [name, value] of [['weighted', weighted], ['directed', directed]] as const) {
    if (value !== undefined && typeof value !== 'boolean') throw new UsageError(`analyse: ${name} must be true or false, not ${String(value)}`);
  }
  if (betweenness !== undefined && !BETWEENNESS.includes(betweenness)) {
    throw new UsageError(`analyse: betweenness must be ${BETWEENNESS.join(', ')}, not ${String(betweenness)}`);
  }
  refuseUnlessWholeNumber('analyse', 'exactUpTo', exactUpTo, 0);
  refuseUnlessWholeNumber('analyse', 'samples', samples, 1);
  // The seed is recorded and replayed: only a whole number can be, and one the generator's 32 bits
  // hold, or the recorded seed would not be the one used (the CLI checks --seed the same way).
  refuseUnlessWholeNumber('analyse', 'seed', seed, 0, MAX_SEED);
  if (resolution !== undefined && !(Number.isFinite(resolution) && resolution > 0)) {
    throw new UsageError(`analyse: resolution must be a number above 0, not ${resolution}`, 'the usual value is 1');
  }
  if (options.roles) {
    refuseUnknownOptions('analyse roles', options.roles, Object.keys(ROLE_DEFAULTS));
    checkThresholds('analyse roles', options.roles);
  }
  // Checked here, before the measures, rather than only when the introductions are suggested from them.
  if (options.introductions) refuseUnknownOptions('analyse introductions', options.introductions, Object.keys(INTRODUCTION_DEFAULTS));
  if (options.silos) {
    refuseUnknownOptions('analyse silos', options.silos, Object.keys(SILO_DEFAULTS));
    checkThresholds('analyse silos', options.silos);
  }
}

/** The ranges --thresholds holds its values to (findings/threshold-ranges.ts). */
function checkThresholds(where: string, thresholds: Partial<Record<ThresholdName, number>>): void {
  for (const [name, value] of Object.entries(thresholds)) {
    if (value === undefined) continue;
    const problem = thresholdProblem(name as ThresholdName, value);
    if (problem) throw new UsageError(`${where}: ${name} ${problem}`);
  }
}
