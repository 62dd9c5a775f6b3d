/** How figures read on screen. */
import { describe, expect, it } from 'vitest';
import { countText, evidenceList, evidenceText, figure, fixed, interactionsText, percentText, plural, share } from '../../src/ui/format.js';

describe('format', () => {
  it('writes a dash for a figure that does not apply or was withheld', () => {
    expect(fixed(Number.NaN)).toBe('–');
    expect(fixed(null)).toBe('–');
    expect(countText(undefined)).toBe('–');
    expect(percentText(Number.NaN)).toBe('–');
    expect(figure(Infinity)).toBe('–');
  });
  it('keeps three significant digits of a share below 0.01, so a broker threshold of 0.00485 does not read as 0.005', () => {
    expect([share(0.00485), share(0.0054912), share(0.0000123), share(0.053), share(0.15625), share(0), share(NaN)]).toEqual(['0.00485', '0.00549', '0.0000123', '0.053', '0.156', '0.000', '–']);
    expect(evidenceText({ measure: 'betweenness', value: 0.0052, comparison: '>=', threshold: 0.00485, basis: '' })).toBe('betweenness 0.00520 ≥ 0.00485');
  });

  it('writes counts with separators, shares as percentages, figures compactly', () => {
    expect(countText(21000)).toBe('21,000');
    expect(percentText(2 / 3)).toBe('67%');
    expect(fixed(0.31415, 2)).toBe('0.31');
    expect([figure(70), figure(0.15625), figure(43.25), figure(-1)]).toEqual(['70', '0.156', '43.3', '-1']);
  });
  it('agrees number and noun', () => {
    expect(plural(1, 'tie', 'ties')).toBe('1 tie');
    expect(plural(3, 'tie', 'ties')).toBe('3 ties');
    expect(interactionsText(1, false)).toBe('1 interaction');
    expect(interactionsText(4, false)).toBe('4 interactions');
    expect(interactionsText(2.5, true)).toBe('strength 2.50');
    expect(interactionsText(1e-9, true)).toBe('strength <0.01');
  });
  it('writes evidence as measure, value, comparison and threshold', () => {
    const degree = { measure: 'degree', value: 70, comparison: '>=' as const, threshold: 58, basis: '99th percentile' };
    const constraint = { measure: 'constraint', value: 0.057, comparison: '<=' as const, threshold: 0.2309, basis: 'median' };
    expect(evidenceText(degree)).toBe('degree 70 ≥ 58');
    expect(evidenceList([degree, constraint])).toBe('degree 70 ≥ 58; constraint 0.057 ≤ 0.231');
    expect(evidenceList(undefined)).toBe('');
  });
});
