/**
 * The flags that shape the plan of introductions, shared by every command that writes one
 * (analyse, report, export, suggest): the same flags, and the same config file keys, give the same
 * plan whichever command writes it.
 */
import type { Command } from 'commander';
import { INTRODUCTION_DEFAULTS, type IntroductionOptions } from '../introductions/suggest-introductions.js';
import { numberOption } from './number-option.js';
import { wholeNumberFlag } from './whole-number-flag.js';

export interface IntroductionFlags {
  limit: string;
  maxPerPerson: string;
  exclude?: string;
}

export function addIntroductionFlags(command: Command): Command {
  return command
    .addOption(numberOption('--limit <n>', 'most introductions listed (the plan covers the whole organisation; this cuts the list)', INTRODUCTION_DEFAULTS.limit))
    .addOption(numberOption('--max-per-person <n>', 'introductions one person may appear in, introducer included', INTRODUCTION_DEFAULTS.maxPerPerson))
    .option('--exclude <file>', 'pairs of person ids (two columns, a header row optional) already introduced or not to be suggested; pairs naming someone not in the staff file are noted on stderr (with --strict: an error)');
}

/** The limit and the cap, from the flags a command has (compare has none of them: the defaults). The --exclude file is read by runAnalysis. */
export function toIntroductionOptions(flags: Partial<IntroductionFlags>): Partial<IntroductionOptions> {
  return {
    ...(flags.limit !== undefined && { limit: wholeNumberFlag('--limit', flags.limit, 1) }),
    ...(flags.maxPerPerson !== undefined && { maxPerPerson: wholeNumberFlag('--max-per-person', flags.maxPerPerson, 1) }),
  };
}
