/**
 * Sampled sources spread evenly over strata (implicit stratification, Cochran 1977, "Sampling
 * Techniques", ch. 8): people are listed stratum by stratum, in a seeded random order within each
 * stratum, and every (n/k)-th person of the list is taken from a random start (systematic sampling).
 *
 * Every person is chosen with probability exactly k/n, as in a uniform sample, so an estimate that
 * scales the chosen people's sum by n/k stays unbiased (Horvitz & Thompson 1952). What changes is
 * the spread: each stratum gets its share of the k sources (⌊k·size/n⌋ or one more), and so does
 * each run of neighbouring strata. When people of one stratum contribute alike — colleagues in a
 * team reach the rest of the organisation along much the same paths — the estimate then varies far
 * less from seed to seed. With everyone in one stratum the list is a uniformly random order and the
 * sample is a uniform sample without replacement.
 */
import { UsageError } from '../errors.js';
import { sampleWithoutReplacement, shuffleFirst, type RandomSource } from './seeded-random.js';

/**
 * Positions chosen by systematic sampling of `k` from a list of `n` (1 ≤ k ≤ n) with integer start
 * `start` in [0, n): ⌊(start + i·n) / k⌋ for i = 0 … k−1, ascending and distinct (steps are n/k ≥ 1).
 *
 * Why each position is chosen with probability exactly k/n when `start` is uniform: position j is
 * chosen when some start + i·n falls in [j·k, (j+1)·k). Those k integers have k different remainders
 * modulo n (k ≤ n), and start + i·n ranges over one remainder, start, so exactly k of the n starts
 * choose j.
 */
export function systematicPositions(n: number, k: number, start: number): Int32Array {
  if (!Number.isInteger(k) || k < 1 || k > n) throw new UsageError(`cannot choose ${k} of ${n} items`, `choose between 1 and ${n}`);
  if (!Number.isInteger(start) || start < 0 || start >= n) throw new UsageError(`systematic sample start ${start} is outside 0..${n - 1}`, 'use a whole number below the list length');
  const positions = new Int32Array(k);
  for (let i = 0; i < k; i++) positions[i] = Math.floor((start + i * n) / k);
  return positions;
}

/**
 * Chooses `k` of the `strata.length` people, spread evenly over strata (see the file header), and
 * returns them in ascending order so that the work done for them is in a fixed order.
 *
 * @param strata - stratum of each person: whole numbers from 0 to the number of people; the list
 *   runs through strata in increasing number, so strata that are alike should have close numbers.
 * @param k - how many to choose, 0 ≤ k ≤ number of people; all of them gives everyone.
 * @param random - the seeded source of every random choice (n − 1 draws for the order, one for the start).
 * @example stratifiedSample(Int32Array.of(0, 0, 1, 1, 1, 2), 3, seededRandom(1)) // one of each stratum
 */
export function stratifiedSample(strata: Int32Array, k: number, random: RandomSource): Int32Array {
  const n = strata.length;
  if (!Number.isInteger(k) || k < 0 || k > n) throw new UsageError(`cannot choose ${k} of ${n} items`, `choose between 0 and ${n}`);
  let highest = 0;
  for (let v = 0; v < n; v++) {
    const stratum = strata[v];
    if (stratum < 0 || stratum > n) throw new UsageError(`stratum ${stratum} of person ${v} is outside 0..${n}`, 'number strata from 0');
    if (stratum > highest) highest = stratum;
  }
  if (k === 0) return new Int32Array(0);
  // A uniformly random order (Fisher–Yates), then a stable counting sort by stratum: random
  // within each stratum, strata in increasing number.
  const shuffled = new Int32Array(n);
  for (let i = 0; i < n; i++) shuffled[i] = i;
  shuffleFirst(shuffled, n - 1, random);
  const firstOf = new Int32Array(highest + 2);
  for (let v = 0; v < n; v++) firstOf[strata[v] + 1]++;
  for (let s = 1; s < firstOf.length; s++) firstOf[s] += firstOf[s - 1];
  const list = new Int32Array(n);
  for (const v of shuffled) list[firstOf[strata[v]]++] = v;
  const positions = systematicPositions(n, k, Math.floor(random() * n));
  const chosen = new Int32Array(k);
  for (let i = 0; i < k; i++) chosen[i] = list[positions[i]];
  return chosen.sort();
}

/**
 * The sampled sources of a path measure: `k` of `n` people, uniform when `strata` is null, else
 * spread over them (one stratum per person).
 */
export function sampleSources(n: number, k: number, random: RandomSource, strata: Int32Array | null): Int32Array {
  if (strata === null) return sampleWithoutReplacement(n, k, random);
  if (strata.length !== n) throw new UsageError(`path measure strata: ${strata.length} strata for ${n} people`, 'give one stratum per person');
  return stratifiedSample(strata, k, random);
}
