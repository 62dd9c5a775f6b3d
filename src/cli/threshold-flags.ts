/**
 * `--thresholds name=value,…`: the role and silo thresholds, by the same names as the library's
 * options and the JSON output's `options.roles` and `options.silos`.
 */
import { UsageError } from '../errors.js';
import { decimalFlagValue } from './decimal-flag.js';
import { didYouMean } from './did-you-mean.js';
import { ROLE_DEFAULTS, type RoleOptions } from '../findings/roles.js';
import { SILO_DEFAULTS, type SiloOptions } from '../findings/silos.js';
import { thresholdProblem, type ThresholdName } from '../findings/threshold-ranges.js';

export function parseThresholds(texts: readonly string[]): { roles: Partial<RoleOptions>; silos: Partial<SiloOptions> } {
  const roles: Record<string, number> = {};
  const silos: Record<string, number> = {};
  const known = [...Object.keys(ROLE_DEFAULTS), ...Object.keys(SILO_DEFAULTS)];
  for (const pair of texts.flatMap((text) => text.split(','))) {
    if (pair.trim() === '') continue;
    const [name, value, extra] = pair.split('=').map((part) => part.trim());
    const number = value === undefined ? Number.NaN : decimalFlagValue(value);
    if (value === undefined || value === '' || extra !== undefined || !Number.isFinite(number)) {
      throw new UsageError(`--thresholds: "${pair}" is not NAME=NUMBER`, 'for example --thresholds connectorPercentile=98,siloEiIndex=-0.7');
    }
    if (Object.hasOwn(ROLE_DEFAULTS, name)) roles[name] = number;
    else if (Object.hasOwn(SILO_DEFAULTS, name)) silos[name] = number;
    else throw new UsageError(`--thresholds: unknown threshold "${name}"`, didYouMean(name, known) ?? `the thresholds are ${known.join(', ')}`);
    // Checked here, as the library would check it, so that the message names the flag typed.
    const problem = thresholdProblem(name as ThresholdName, number);
    if (problem) throw new UsageError(`--thresholds ${name} ${problem}`);
  }
  return { roles, silos };
}
