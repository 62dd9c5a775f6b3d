/** The name a mistyped one meant: near by a few edits, never a guess among equals or for a short code. */
import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/organisation/closest-name.js';

const TEAMS = ['Finance Strategy', 'Housing Repairs', 'Planning', 'T0017', 'T0018'];

describe('closestName', () => {
  it('finds a misspelling: a letter added, dropped, changed or two swapped', () => {
    expect(closestName('Finnance Strategy', TEAMS)).toEqual({ index: 0, distance: 1 });
    expect(closestName('Housing Repiars', TEAMS)).toEqual({ index: 1, distance: 1 });
    expect(closestName('Planing', TEAMS)).toEqual({ index: 2, distance: 1 });
  });

  it('finds a name that differs only in case, spaces, accents or punctuation at distance 0', () => {
    expect(closestName('finance  strategy', TEAMS)).toEqual({ index: 0, distance: 0 });
    expect(closestName('Plánning', TEAMS)).toEqual({ index: 2, distance: 0 });
    expect(closestName('Housing-Repairs', TEAMS)).toEqual({ index: 1, distance: 0 });
  });

  it('suggests nothing far off, for a short code, or when several names are as near', () => {
    expect(closestName('Legal Services', TEAMS)).toBeUndefined();
    expect(closestName('Fin Strat', TEAMS)).toBeUndefined();
    expect(closestName('T5', ['T1', 'T2'])).toBeUndefined();
    // T0019 is one digit from T0017 and from T0018.
    expect(closestName('T0019', TEAMS)).toBeUndefined();
    expect(closestName('T0081', TEAMS)).toEqual({ index: 4, distance: 1 });
    expect(closestName('', TEAMS)).toBeUndefined();
  });
});
