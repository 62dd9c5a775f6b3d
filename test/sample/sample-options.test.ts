/** Option defaults and validation: every bad option is a RangeError naming the option. */
import { describe, expect, it } from 'vitest';
import { resolveSampleOptions, SAMPLE_DEFAULTS } from '../../src/sample/index.js';

describe('resolveSampleOptions', () => {
  it('fills in the defaults', () => {
    expect(resolveSampleOptions()).toEqual(SAMPLE_DEFAULTS);
    expect(resolveSampleOptions({ staff: 50 })).toEqual({ ...SAMPLE_DEFAULTS, staff: 50 });
    expect(SAMPLE_DEFAULTS).toEqual({ staff: 1000, seed: 1, eventsPerPerson: 50, periodStart: '2026-01-05', periodEnd: '2026-06-26' });
  });

  it.each([
    [{ staff: 9 }, /staff/],
    [{ staff: 100.5 }, /staff/],
    [{ staff: 2_000_000 }, /staff/],
    [{ seed: -1 }, /seed/],
    [{ seed: 0.5 }, /seed/],
    [{ eventsPerPerson: -1 }, /eventsPerPerson/],
    [{ eventsPerPerson: Number.NaN }, /eventsPerPerson/],
    [{ staff: 1_000_000, eventsPerPerson: 500 }, /interactions/],
    [{ periodStart: '2026-02-30' }, /periodStart/],
    [{ periodEnd: '26/06/2026' }, /periodEnd/],
    [{ periodStart: '2026-06-01', periodEnd: '2026-05-31' }, /before/],
  ])('rejects %j', (options, message) => {
    expect(() => resolveSampleOptions(options)).toThrow(RangeError);
    expect(() => resolveSampleOptions(options)).toThrow(message);
  });

  it('accepts the edges', () => {
    expect(resolveSampleOptions({ staff: 10, seed: 0, eventsPerPerson: 0 }).staff).toBe(10);
    expect(resolveSampleOptions({ periodStart: '2026-03-01', periodEnd: '2026-03-01' }).periodEnd).toBe('2026-03-01');
    expect(resolveSampleOptions({ seed: Number.MAX_SAFE_INTEGER }).seed).toBe(Number.MAX_SAFE_INTEGER);
  });
});
