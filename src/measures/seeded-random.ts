/**
 * A tiny deterministic pseudo-random generator for the measures that sample (sampled betweenness).
 * Same seed, same sequence, on every platform: DESIGN.md §2 asks every random choice to take a
 * seed that is recorded in the output.
 *
 * The generator is Tommy Ettinger's "Mulberry32" construction (a 32-bit Weyl sequence passed
 * through an integer mixing function). It is not cryptographic; its period is 2^32, which is
 * plenty for choosing a few thousand sample sources.
 */

import { UsageError } from '../errors.js';

/** A source of uniform numbers in [0, 1). */
export type RandomSource = () => number;

/** The largest seed, 2^32 − 1: the generator keeps 32 bits, so 2^32 would give the results of 0. */
export const MAX_SEED = 4_294_967_295;

/** Checks that `seed` is a usable seed: a whole number from 0 to {@link MAX_SEED}, each giving its own results. */
export function checkSeed(seed: number, what = 'seed'): void {
  if (!(Number.isSafeInteger(seed) && seed >= 0 && seed <= MAX_SEED)) {
    throw new UsageError(`${what}: ${seed} is not a whole number from 0 to ${MAX_SEED}`, 'use a whole number such as 1 or 20240101');
  }
}

/**
 * Returns a seeded generator of uniform numbers in [0, 1) with 32 bits of resolution.
 * @param seed - a whole number from 0 to {@link MAX_SEED}.
 */
export function seededRandom(seed: number): RandomSource {
  checkSeed(seed);
  let state = Number(BigInt.asUintN(32, BigInt(seed))) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Chooses `k` distinct integers from 0..n-1 uniformly at random (a partial Fisher–Yates shuffle)
 * and returns them in ascending order, so that the work done for them is in a fixed order.
 * The bias of `floor(random() * m)` is at most m / 2^32, negligible for the sizes used here.
 */
export function sampleWithoutReplacement(n: number, k: number, random: RandomSource): Int32Array {
  if (!Number.isInteger(k) || k < 0 || k > n) throw new UsageError(`cannot choose ${k} of ${n} items`, `choose between 0 and ${n}`);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  shuffleFirst(pool, k, random);
  return pool.slice(0, k).sort();
}

/**
 * Settles the first `count` positions of `pool` as a uniformly random draw from all of it (a
 * forward, partial Fisher–Yates shuffle: one draw per position); `count` = length − 1 shuffles
 * the whole pool.
 */
export function shuffleFirst(pool: Int32Array, count: number, random: RandomSource): void {
  const n = pool.length;
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = pool[i];
    pool[i] = pool[j];
    pool[j] = swap;
  }
}
