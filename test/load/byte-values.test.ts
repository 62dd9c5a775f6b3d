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
