import { describe, expect, it } from 'vitest';
import { parseNumber, parseTimestamp, parseWindowEnd } from '../../src/load/values.js';

describe('parseNumber', () => {
  it('reads plain numbers', () => {
    expect(parseNumber('14', false)).toBe(14);
    expect(parseNumber(' 2.5 ', false)).toBe(2.5);
    expect(parseNumber('1e3', false)).toBe(1000);
  });
  it('reads a decimal comma only when allowed', () => {
    expect(parseNumber('9,333', true)).toBeCloseTo(9.333, 12);
    expect(parseNumber('9,333', false)).toBeUndefined();
  });
  it('rejects text', () => {
    expect(parseNumber('three', true)).toBeUndefined();
    expect(parseNumber('', true)).toBeUndefined();
    expect(parseNumber('1.2.3', true)).toBeUndefined();
  });
});

describe('parseTimestamp', () => {
  it('reads Unix seconds', () => {
    expect(parseTimestamp('1772236800')).toBe(1772236800);
    expect(parseTimestamp('28840')).toBe(28840);
  });
  it('reads Unix milliseconds, as exports from JavaScript and Java write them, from 10^11 on', () => {
    expect(parseTimestamp('1772442000000')).toBe(1772442000);
    expect(parseTimestamp('1772442000123')).toBe(1772442000.123);
    expect(new Date(parseTimestamp('1772442000000')! * 1000).toISOString()).toBe('2026-03-02T09:00:00.000Z');
    // Just below: seconds (the year 5138), just at: milliseconds (3 March 1973).
    expect(parseTimestamp('99999999999')).toBe(99999999999);
    expect(parseTimestamp('100000000000')).toBe(100000000);
  });
  it('reads ISO dates and date-times, taking a missing zone as UTC', () => {
    expect(parseTimestamp('2026-02-28')).toBe(Date.UTC(2026, 1, 28) / 1000);
    expect(parseTimestamp('2026-02-28T10:00')).toBe(Date.UTC(2026, 1, 28, 10) / 1000);
    expect(parseTimestamp('2026-02-28 10:00:30')).toBe(Date.UTC(2026, 1, 28, 10, 0, 30) / 1000);
    expect(parseTimestamp('2026-02-28T10:00:00+01:00')).toBe(Date.UTC(2026, 1, 28, 9) / 1000);
    expect(parseTimestamp('2026-02-28T10:00:00.250Z')).toBe(Date.UTC(2026, 1, 28, 10, 0, 0, 250) / 1000);
  });
  it('rejects impossible dates and other text', () => {
    expect(parseTimestamp('2026-02-30')).toBeUndefined();
    expect(parseTimestamp('2026-13-01')).toBeUndefined();
    expect(parseTimestamp('2026-02-28T25:00')).toBeUndefined();
    expect(parseTimestamp('28/02/2026')).toBeUndefined();
    expect(parseTimestamp('yesterday')).toBeUndefined();
  });
  it('takes a bare date as the end of that day for --until', () => {
    expect(parseWindowEnd('2026-03-31')).toBeCloseTo(Date.UTC(2026, 3, 1) / 1000, 2);
    expect(parseWindowEnd('2026-03-31')! < Date.UTC(2026, 3, 1) / 1000).toBe(true);
    expect(parseWindowEnd('2026-03-31T12:00:00Z')).toBe(Date.UTC(2026, 2, 31, 12) / 1000);
  });
});
