/** The nearest names to a mistyped one, by commander's rule for unknown options. */
import { describe, expect, it } from 'vitest';
import { didYouMean, similarNames } from '../../src/cli/similar-names.js';

describe('similarNames', () => {
  it('finds the names fewest edits away, swaps of neighbours counting as one', () => {
    expect(similarNames('minInteraction', ['minInteractions', 'minGroupSize', 'maxPerPerson'])).toEqual(['minInteractions']);
    expect(similarNames('keyFiel', ['keyFile', 'teams'])).toEqual(['keyFile']);
    expect(similarNames('seeds', ['seed', 'steps', 'staff'])).toEqual(['seed']);
  });

  it('gives every name tied for nearest, sorted, and none when no name is near enough', () => {
    expect(similarNames('tem', ['team', 'term', 'teams'])).toEqual(['team', 'term']);
    expect(similarNames('colour', ['format', 'output', 'threads'])).toEqual([]);
    expect(similarNames('x', ['y', 'z'])).toEqual([]);
  });
});

describe('didYouMean', () => {
  it('asks about one name or several, quoted as the caller says', () => {
    expect(didYouMean('minInteraction', ['minInteractions'], (name) => `"${name}"`)).toBe('did you mean "minInteractions"?');
    expect(didYouMean('tem', ['team', 'term'])).toBe('did you mean one of team, term?');
    expect(didYouMean('colour', ['format'])).toBeUndefined();
  });
});
