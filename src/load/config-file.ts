/**
 * Reads a `nodefinder.config.json`: the settings a team commits next to its exports (column
 * mappings, thresholds, filters), so every run reads the files the same way. Keys are the
 * commands' long flags in camelCase (`--min-interactions` → `minInteractions`).
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** The name looked for in the data folder. */
export const CONFIG_FILE_NAME = 'nodefinder.config.json';

/** A flag's value as the config file gives it. */
export type ConfigValue = string | number | boolean | readonly string[] | Readonly<Record<string, string | number>>;

/**
 * Commands that read a config file: a key of one of these names holds settings for it alone.
 * `analyze` is analyse's, as the command line takes either spelling.
 */
export const CONFIG_SECTIONS = ['analyse', 'analyze', 'suggest', 'report', 'export', 'validate', 'compare'] as const;

/** A config file: settings for every command, and sections of settings for one command each. */
export type ConfigSettings = Record<string, ConfigValue | Readonly<Record<string, ConfigValue>>>;

/** Reads and parses a config file; a JSON mistake is reported at its line and column. */
export async function readConfigFile(file: string): Promise<ConfigSettings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', code === 'ENOENT' ? 'config file not found' : `cannot read the config file (${code})`,
      { file }, 'check the path given with --config');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const position = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? NaN);
    const before = Number.isNaN(position) ? '' : text.slice(0, position);
    const line = before === '' ? undefined : before.split('\n').length;
    const column = before === '' ? undefined : position - before.lastIndexOf('\n');
    throw new InputError('BAD_CONFIG', 'the config file is not valid JSON', { file, line, column }, 'check for a missing comma, quote or bracket');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError('BAD_CONFIG', 'the config file must hold one JSON object', { file, line: 1 }, 'write it as { "flag": value, … }');
  }
  for (const [key, value] of Object.entries(parsed)) {
    if ((CONFIG_SECTIONS as readonly string[]).includes(key)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new InputError('BAD_CONFIG', `"${key}" holds the settings of nodefinder ${key} alone, so it is an object`, { file }, `write "${key}": { "flag": value, … }`);
      }
      for (const [inner, setting] of Object.entries(value)) refuseBadValue(`${key}.${inner}`, setting, file);
    } else refuseBadValue(key, value, file);
  }
  return parsed as ConfigSettings;
}

function refuseBadValue(key: string, value: unknown, file: string): void {
  if (!isConfigValue(value)) {
    throw new InputError('BAD_CONFIG', `"${key}" has a value nodefinder cannot use`, { file },
      'use a string, number, true/false, a list of strings, or (for columns and thresholds) an object');
  }
}

function isConfigValue(value: unknown): boolean {
  if (['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string');
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).every((item) => typeof item === 'string' || typeof item === 'number' || isNestedColumns(item));
  }
  return false;
}

// `columns` may be nested by file: { "staff": { "team": "DEPT" } }.
function isNestedColumns(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string' || typeof item === 'number');
}
