/**
 * A config file that weakens a protection applied by default says so on stderr. The file in the
 * data folder is read without being named on the command line, so whoever runs the command may
 * not know it is there: a smaller minimum group size, or staff columns kept (e-mail addresses,
 * notes), would otherwise reach the outputs unnoticed. The protections are README's privacy
 * table's; pseudonymisation is off by default, so no setting weakens it. The line comes once the
 * settings are checked (run-analysis.ts): a setting refused weakens nothing, and its warning
 * printed before the refusal said the outputs held what they never would.
 */
import type { Command } from 'commander';
import { joinList } from '../number-text.js';
import { PRIVACY_DEFAULTS } from '../privacy/release.js';
import { configFileOf } from './apply-config.js';
import { columnNames } from './privacy-flags.js';
import { terminalLine } from '../present/terminal-line.js';

/** What the config file's settings for `command` weaken, as phrases: "lowers --min-group-size to 1". */
export function weakenedPrivacy(command: Command): string[] {
  const fromConfig = (key: string) => command.getOptionValueSource(key) === 'config';
  const weakened: string[] = [];
  const minGroupSize = Number(command.getOptionValue('minGroupSize'));
  if (fromConfig('minGroupSize') && minGroupSize < PRIVACY_DEFAULTS.minGroupSize) weakened.push(`lowers --min-group-size to ${minGroupSize}`);
  const kept = fromConfig('keepAttributes') ? columnNames(String(command.getOptionValue('keepAttributes'))) : [];
  if (kept.length > 0) weakened.push(`keeps ${kept.length === 1 ? 'column' : 'columns'} ${kept.join(', ')}`);
  return weakened;
}

/** Commands warned already: compare analyses several periods with one command's settings. */
const warned = new WeakSet<Command>();

/**
 * Writes one line naming the config file `command` took settings from and what they weaken, if
 * anything, once. Even with --quiet, which leaves out notes on the data: this is about what the
 * outputs release, and a script's -q must not hide a data folder's config that someone else put there.
 */
export function warnWeakenedPrivacy(command: Command, stream: NodeJS.WritableStream = process.stderr): void {
  const file = configFileOf(command);
  if (file === undefined || warned.has(command)) return;
  warned.add(command);
  const weakened = weakenedPrivacy(command);
  if (weakened.length === 0) return;
  stream.write(`nodefinder: ${terminalLine(`${file} ${joinList(weakened)}: outputs hold what they would otherwise leave out`)}\n`);
}
