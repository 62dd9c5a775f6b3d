/** The seeded generator: reproducible, seed-sensitive, and uniform enough for sampling. */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/sample/index.js';

const draws = (seed: number, stream = 0, n = 8) => {
  const random = createRandom(seed, stream);
  return Array.from({ length: n }, () => random.uint32());
};

describe('Random', () => {
  it('repeats its sequence for the same seed and stream', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42, 3)).toEqual(draws(42, 3));
  });

  it('changes the sequence with the seed (all of its bits), and with the stream', () => {
    expect(draws(1)).not.toEqual(draws(2));
    expect(draws(1)).not.toEqual(draws(1 + 2 ** 32));
    expect(draws(1, 0)).not.toEqual(draws(1, 1));
  });

  it('rejects a seed that is not a safe integer', () => {
    expect(() => createRandom(1.5)).toThrow(RangeError);
    expect(() => createRandom(2 ** 60)).toThrow(RangeError);
  });

  it('draws floats in [0, 1) with the mean and spread of a uniform distribution', () => {
    const random = createRandom(7);
    const n = 100_000;
    let sum = 0;
    let sumSquares = 0;
    const deciles = new Array<number>(10).fill(0);
    for (let i = 0; i < n; i++) {
      const x = random.float();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
      sumSquares += x * x;
      deciles[Math.floor(x * 10)]++;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sumSquares / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 2);
    for (const count of deciles) expect(Math.abs(count - n / 10)).toBeLessThan(500);
  });

  it('draws integers across the whole inclusive range and nothing outside it', () => {
    const random = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(random.int(4, 15));
    expect([...seen].sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('picks by weight', () => {
    const random = createRandom(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[random.weighted([1, 0, 3])]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.7);
    expect(counts[2] / counts[0]).toBeLessThan(3.3);
  });

  it('shuffles into a permutation and samples distinct elements without touching the input', () => {
    const random = createRandom(9);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = random.shuffle(items.slice());
    expect(shuffled).not.toEqual(items);
    expect(shuffled.slice().sort((a, b) => a - b)).toEqual(items);
    const sample = random.sample(items, 10);
    expect(new Set(sample).size).toBe(10);
    expect(items).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(random.sample(items, 80)).toHaveLength(50);
  });

  it('draws Poisson counts and normal deviates with the right mean', () => {
    const random = createRandom(11);
    const n = 50_000;
    let poisson = 0;
    let normal = 0;
    for (let i = 0; i < n; i++) {
      poisson += random.poisson(2);
      normal += random.normal();
    }
    expect(poisson / n).toBeCloseTo(2, 1);
    expect(Math.abs(normal / n)).toBeLessThan(0.02);
  });
});
