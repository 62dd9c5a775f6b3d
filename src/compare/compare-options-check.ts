/**
 * compare's options, checked as the other library functions check theirs: an unknown name, a
 * mode it does not have or a value out of range is a UsageError naming it, not an option ignored,
 * a mode written into the output or a TypeError from deep inside.
 */
import { UsageError } from '../errors.js';
import { checkIntroductionOptions, INTRODUCTION_DEFAULTS } from '../introductions/suggest-introductions.js';
import { refuseUnknownOptions, refuseUnlessWholeNumber } from '../option-names.js';
import type { CompareOptions } from './compare.js';

const OPTION_NAMES = ['mode', 'top', 'minGroupSize', 'windows', 'introductions', 'notes'];
const MODES = ['periods', 'folders'];
/** Introduction options compare sets itself: the repairs come from the whole plan, at most `top`, with the comparison's minGroupSize. */
const SET_BY_COMPARE = ['limit', 'forPerson', 'forTeam', 'minGroupSize'];

/** Throws UsageError for the first option that cannot be used. */
export function checkCompareOptions(options: Partial<CompareOptions>): void {
  refuseUnknownOptions('compare', options, OPTION_NAMES);
  const { mode, top, minGroupSize, windows, introductions, notes } = options;
  if (mode !== undefined && !MODES.includes(mode)) throw new UsageError(`compare: mode must be ${MODES.join(' or ')}, not ${JSON.stringify(mode)}`);
  refuseUnlessWholeNumber('compare', 'top', top, 0);
  refuseUnlessWholeNumber('compare', 'minGroupSize', minGroupSize, 1);
  if (windows !== undefined && !(Array.isArray(windows) && windows.every(isWindowFigures))) {
    throw new UsageError(`compare: windows must be a list of the before period's window figures, not ${JSON.stringify(windows)}`,
      'measure each window with measureWindow(organisation, range) over the ranges planNoiseWindows(before) gives, or leave windows out');
  }
  if (notes !== undefined && !(Array.isArray(notes) && notes.every((note) => typeof note === 'string'))) {
    throw new UsageError(`compare: notes must be a list of texts, not ${JSON.stringify(notes)}`);
  }
  if (introductions !== undefined) checkIntroductions(introductions);
}

/** The options of the after period's introduction plan, as suggestIntroductions checks them, less those compare sets. */
function checkIntroductions(introductions: object): void {
  refuseUnknownOptions('compare introductions', introductions, Object.keys(INTRODUCTION_DEFAULTS));
  const set = Object.keys(introductions).filter((name) => SET_BY_COMPARE.includes(name));
  if (set.length > 0) {
    throw new UsageError(`compare introductions: ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set by compare: the repairs are taken from the after period's whole plan, at most top of them, for the comparison's minGroupSize`,
      'give top and minGroupSize as options of compare');
  }
  checkIntroductionOptions('compare introductions', { ...INTRODUCTION_DEFAULTS, ...introductions });
}

/** What measureWindow gives: the window's range and its figures by team and by pair of teams. */
function isWindowFigures(window: unknown): boolean {
  if (typeof window !== 'object' || window === null) return false;
  const { range, teams, pairs } = window as Record<string, unknown>;
  return typeof range === 'object' && range !== null && teams instanceof Map && pairs instanceof Map;
}
