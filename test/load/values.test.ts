import { describe, expect, it } from 'vitest';
import { isNumericDate, parseNumber, parseTimestamp, parseWindowEnd } from '../../src/load/values.js';

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
    // ISO 8601 also writes a zone as ±hh and ±hhmm.
    expect(parseTimestamp('2026-02-28T10:00:00+01')).toBe(Date.UTC(2026, 1, 28, 9) / 1000);
    expect(parseTimestamp('2026-02-28T10:00:00-0530')).toBe(Date.UTC(2026, 1, 28, 15, 30) / 1000);
    expect(parseTimestamp('2026-02-28 10:00+0100')).toBe(Date.UTC(2026, 1, 28, 9) / 1000);
    expect(parseTimestamp('2026-02-28T10:00:00.250Z')).toBe(Date.UTC(2026, 1, 28, 10, 0, 0, 250) / 1000);
  });
  it('rejects impossible dates and other text', () => {
    expect(parseTimestamp('2026-02-30')).toBeUndefined();
    expect(parseTimestamp('2026-13-01')).toBeUndefined();
    expect(parseTimestamp('2026-02-28T25:00')).toBeUndefined();
    expect(parseTimestamp('28/02/2026')).toBeUndefined();
    expect(parseTimestamp('yesterday')).toBeUndefined();
  });
  it('reads dates in numbers only in the order given, and not without one', () => {
    const utc = (...parts: [number, number, number, number?, number?, number?]) => Date.UTC(...parts) / 1000;
    expect(parseTimestamp('02/03/2026', 'dmy')).toBe(utc(2026, 2, 2));
    expect(parseTimestamp('02/03/2026', 'mdy')).toBe(utc(2026, 1, 3));
    expect(parseTimestamp('02/03/2026')).toBeUndefined();
    // Other separators, one-digit parts, seconds and their fraction (to the millisecond, as ISO).
    expect(parseTimestamp('2.3.2026 9:05', 'dmy')).toBe(utc(2026, 2, 2, 9, 5));
    expect(parseTimestamp('02-03-2026 09:05:30', 'dmy')).toBe(utc(2026, 2, 2, 9, 5, 30));
    expect(parseTimestamp('02/03/2026, 09:05:30.2509', 'dmy')).toBe(utc(2026, 2, 2, 9, 5, 30) + 0.25);
    expect(parseTimestamp('02/03/2026T09:05', 'dmy')).toBe(utc(2026, 2, 2, 9, 5));
  });
  it('reads AM and PM, with 12 AM as midnight and 12 PM as noon', () => {
    const utc = (hour: number, minute = 0) => Date.UTC(2026, 2, 31, hour, minute) / 1000;
    expect(parseTimestamp('3/31/2026 9:30 PM', 'mdy')).toBe(utc(21, 30));
    expect(parseTimestamp('3/31/2026 9:30 am', 'mdy')).toBe(utc(9, 30));
    expect(parseTimestamp('3/31/2026 12:15 AM', 'mdy')).toBe(utc(0, 15));
    expect(parseTimestamp('3/31/2026 12:15 p.m.', 'mdy')).toBe(utc(12, 15));
    expect(parseTimestamp('3/31/2026 13:00 PM', 'mdy')).toBeUndefined();
    expect(parseTimestamp('3/31/2026 0:30 AM', 'mdy')).toBeUndefined();
  });
  it('rejects numeric dates that are no date in the order given', () => {
    expect(parseTimestamp('31/03/2026', 'mdy')).toBeUndefined();
    expect(parseTimestamp('29/02/2026', 'dmy')).toBeUndefined();
    expect(parseTimestamp('29/02/2028', 'dmy')).toBe(Date.UTC(2028, 1, 29) / 1000);
    expect(parseTimestamp('31/03/2026 24:00', 'dmy')).toBeUndefined();
    expect(parseTimestamp('31/03/26', 'dmy')).toBeUndefined(); // a two-digit year could be any century
    // A year is read as written, as in ISO dates, and second 60 is refused in both forms.
    expect(parseTimestamp('31/03/0026', 'dmy')).toBe(parseTimestamp('0026-03-31'));
    expect(new Date(parseTimestamp('31/03/0026', 'dmy')! * 1000).getUTCFullYear()).toBe(26);
    expect(parseTimestamp('29/02/0000', 'dmy')).toBe(parseTimestamp('0000-02-29'));
    expect(parseTimestamp('31/03/2026 09:30:60', 'dmy')).toBeUndefined();
    expect(parseTimestamp('2026-03-31T09:30:60Z')).toBeUndefined();
    expect(parseTimestamp('31/03-2026', 'dmy')).toBeUndefined(); // mixed separators
    // The order changes nothing for ISO dates and Unix times.
    expect(parseTimestamp('2026-03-02', 'mdy')).toBe(Date.UTC(2026, 2, 2) / 1000);
    expect(parseTimestamp('1772236800', 'dmy')).toBe(1772236800);
  });
  it('tells numeric dates from other text', () => {
    expect(isNumericDate(' 31/03/2026 09:30 ')).toBe(true);
    expect(isNumericDate('3/31/2026 9:30 PM')).toBe(true);
    expect(isNumericDate('2026-03-31')).toBe(false);
    expect(isNumericDate('yesterday')).toBe(false);
  });
  it('takes a bare date as the end of that day for --until', () => {
    expect(parseWindowEnd('31/03/2026', 'dmy')).toBe(parseWindowEnd('2026-03-31'));
    expect(parseWindowEnd('03/31/2026', 'mdy')).toBe(parseWindowEnd('2026-03-31'));
    expect(parseWindowEnd('31/03/2026 12:00', 'dmy')).toBe(Date.UTC(2026, 2, 31, 12) / 1000);
    expect(parseWindowEnd('31/03/2026')).toBeUndefined();
    expect(parseWindowEnd('2026-03-31')).toBeCloseTo(Date.UTC(2026, 3, 1) / 1000, 2);
    expect(parseWindowEnd('2026-03-31')! < Date.UTC(2026, 3, 1) / 1000).toBe(true);
    expect(parseWindowEnd('2026-03-31T12:00:00Z')).toBe(Date.UTC(2026, 2, 31, 12) / 1000);
  });
});
