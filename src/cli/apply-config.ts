/**
 * Applies a config file to a command before it runs: each setting becomes the value of the flag
 * of the same name, unless that flag was given on the command line (flags win). Paths in the file
 * are relative to the file's own folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { CONFIG_FILE_NAME, CONFIG_SECTIONS, readConfigFile, type ConfigValue } from '../load/config-file.js';
import { DEFAULT_FILES } from '../load/load-organisation.js';
import { STANDARD_OUTPUT } from './out-file.js';
import { didYouMean } from './did-you-mean.js';
import { joinList } from '../number-text.js';

const PATH_SETTINGS = new Set(['staff', 'teams', 'interactions', 'recipients', 'exclude', 'keyFile', 'reidentify', 'output', 'out']);
const LIST_SETTINGS = new Set(['columns', 'channel', 'thresholds']);
/** Files a command writes: each command's own, so they belong in its section. */
const OWN_FILE_SETTINGS = new Set(['output', 'out']);

/** Reads `--config FILE`, or DIR/nodefinder.config.json when it exists, into the command's flags. */
export async function applyConfig(command: Command): Promise<void> {
  const known = new Map(command.options.map((option) => [option.attributeName(), option]));
  if (!known.has('config')) return;
  const explicit = command.getOptionValue('config') as string | undefined;
  const file = explicit ?? join(command.args[0] ?? '.', CONFIG_FILE_NAME);
  if (explicit === undefined) refuseSecondFolderConfig(command, file);
  if (explicit === undefined && !existsSync(file)) return;
  const settings = await readConfigFile(file);
  const base = dirname(file);
  // One file serves every command: a setting of another command (the thresholds of analyse,
  // say, read by validate) is left to that command; a setting of none is a mistake. A command's
  // own section ("analyse": { … }) comes after, so its settings win over the shared ones.
  const commands = command.parent?.commands ?? [command];
  const ofAnyCommand = new Set(commands.flatMap((each) => each.options.map((option) => option.attributeName())));
  const names = [...known.keys()].filter((name) => name !== 'config').join(', ');
  const shared = Object.entries(settings).filter(([key]) => !(CONFIG_SECTIONS as readonly string[]).includes(key)) as [string, ConfigValue][];
  for (const [key] of shared) {
    if (OWN_FILE_SETTINGS.has(key)) {
      throw new InputError('BAD_CONFIG', `"${key}" is shared by every command that reads this file, so each would write over what the last one wrote`, { file },
        `put it in the section of the command that writes it, e.g. "${key === 'out' ? 'report' : 'analyse'}": { "${key}": "${key === 'out' ? 'report.html' : 'analysis.json'}" }`);
    }
  }
  // The command's section under its name or an alias ("analyze"), as the command line takes either.
  const sections = [command.name(), ...command.aliases()].filter((name) => settings[name] !== undefined);
  if (sections.length > 1) throw new InputError('BAD_CONFIG', `"${sections.join('" and "')}" are two spellings of one command's section`, { file }, 'keep one of them');
  const [section] = sections;
  const own = section === undefined ? [] : Object.entries(settings[section] as Record<string, ConfigValue>).map(([key, value]) => [key, value, section] as const);
  applied = { command, file, fromSection: new Set(own.map(([key]) => key)) };
  for (const [key, value, from] of [...shared.map(([key, value]) => [key, value, undefined] as const), ...own]) {
    const isOwn = from !== undefined;
    if (key === 'config' || !(isOwn ? known.has(key) : ofAnyCommand.has(key))) {
      const other = isOwn ? undefined : commands.find((each) => each.name() === key || each.aliases().includes(key));
      // A command that takes no --config (sample) reads no section.
      if (other) throw new InputError('BAD_CONFIG', `"${key}": nodefinder ${other.name()} reads no config file`, { file }, `give its flags on the command line, and take "${key}" out of the file`);
      const candidates = isOwn ? known.keys() : [...ofAnyCommand, ...CONFIG_SECTIONS];
      const nearest = didYouMean(key, [...candidates].filter((name) => name !== 'config'), (name) => `"${name}"`);
      throw new InputError('BAD_CONFIG', `"${isOwn ? `${from}.` : ''}${key}" is not a setting of nodefinder ${command.name()}${isOwn ? '' : ' or any other command'}`, { file },
        nearest ?? `settings are the commands' long flags in camelCase; ${command.name()} has: ${names}`);
    }
    if (!known.has(key) || command.getOptionValueSource(key) === 'cli') continue;
    if (isSwitch(command, key) && typeof value !== 'boolean') {
      throw new InputError('BAD_CONFIG', `"${key}" is a switch, so its value is true or false, not ${JSON.stringify(value)}`, { file },
        `write "${key}": true or "${key}": false, without quotes`);
    }
    // A path is text; a teams file alone may be false (--no-teams).
    if (PATH_SETTINGS.has(key) && typeof value === 'boolean' && !(key === 'teams' && value === false)) {
      throw new InputError('BAD_CONFIG', `"${key}" is a path, so its value is text in quotes, not ${value}`, { file },
        `write the path in quotes${key === 'teams' ? ', or "teams": false to read the teams from the staff file' : ''}`);
    }
    // Commander checks choices only on the command line. A value another command's flag of the
    // same name takes ("format": "json" for analyse, read by report) is left to that command.
    const choices = command.options.find((option) => option.attributeName() === key)?.argChoices;
    if (choices && !choices.includes(String(value))) {
      const elsewhere = commands.flatMap((each) => each.options.filter((option) => option.attributeName() === key).flatMap((option) => option.argChoices ?? []));
      if (elsewhere.includes(String(value)) && !isOwn) continue;
      const allowed = isOwn ? choices : [...new Set(elsewhere)];
      throw new InputError('BAD_CONFIG', `"${key}": ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`, { file }, `write one of them, e.g. "${key}": "${choices[0]}"`);
    }
    command.setOptionValueWithSource(key, flagValue(key, value, base), 'config');
  }
  takeFolderTeams(command, file);
}

