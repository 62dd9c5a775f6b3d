/** compare checks its options as the other library functions do: a UsageError naming the option. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { compare, type ComparedPeriod, type CompareOptions } from '../../src/compare/compare.js';
import { UsageError } from '../../src/errors.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { writeTinyOrganisation } from './tiny-org.js';

describe('compare options', async () => {
  const { organisation, report } = await loadOrganisation({ dir: writeTinyOrganisation() });
  const side: ComparedPeriod = { label: 'all', range: null, organisation, analysis: analyse(organisation, {}, report) };
  const refusal = (options: unknown) => {
    try {
      compare(side, side, options as Partial<CompareOptions>);
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return error as UsageError;
    }
    throw new Error(`expected compare to refuse ${JSON.stringify(options)}`);
  };

  it('refuses an unknown option and a mode it does not have', () => {
    expect(refusal({ tpo: 3 })).toMatchObject({ message: 'compare: unknown option "tpo"', hint: 'the options are mode, top, minGroupSize, windows, introductions, notes' });
    expect(refusal(null).message).toBe('compare: the options must be an object of names and values, not null');
    expect(refusal({ mode: 'folder' }).message).toBe('compare: mode must be periods or folders, not "folder"');
  });

  it('refuses top and minGroupSize out of range as a UsageError, not a RangeError', () => {
    expect(refusal({ top: -1 }).message).toBe('compare: top must be a whole number of at least 0, not -1');
    expect(refusal({ top: 2.5 }).message).toBe('compare: top must be a whole number of at least 0, not 2.5');
    expect(refusal({ minGroupSize: 0 }).message).toBe('compare: minGroupSize must be a whole number of at least 1, not 0');
  });

  it('refuses windows and notes that are not lists of theirs', () => {
    expect(refusal({ windows: 'x' }).message).toBe('compare: windows must be a list of the before period\'s window figures, not "x"');
    expect(refusal({ windows: [{ start: '2026-01-01' }] }).message).toMatch(/^compare: windows must be a list of the before period's window figures/);
    expect(refusal({ notes: 'see above' }).message).toBe('compare: notes must be a list of texts, not "see above"');
  });

  it('checks the introductions as suggestIntroductions does, and refuses those compare sets itself', () => {
    expect(refusal({ introductions: { maxPerPerson: 0 } }).message).toBe('compare introductions: maxPerPerson must be a whole number of at least 1, not 0');
    expect(refusal({ introductions: { maxPerPersn: 2 } }).message).toBe('compare introductions: unknown option "maxPerPersn"');
    expect(refusal({ introductions: { limit: -1 } }).message).toMatch(/^compare introductions: limit is set by compare: /);
    expect(refusal({ introductions: { minGroupSize: 3, forTeam: 'A' } }).message).toMatch(/^compare introductions: minGroupSize, forTeam are set by compare: /);
  });

  it('takes options in range, and one given as undefined as left out', () => {
    const comparison = compare(side, side, { mode: 'folders', top: 0, minGroupSize: 1, windows: [], notes: ['a note'], introductions: { maxPerPerson: 2 } });
    expect(comparison.mode).toBe('folders');
    expect(comparison.options.top).toBe(0);
    expect(comparison.privacy.minGroupSize).toBe(1);
    expect(comparison.notes.at(-1)).toBe('a note');
    const defaults = compare(side, side, { mode: undefined, top: undefined });
    expect([defaults.mode, defaults.options.top]).toEqual(['periods', 10]);
  });
});
