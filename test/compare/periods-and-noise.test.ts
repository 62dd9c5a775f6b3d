/** Periods written START..END, the windows of the before period, and the normal-variation rule. */
import { describe, expect, it } from 'vitest';
import { judgeVariation, measureWindow, normalVariation } from '../../src/compare/noise.js';
import { coveredPart, overlaps, parsePeriodRange, periodBetween, periodLength } from '../../src/compare/periods.js';
import { teamPairKey } from '../../src/compare/team-pairs.js';
import { planNoiseWindows, WINDOW_COUNT } from '../../src/compare/windows.js';
import { UsageError } from '../../src/errors.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { writeTinyOrganisation } from './tiny-org.js';

const DAY = 86_400;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 1000;
const range = (text: string) => parsePeriodRange('--before', text);
const labels = (windows: { start: string; end: string }[]) => windows.map((w) => `${w.start}..${w.end}`);

describe('parsePeriodRange', () => {
  it('reads inclusive dates: the end date is the whole of that day', () => {
    const period = range('2026-01-01..2026-03-31');
    expect(period).toEqual({ start: '2026-01-01', end: '2026-03-31', since: utc(2026, 1, 1), until: utc(2026, 3, 31) + DAY - 0.001 });
    expect(periodLength(period)).toBeCloseTo(90 * DAY, 6);
  });

  it('reads dates in numbers only in the order --date-order gives', () => {
    expect(parsePeriodRange('--before', '01/01/2026..31/03/2026', 'dmy')).toEqual({ ...range('2026-01-01..2026-03-31'), start: '01/01/2026', end: '31/03/2026' });
    expect(parsePeriodRange('--before', '1/1/2026..3/31/2026', 'mdy').until).toBe(range('2026-01-01..2026-03-31').until);
    expect(() => parsePeriodRange('--before', '01/01/2026..31/03/2026')).toThrow(UsageError);
  });

  it('refuses a date after the year 9999, a Unix time in microseconds taken for milliseconds, and keeps 9999 itself', () => {
    let error: unknown;
    try {
      range('2026-01-01..8639999999999999');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('--before: "8639999999999999" is after the year 9999');
    expect((error as UsageError).hint).toContain('divide one in microseconds by 1000');
    expect(range('2026-01-01..9999-12-31').until).toBe(253_402_300_800 - 0.001);
  });

  it('reads date-times and trims spaces', () => {
    const period = range(' 2026-01-05T08:00:00Z .. 2026-01-05T17:30:00Z ');
    expect(period.since).toBe(utc(2026, 1, 5) + 8 * 3600);
    expect(period.until).toBe(utc(2026, 1, 5) + 17.5 * 3600);
  });

  it.each(['2026-01-01', '2026-01-01..', '..2026-01-31', '2026-01-01..2026-02-01..2026-03-01', '2026-13-01..2026-12-31', 'Q1..Q2', '2026-03-01..2026-02-01'])(
    'refuses %j with a usage error naming the flag',
    (text) => {
      let error: unknown;
      try {
        parsePeriodRange('--after', text);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).code).toBe('USAGE');
      expect((error as UsageError).exitCode).toBe(2);
      expect((error as UsageError).message).toMatch(/^--after: /);
      expect((error as UsageError).hint).toContain('START..END');
    },
  );

  it('knows when two periods share an instant', () => {
    expect(overlaps(range('2026-01-01..2026-01-31'), range('2026-01-31..2026-02-28'))).toBe(true);
    expect(overlaps(range('2026-01-01..2026-01-31'), range('2026-02-01..2026-02-28'))).toBe(false);
    expect(overlaps(range('2026-02-01..2026-02-28'), range('2026-01-01..2026-01-31'))).toBe(false);
  });

  it('clips a period to the days its data covers, from the day of the first interaction to the day of the last', () => {
    const data = { first: utc(2026, 1, 5) + 9 * 3600, last: utc(2026, 6, 26) + 17 * 3600 };
    const covered = coveredPart(range('2026-04-16..2026-07-25'), data);
    expect(`${covered.start}..${covered.end}`).toBe('2026-04-16..2026-06-26');
    expect(periodLength(covered) / DAY).toBeCloseTo(72, 9);
    expect(coveredPart(range('2025-11-01..2026-02-28'), data)).toMatchObject({ start: '2026-01-05', end: '2026-02-28', since: utc(2026, 1, 5) });
    // Covered whole, or nothing to measure by: the period itself.
    const inside = range('2026-02-01..2026-02-28');
    expect(coveredPart(inside, data)).toBe(inside);
    expect(coveredPart(inside, null)).toBe(inside);
  });
});

