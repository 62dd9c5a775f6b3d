import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/cli/did-you-mean.js';

describe('didYouMean', () => {
  it('names the one nearest name: a letter missing, swapped or changed, or only case and punctuation apart', () => {
    expect(didYouMean('minInteraction', ['minInteractions', 'minGroupSize', 'maxPerPerson'], (name) => `"${name}"`)).toBe('did you mean "minInteractions"?');
    expect(didYouMean('keyFiel', ['keyFile', 'teams'])).toBe('did you mean keyFile?');
    expect(didYouMean('connectorPercentil', ['connectorPercentile', 'brokerPercentile'])).toBe('did you mean connectorPercentile?');
    expect(didYouMean('min_group_size', ['minGroupSize', 'minInteractions'])).toBe('did you mean minGroupSize?');
  });

  it('suggests nothing when no name is near, or two are equally near', () => {
    expect(didYouMean('colour', ['format', 'output', 'threads'])).toBeUndefined();
    expect(didYouMean('tem', ['team', 'term'])).toBeUndefined();
  });
});
