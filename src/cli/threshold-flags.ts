/**
 * `--thresholds name=value,…`: the role and silo thresholds, by the same names as the library's
 * options and the JSON output's `options.roles` and `options.silos`.
 */
import { UsageError } from '../errors.js';
import { ROLE_DEFAULTS, type RoleOptions } from '../findings/roles.js';
import { SILO_DEFAULTS, type SiloOptions } from '../findings/silos.js';

export function parseThresholds(texts: readonly string[]): { roles: Partial<RoleOptions>; silos: Partial<SiloOptions> } {
  const roles: Record<string, number> = {};
  const silos: Record<string, number> = {};
  const names = [...Object.keys(ROLE_DEFAULTS), ...Object.keys(SILO_DEFAULTS)].join(', ');
  for (const pair of texts.flatMap((text) => text.split(','))) {
    if (pair.trim() === '') continue;
    const [name, value, extra] = pair.split('=').map((part) => part.trim());
    const number = Number(value);
    if (value === undefined || value === '' || extra !== undefined || !Number.isFinite(number)) {
      throw new UsageError(`--thresholds: "${pair}" is not NAME=NUMBER`, 'for example --thresholds connectorPercentile=98,siloEiIndex=-0.7');
    }
    if (name in ROLE_DEFAULTS) roles[name] = number;
    else if (name in SILO_DEFAULTS) silos[name] = number;
    else throw new UsageError(`--thresholds: unknown threshold "${name}"`, `the thresholds are ${names}`);
    if (/Percentile$/.test(name) && (number <= 0 || number > 100)) {
      throw new UsageError(`--thresholds: ${name} must be above 0 and at most 100`);
    }
    // Minimum degrees, teams and sizes count people or teams.
    if (/Min/.test(name) && !(Number.isSafeInteger(number) && number >= 0)) {
      throw new UsageError(`--thresholds: ${name} must be a whole number, not ${value}`);
    }
  }
  return { roles, silos };
}
