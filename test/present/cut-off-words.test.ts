/** The words for what a single point of failure would cut off: people, and the teams they are in. */
import { describe, expect, it } from 'vitest';
import { peopleCutOffText } from '../../src/present/cut-off-words.js';

describe('peopleCutOffText', () => {
  it('says the teams are those the people cut off are in, not teams cut off whole', () => {
    expect(peopleCutOffText(1, 1)).toBe('1 person (in 1 team)');
    expect(peopleCutOffText(1200, 3)).toBe('1,200 people (in 3 teams)');
    expect(peopleCutOffText(2, 0)).toBe('2 people (in no team)');
  });
});
