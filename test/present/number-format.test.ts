import { describe, expect, it } from 'vitest';
import { fixedOrSignificant, formatCount } from '../../src/present/number-format.js';

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

describe('fixedOrSignificant', () => {
  it('gives three decimals, or three significant digits where three decimals would show 0', () => {
    expect(fixedOrSignificant(0.3)).toBe('0.300');
    expect(fixedOrSignificant(0.0012)).toBe('0.001');
    expect(fixedOrSignificant(0.000202)).toBe('0.000202');
    expect(fixedOrSignificant(0.0000123456)).toBe('0.0000123');
    expect(fixedOrSignificant(-0.0005)).toBe('-0.000500');
    expect(fixedOrSignificant(0)).toBe('0.000');
    expect(fixedOrSignificant(NaN)).toBe('–');
  });
});