describe('planNoiseWindows', () => {
  it('splits the before period into thirds, the spare days going to the earliest windows', () => {
    expect(labels(planNoiseWindows(range('2026-01-01..2026-01-31')))).toEqual(['2026-01-01..2026-01-11', '2026-01-12..2026-01-21', '2026-01-22..2026-01-31']);
    expect(labels(planNoiseWindows(range('2026-01-01..2026-03-31')))).toEqual(['2026-01-01..2026-01-30', '2026-01-31..2026-03-01', '2026-03-02..2026-03-31']);
    expect(planNoiseWindows(range('2025-01-01..2025-12-31'))).toHaveLength(WINDOW_COUNT);
  });

  it('cuts periods that are not whole days at milliseconds, labelled with date-times', () => {
    const windows = planNoiseWindows(periodBetween(0, 9.999));
    expect(windows.map((w) => [w.since, w.until])).toEqual([
      [0, 3.333],
      [3.334, 6.666],
      [6.667, 9.999],
    ]);
    expect(windows[0].start).toBe('1970-01-01T00:00:00.000Z');
    expect(windows[2].end).toBe('1970-01-01T00:00:09.999Z');
  });
});

describe('normal variation', () => {
  it('is the range of the defined values, at least the floor, and needs two values', () => {
    expect(normalVariation([0.1, null, 0.4, 0.25])).toBeCloseTo(0.3, 12);
    expect(normalVariation([3, 3, 3])).toBe(0);
    expect(normalVariation([3, 3, 3], 1)).toBe(1);
    expect(normalVariation([4, 2, 3], 1)).toBe(2);
    expect(normalVariation([0.5, null, null])).toBeNull();
    expect(normalVariation([])).toBeNull();
  });

  it('judges a change no larger than the variation as within it', () => {
    expect(judgeVariation(0.2, 0.3)).toBe('within-normal');
    expect(judgeVariation(-0.3, 0.3)).toBe('within-normal');
    expect(judgeVariation(0.3000001, 0.3)).toBe('beyond-normal');
    expect(judgeVariation(-2, 1)).toBe('beyond-normal');
    expect(judgeVariation(0.2, null)).toBe('unknown');
    expect(judgeVariation(null, 0.3)).toBe('unknown');
    expect(judgeVariation(0, null)).toBe('within-normal');
  });

  it('measures a window’s teams and pairs of teams', async () => {
    const window = range('2026-01-01..2026-01-11');
    const { organisation } = await loadOrganisation({ dir: writeTinyOrganisation(), since: window.since, until: window.until });
    const figures = measureWindow(organisation, window);
    // In the first window B has a1-b1, a2-b2 and b3-e4 leaving it, E has c1-e1, e2-f2, e3-f3 and b3-e4.
    expect(figures.teams.get('B')).toEqual({ eiIndex: (3 - 5) / 8, teamsReached: 2 });
    expect(figures.teams.get('E')).toEqual({ eiIndex: (4 - 5) / 9, teamsReached: 3 });
    expect(figures.teams.get('G')).toEqual({ eiIndex: -1, teamsReached: 0 });
    expect(Object.fromEntries(figures.pairs)).toEqual({
      [teamPairKey('A', 'B')]: 2,
      [teamPairKey('C', 'E')]: 1,
      [teamPairKey('E', 'F')]: 2,
      [teamPairKey('B', 'E')]: 1,
    });
  });
});
