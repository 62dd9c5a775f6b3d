import { describe, expect, it } from 'vitest';
import { sampleWithoutReplacement, seededRandom } from '../../src/measures/seeded-random.js';

describe('seeded random', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('is roughly uniform', () => {
    const random = seededRandom(7);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) bins[Math.floor(random() * 10)]++;
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('samples k distinct items in ascending order', () => {
    const sample = sampleWithoutReplacement(100, 30, seededRandom(1));
    expect(sample.length).toBe(30);
    expect(new Set(sample).size).toBe(30);
    expect([...sample]).toEqual([...sample].sort((x, y) => x - y));
    expect([...sampleWithoutReplacement(5, 5, seededRandom(1))]).toEqual([0, 1, 2, 3, 4]);
  });

  it('rejects a non-integer seed and an impossible sample', () => {
    expect(() => seededRandom(1.5)).toThrow(expect.objectContaining({ code: 'USAGE' }));
    // Beyond 32 bits a seed would repeat another's sequence: 2^32 that of 0, -1 that of 2^32 - 1.
    for (const seed of [-1, 4_294_967_296]) expect(() => seededRandom(seed)).toThrow(`seed: ${seed} is not a whole number from 0 to 4294967295`);
    expect(seededRandom(4_294_967_295)()).not.toBe(seededRandom(0)());
    expect(() => sampleWithoutReplacement(3, 4, seededRandom(1))).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});
