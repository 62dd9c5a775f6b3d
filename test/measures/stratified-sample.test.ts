import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/measures/seeded-random.js';
import { stratifiedSample, systematicPositions } from '../../src/measures/stratified-sample.js';

describe('systematicPositions', () => {
  it('takes every (n/k)-th position from the start', () => {
    // ⌊(3 + i·10) / 4⌋ for i = 0..3.
    expect([...systematicPositions(10, 4, 3)]).toEqual([0, 3, 5, 8]);
    expect([...systematicPositions(10, 4, 0)]).toEqual([0, 2, 5, 7]);
    expect([...systematicPositions(5, 5, 4)]).toEqual([0, 1, 2, 3, 4]);
    expect([...systematicPositions(7, 1, 6)]).toEqual([6]); // k = 1: the start itself
  });

  it('chooses each position for exactly k of the n starts: probability k/n, as a uniform sample', () => {
    for (const [n, k] of [[10, 4], [10, 3], [7, 7], [7, 1], [23, 9], [100, 37]]) {
      const times = new Array<number>(n).fill(0);
      for (let start = 0; start < n; start++) {
        const positions = systematicPositions(n, k, start);
        expect(positions.length).toBe(k);
        for (let i = 1; i < k; i++) expect(positions[i]).toBeGreaterThan(positions[i - 1]);
        for (const p of positions) times[p]++;
      }
      expect(times, `n=${n}, k=${k}`).toEqual(new Array<number>(n).fill(k));
    }
  });

  it('rejects a size or start outside the list', () => {
    expect(() => systematicPositions(5, 6, 0)).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => systematicPositions(5, 0, 0)).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => systematicPositions(5, 2, 5)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('stratifiedSample', () => {
  // Four strata of 7, 13, 5 and 25 people, interleaved so that people's numbers say nothing of them.
  const sizes = [7, 13, 5, 25];
  const strata = Int32Array.from(sizes.flatMap((size, s) => new Array<number>(size).fill(s)));
  for (let i = strata.length - 1; i > 0; i--) {
    const j = (i * 7) % (i + 1);
    [strata[i], strata[j]] = [strata[j], strata[i]];
  }
  const n = strata.length;

  it('gives each stratum its share of the sources, ⌊k·size/n⌋ or one more', () => {
    for (const k of [1, 4, 10, 33]) {
      for (let seed = 1; seed <= 50; seed++) {
        const chosen = stratifiedSample(strata, k, seededRandom(seed));
        expect(new Set(chosen).size).toBe(k);
        const perStratum = new Array<number>(sizes.length).fill(0);
        for (const v of chosen) perStratum[strata[v]]++;
        sizes.forEach((size, s) => {
          expect(perStratum[s]).toBeGreaterThanOrEqual(Math.floor((k * size) / n));
          expect(perStratum[s]).toBeLessThanOrEqual(Math.ceil((k * size) / n));
        });
      }
    }
  });

  it('chooses every person about k/n of the time over many seeds', () => {
    const k = 12;
    const seeds = 4_000;
    const times = new Array<number>(n).fill(0);
    for (let seed = 1; seed <= seeds; seed++) for (const v of stratifiedSample(strata, k, seededRandom(seed))) times[v]++;
    // Binomial(4000, 0.24): standard deviation 27; allow 5.
    for (const count of times) expect(Math.abs(count - (seeds * k) / n)).toBeLessThan(135);
  });

  it('returns people in ascending order, the same for a seed and different between seeds', () => {
    const a = stratifiedSample(strata, 10, seededRandom(5));
    for (let i = 1; i < a.length; i++) expect(a[i]).toBeGreaterThan(a[i - 1]);
    expect([...stratifiedSample(strata, 10, seededRandom(5))]).toEqual([...a]);
    expect([...stratifiedSample(strata, 10, seededRandom(6))]).not.toEqual([...a]);
  });

  it('takes everyone when k = n and no one when k = 0', () => {
    expect([...stratifiedSample(strata, n, seededRandom(1))]).toEqual(Array.from({ length: n }, (_, v) => v));
    expect(stratifiedSample(strata, 0, seededRandom(1)).length).toBe(0);
  });

  it('rejects a size outside 0..n and strata outside 0..n', () => {
    expect(() => stratifiedSample(strata, n + 1, seededRandom(1))).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => stratifiedSample(strata, -1, seededRandom(1))).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => stratifiedSample(Int32Array.of(0, -1, 0), 1, seededRandom(1))).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => stratifiedSample(Int32Array.of(0, 4, 0), 1, seededRandom(1))).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});
