/**
 * sortRunByKey sorts one run of keys and carries a parallel array along; runs that arrive sorted
 * are left as they are. Checked against a plain sort of (key, value) pairs.
 */
import { describe, expect, it } from 'vitest';
import { sortRunByKey } from '../../src/organisation/sort-run.js';
import { seededRandom } from '../../src/measures/seeded-random.js';

function check(keys: number[], from: number, to: number) {
  const k = Int32Array.from(keys);
  const carried = Float64Array.from(keys, (key, i) => key * 1000 + i);
  sortRunByKey(k, carried, from, to);
  const run = keys.slice(from, to).map((key, i) => [key, key * 1000 + from + i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  expect(Array.from(k.subarray(from, to))).toEqual(run.map(([key]) => key));
  // Keys are distinct within a run here, so each carried value follows its key.
  expect(Array.from(carried.subarray(from, to))).toEqual(run.map(([, value]) => value));
  // Outside the run nothing moves.
  expect(Array.from(k.subarray(0, from))).toEqual(keys.slice(0, from));
  expect(Array.from(k.subarray(to))).toEqual(keys.slice(to));
}

describe('sortRunByKey', () => {
  it('sorts short and long runs (insertion sort and index sort), sorted or not', () => {
    const random = seededRandom(7);
    for (const length of [0, 1, 2, 5, 32, 33, 200]) {
      const distinct = Array.from({ length }, (_, i) => i * 3);
      const shuffled = [...distinct];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
      }
      check([9, 8, ...distinct, 1], 2, 2 + length);
      check([9, 8, ...shuffled, 1], 2, 2 + length);
      check([9, 8, ...[...distinct].reverse(), 1], 2, 2 + length);
    }
  });
});
