import { describe, expect, it } from 'vitest';
import { figure } from '../../src/present/comparison-sections.js';
import { signedFixed } from '../../src/number-text.js';
import { fixed, formatCount, thresholdFigure, threeFigures } from '../../src/present/number-format.js';

describe('formatCount', () => {
  it('groups digits in threes with commas, as en-GB does', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(21000)).toBe('21,000');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-4500)).toBe('-4,500');
  });

  it('writes every whole number as toLocaleString("en-GB") does, and other numbers through it', () => {
    const values = [1, 12, 123, 1234, 12345, 123456, 1234567, 100000, 1000000, Number.MAX_SAFE_INTEGER, -1, -999, -1000, -123456789, 2.5, 1234.5678, NaN, Infinity, 2 ** 60];
    // Numbers of every length from 1 to 16 digits, spread by a fixed multiplier (no randomness in tests).
    for (let n = 0; n < 2000; n++) values.push((n * 2654435761) % 10 ** (n % 16 + 1));
    for (const value of values) expect(formatCount(value), String(value)).toBe(value.toLocaleString('en-GB'));
  });
});

describe('signedFixed', () => {
  it('signs a value that shows as above zero, and never writes +0.00 or -0.00 (the E-I indices in compare\'s repair reasons)', () => {
    expect([0.12, -0.85, 0.004, -0.004, 0, 0.005, -0.005].map((value) => signedFixed(value, 2))).toEqual(['+0.12', '-0.85', '0.00', '0.00', '0.00', '+0.01', '-0.01']);
  });
});

describe('fixed', () => {
  it('writes a value that rounds to zero without a sign, in every report and the comparison', () => {
    expect([-0.004, -0.0049, -0, 0.004, -0.005, -0.04].map((value) => fixed(value, 2))).toEqual(['0.00', '0.00', '0.00', '0.00', '-0.01', '-0.04']);
    expect(fixed(-0.3, 0)).toBe('0');
    expect(fixed(-0.0004)).toBe('0.000');
    // The comparison's figures (an after E-I index of -0.004 read "-0.00").
    expect([figure(-0.004, 2), figure(-0, 0), figure(-0.04, 2), figure(null, 2)]).toEqual(['0.00', '0', '-0.04', '–']);
  });
});

describe('threeFigures', () => {
  it('gives three decimals, or three significant digits below 0.01', () => {
    expect([0.3, 0.15625, 0.0012, 0.00485, 0.0054912, 0.000202, 0.0000123456, -0.0005, 0].map(threeFigures))
      .toEqual(['0.300', '0.156', '0.00120', '0.00485', '0.00549', '0.000202', '0.0000123', '-0.000500', '0.000']);
    expect(threeFigures(NaN)).toBe('–');
  });
});

describe('thresholdFigure', () => {
  it('never writes a figure that shuts out someone past the threshold', () => {
    // The broker threshold of the 21,000-person sample (seed 1): 0.005 and 0.00485 are above it.
    expect(thresholdFigure(0.004848595083825593, 'at least')).toBe('0.00484');
    expect(thresholdFigure(0.23678454058852644, 'at most')).toBe('0.237');
    expect(thresholdFigure(0.23678454058852644, 'at least')).toBe('0.236');
    expect(thresholdFigure(0.0054912, 'at most')).toBe('0.00550');
    expect(thresholdFigure(0.0999996, 'at least')).toBe('0.099');
  });

  it('writes a threshold that the figure shows exactly as it is', () => {
    expect([thresholdFigure(0.005, 'at least'), thresholdFigure(0.3, 'at most'), thresholdFigure(0.3, 'at least'), thresholdFigure(0, 'at least')])
      .toEqual(['0.00500', '0.300', '0.300', '0.000']);
    expect(thresholdFigure(NaN, 'at least')).toBe('–');
  });
});
