/**
 * The privacy flags shared by every command that writes an analysis out: minimum group size,
 * pseudonymisation with a secret key, and which staff columns to carry into the output.
 */
import type { Command } from 'commander';
import { PRIVACY_DEFAULTS } from '../privacy/release.js';
import { numberOption } from './number-option.js';
import { wholeNumberFlag } from './whole-number-flag.js';

export interface PrivacyFlags {
  minGroupSize: string;
  pseudonymise?: boolean;
  keyFile?: string;
  keepAttributes?: string;
}

export function addPrivacyFlags(command: Command): Command {
  return command
    .addOption(numberOption('--min-group-size <n>', 'teams smaller than this get no team figures in anything written out', PRIVACY_DEFAULTS.minGroupSize))
    .option('--pseudonymise', 'replace people by keyed-hash pseudonyms and drop names, e-mails and other staff columns (needs --key-file or NODEFINDER_KEY)')
    .option('--pseudonymize', 'same as --pseudonymise')
    .option('--key-file <file>', 'the secret key for --pseudonymise (at least 16 bytes; make one with `openssl rand -hex 32`)')
    .option('--keep-attributes <columns>', 'staff columns to carry into the output, comma-separated, a name with a comma in double quotes (default: none)');
}

/** The privacy options the flags ask for. */
export function toPrivacyOptions(flags: PrivacyFlags & { pseudonymize?: boolean }): { minGroupSize: number; pseudonymise: boolean; keyFile?: string; keepAttributes: string[] } {
  return {
    minGroupSize: wholeNumberFlag('--min-group-size', flags.minGroupSize ?? String(PRIVACY_DEFAULTS.minGroupSize), 1),
    pseudonymise: Boolean(flags.pseudonymise || flags.pseudonymize),
    keyFile: flags.keyFile,
    keepAttributes: columnNames(flags.keepAttributes ?? ''),
  };
}

/**
 * Comma-separated column names, a name holding a comma in double quotes as in a CSV header
 * (`"Cost, Centre",role`); a config file's list arrives so (apply-config.ts).
 */
export function columnNames(text: string): string[] {
  const names = [...text.matchAll(/\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/g)].map((match) => (match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]).trim());
  return names.filter((name) => name !== '');
}
