/** Timestamps and weights read from bytes give exactly what values.ts gives for the same text. */
import { describe, expect, it } from 'vitest';
import { TimestampReader, wholeNumberFromBytes } from '../../src/load/byte-values.js';
import { parseNumber, parseTimestamp } from '../../src/load/values.js';

function readBytes(reader: TimestampReader, text: string): number | undefined {
  const bytes = Buffer.from(`,${text},`, 'utf8');
  return reader.read(bytes, 1, bytes.length - 1);
}

describe('TimestampReader', () => {
  it('reads the common forms as values.ts does', () => {
    const reader = new TimestampReader();
    const texts = [
      '2026-01-05', '2026-01-05T07:07:00Z', '2026-01-05T07:07:00', '2026-01-05 07:07:00', '2026-01-05T07:07', '2026-01-05T07:07Z',
      '1970-01-01T00:00:00Z', '2000-02-29T23:59:59Z', '2024-12-31', '2100-03-01T12:00:00Z', '9999-12-31T23:59:59Z',
      '1767225600', '0', '42', '99999999999', '100000000000', '1772442000123',
    ];
    for (const text of texts) {
      expect(readBytes(reader, text), text).toBe(parseTimestamp(text));
    }
  });

  it('matches values.ts on every fifth day from 1970 to 2100, at random times', () => {
    const reader = new TimestampReader();
    const day = 86_400_000;
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let t = 0; t < Date.UTC(2100, 0, 1); t += 5 * day) {
      const date = new Date(t + (next() % day));
      const iso = date.toISOString().slice(0, 19);
      const text = next() % 2 === 0 ? `${iso}Z` : iso.replace('T', ' ');
      expect(readBytes(reader, text), text).toBe(parseTimestamp(text));
      expect(readBytes(reader, iso.slice(0, 10)), iso).toBe(parseTimestamp(iso.slice(0, 10)));
    }
  });

  it('leaves other forms and invalid dates to values.ts', () => {
    const reader = new TimestampReader();
    for (const text of [
      '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-01-05T24:00:00Z', '2026-01-05T07:60:00Z',
      '2026-01-05T07:07:60Z', '2026-01-05T07:07:00+01:00', '2026-01-05T07:07:00.250Z', '1969-12-31', '0050-01-01',
      '31/03/2026', '2026-1-5', 'soon', '12.5', '2026-01-05T07:07:00ZZ',
    ]) {
      expect(readBytes(reader, text), text).toBeUndefined();
    }
  });

  it('reads dates in numbers only in the order given as values.ts does, every third day from 1970 to 2100', () => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    for (const order of ['dmy', 'mdy'] as const) {
      const reader = new TimestampReader(order);
      for (let t = 0; t < Date.UTC(2100, 0, 1); t += 3 * 86_400_000) {
        const date = new Date(t + (next() % 86_400_000));
        const [day, month, year] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
        const [a, b] = order === 'dmy' ? [day, month] : [month, day];
        const separator = ['/', '.', '-'][next() % 3];
        // One or two digits, with and without a time, in each of the forms read from bytes.
        const datePart = next() % 2 === 0 ? `${pad(a)}${separator}${pad(b)}${separator}${year}` : `${a}${separator}${b}${separator}${year}`;
        const hour = date.getUTCHours();
        const time = [``, ` ${hour}:${pad(date.getUTCMinutes())}`, `T${pad(hour)}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`][next() % 3];
        const text = datePart + time;
        expect(readBytes(reader, text), text).toBe(parseTimestamp(text, order));
        expect(readBytes(reader, text), text).not.toBeUndefined();
      }
    }
  });

  it('leaves numeric dates it does not read to values.ts, and reads none without an order', () => {
    const reader = new TimestampReader('dmy');
    for (const text of [
      '31/02/2026', '29/02/2026', '00/01/2026', '01/13/2026', '1/1/1969', '01/01/26', '01/01-2026', '1/1/2026 24:00', '1/1/2026 9:60',
      '1/1/2026 9:30:60', '1/1/2026 9:30 PM', '1/1/2026 9:30:15.250', '1/1/2026, 9:30', '1/1/2026  9:30', '111/1/2026', '1/1/20260', '1/',
    ]) {
      expect(readBytes(reader, text), text).toBeUndefined();
    }
    expect(readBytes(new TimestampReader(), '01/02/2026')).toBeUndefined();
    expect(readBytes(new TimestampReader('mdy'), '2026-01-05T07:07:00Z')).toBe(parseTimestamp('2026-01-05T07:07:00Z'));
  });

  it('does not carry a remembered date into a different one', () => {
    const reader = new TimestampReader();
    expect(readBytes(reader, '2026-01-05T10:00:00Z')).toBe(parseTimestamp('2026-01-05T10:00:00Z'));
    expect(readBytes(reader, '2026-01-06T10:00:00Z')).toBe(parseTimestamp('2026-01-06T10:00:00Z'));
    expect(readBytes(reader, '2025-01-06T10:00:00Z')).toBe(parseTimestamp('2025-01-06T10:00:00Z'));
    expect(readBytes(reader, '2026-02-30T10:00:00Z')).toBeUndefined();
  });
});

describe('wholeNumberFromBytes', () => {
  it('reads whole numbers as parseNumber does and leaves everything else to it', () => {
    const read = (text: string) => {
      const bytes = Buffer.from(text, 'utf8');
      return wholeNumberFromBytes(bytes, 0, bytes.length);
    };
    for (const text of ['0', '7', '007', '123456789012345']) expect(read(text)).toBe(parseNumber(text, false));
    for (const text of ['', '1.5', '-1', '+2', '1e3', '1234567890123456', 'x']) expect(read(text)).toBeUndefined();
  });
});