/**
 * A config file in DIR that names the staff file sets DIR up as the organisation's folder, so
 * DIR/teams.csv is its teams file, as if named: not a stray teams file read by default while the
 * staff file is elsewhere, which gets a warning (load-warnings.ts teamsApartFromStaff).
 */
function takeFolderTeams(command: Command, file: string): void {
  const dir = command.args[0] ?? '.';
  if (command.getOptionValueSource('staff') !== 'config' || command.getOptionValue('teams') !== undefined) return;
  if (resolve(dirname(file)) !== resolve(dir)) return;
  const teams = join(dir, DEFAULT_FILES.teams);
  if (existsSync(teams)) command.setOptionValueWithSource('teams', teams, 'config');
}

/**
 * The command a config file was applied to, the file, and the settings taken from the command's
 * own section rather than the shared ones: for {@link asConfigError}.
 */
let applied: { command: Command; file: string; fromSection: ReadonlySet<string> } | undefined;

/** The config file `command` took settings from, to name it where they are the trouble. */
export function configFileOf(command: Command): string | undefined {
  return applied?.command === command ? applied.file : undefined;
}

/**
 * A flag's error (`--min-interactions: "two" is not …`) as the config file's error when the
 * value came from the file: the user typed no such flag, so the message names the setting and
 * the file instead. Any other error is returned as it is.
 */
export function asConfigError(error: unknown): unknown {
  const flag = error instanceof UsageError ? /^(--[a-z][a-z-]*)[: ]/.exec(error.message)?.[1] : undefined;
  if (!applied || !flag) return error;
  const option = applied.command.options.find((each) => each.long === flag);
  if (!option || applied.command.getOptionValueSource(option.attributeName()) !== 'config') return error;
  const key = option.attributeName();
  const message = `"${key}"${(error as UsageError).message.slice(flag.length)}`;
  const hint = [(error as UsageError).hint, applied.fromSection.has(key) ? undefined : sectionHint(applied.command, key)].filter((part) => part !== undefined).join('; ');
  return new InputError('BAD_CONFIG', message, { file: applied.file }, hint === '' ? undefined : hint);
}

/**
 * A shared setting the command refuses whose value another command's flag takes ("format":
 * "csv", refused by validate, written by analyse) was meant for that command: its section says so.
 */
function sectionHint(command: Command, key: string): string | undefined {
  const value = String(command.getOptionValue(key));
  const takers = (command.parent?.commands ?? []).filter((each) => each !== command && each.options.some((option) => option.attributeName() === key && option.argChoices?.includes(value)));
  if (takers.length === 0) return undefined;
  return `if it is for ${joinList(takers.map((each) => each.name()), 'or')}, move it into that command's section, e.g. "${takers[0]!.name()}": { "${key}": ${JSON.stringify(value)} }`;
}

/** Whether every flag behind `key` takes no value (--strict, --matrix, --no-teams …). */
function isSwitch(command: Command, key: string): boolean {
  return command.options.every((option) => option.attributeName() !== key || option.isBoolean() || option.negate);
}

/** The setting in the form commander would have produced from the command line. */
function flagValue(key: string, value: ConfigValue, base: string): unknown {
  // "output": "-" is standard output, as --output - is: no file in the config file's folder.
  if (OWN_FILE_SETTINGS.has(key) && value === STANDARD_OUTPUT) return value;
  // Joined, not resolved: a message names the file as a typed path would be (`analysis.json` from
  // ./nodefinder.config.json, `exports/hr/people.csv` from exports/'s), not as /the/whole/path.
  if (PATH_SETTINGS.has(key) && typeof value === 'string') return isAbsolute(value) ? value : join(base, value);
  if (LIST_SETTINGS.has(key)) return listValue(key, value);
  // As typed on the command line: an item holding a comma or a quote in double quotes ("Cost, Centre").
  if (Array.isArray(value)) return value.map((item) => (/[",]/.test(item) ? `"${item.replace(/"/g, '""')}"` : item)).join(',');
  if (typeof value === 'number') return String(value);
  return value;
}

function listValue(key: string, value: ConfigValue): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return [...value];
  if (typeof value === 'object') {
    // columns: { "staff": { "team": "DEPT" }, "source": "Sender" }; thresholds: { "siloEiIndex": -0.7 }
    return Object.entries(value).flatMap(([name, inner]) =>
      typeof inner === 'object' && inner !== null
        ? Object.entries(inner as Record<string, string | number>).map(([field, column]) => `${name}.${field}=${column}`)
        : [`${name}=${inner}`],
    );
  }
  return [`${key}=${value}`];
}

/**
 * compare BEFORE_DIR AFTER_DIR reads one config file, whose settings apply to both folders: the
 * first folder's. An after folder with a config file of its own (one that maps its columns, say)
 * would go unread, and its settings would be taken from the other folder's, so that is refused.
 */
function refuseSecondFolderConfig(command: Command, first: string): void {
  const second = command.args[1] === undefined ? undefined : join(command.args[1], CONFIG_FILE_NAME);
  if (second === undefined || !existsSync(second) || resolve(second) === resolve(first)) return;
  if (existsSync(first) && readFileSync(first).equals(readFileSync(second))) return;
  throw new UsageError(`compare reads one config file for both folders, and ${second} is not ${existsSync(first) ? first : 'the first folder\'s (it has none)'}`,
    'give the one whose settings apply to both folders with --config FILE, or make the two folders\' config files the same');
}
