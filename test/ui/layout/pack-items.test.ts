/** Header figures and measure pairs packed into lines. */
import { describe, expect, it } from 'vitest';
import { packItems } from '../../../src/ui/layout/pack-items.js';

describe('packItems', () => {
  it('puts as many items on a line as fit with the separator', () => {
    expect(packItems(['aaa', 'bb', 'cccc', 'd'], 9, (s) => s, ' · ')).toEqual([['aaa', 'bb'], ['cccc', 'd']]);
  });
  it('gives an item wider than the line a line of its own', () => {
    expect(packItems(['a', 'bbbbbbbbbbbb', 'c'], 5, (s) => s, ' ')).toEqual([['a'], ['bbbbbbbbbbbb'], ['c']]);
  });
});
