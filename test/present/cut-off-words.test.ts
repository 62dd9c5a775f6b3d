/** The words for what a single point of failure would cut off: people, and the teams they are in. */
import { describe, expect, it } from 'vitest';
import { heldByText, peopleCutOffText } from '../../src/present/cut-off-words.js';

describe('peopleCutOffText', () => {
  it('says the teams are those the people cut off are in, not teams cut off whole', () => {
    expect(peopleCutOffText(1, 1)).toBe('1 person (in 1 team)');
    expect(peopleCutOffText(1200, 3)).toBe('1,200 people (in 3 teams)');
    expect(peopleCutOffText(2, 0)).toBe('2 people (in no team)');
  });
});

describe('heldByText', () => {
  const counts = { summedWeights: false };
  it('gives the ties holding the people cut off, and says a single interaction may be chance', () => {
    expect(heldByText({ tiesToCutOff: 1, strengthToCutOff: 1 }, counts)).toBe('1 tie of 1 interaction, which may be chance');
    expect(heldByText({ tiesToCutOff: 2, strengthToCutOff: 30 }, counts)).toBe('2 ties of 30 interactions');
  });
  it('names summed weights as strength, which counts no interactions, so none is called chance', () => {
    expect(heldByText({ tiesToCutOff: 1, strengthToCutOff: 1 }, { summedWeights: true })).toBe('1 tie of strength 1');
  });
});
