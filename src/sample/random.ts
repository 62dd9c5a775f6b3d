/**
 * A small seeded pseudo-random generator for the sample organisation.
 *
 * The core is SplitMix-style: a Weyl sequence (the state advances by the 32-bit golden-ratio
 * constant) passed through a 32-bit avalanche mixer (the finaliser of MurmurHash3). It is not
 * cryptographic and its period is 2^32 draws, which is far beyond what one sample uses (about
 * five draws per interaction row). It is written here rather than taken from Math.random because
 * every sample must be reproducible from its seed on any machine and Node version.
 */

const GOLDEN_GAMMA = 0x9e3779b9;
const TWO_TO_32 = 4294967296;

/** The MurmurHash3 32-bit finaliser: every input bit flips about half of the output bits. */
function mix32(value: number): number {
  let x = value | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A seeded source of random numbers; the same seed and stream give the same sequence. */
export class Random {
  private state: number;

  /**
   * @param seed any safe integer; all of its bits matter, not only the low 32.
   * @param stream separates independent sequences drawn from one seed, so that one stage of the
   *   generator can change how many numbers it draws without shifting every later stage.
   */
  constructor(seed: number, stream = 0) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
    const low = seed >>> 0;
    const high = Math.floor(seed / TWO_TO_32) | 0;
    this.state = mix32(low ^ mix32(high ^ mix32(stream + GOLDEN_GAMMA)));
  }

  /** A uniform unsigned 32-bit integer. */
  uint32(): number {
    this.state = (this.state + GOLDEN_GAMMA) | 0;
    return mix32(this.state);
  }

  /** A uniform float in [0, 1), with 32 bits of resolution. */
  float(): number {
    return this.uint32() / TWO_TO_32;
  }

  /** A uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** A uniform index in [0, length). */
  index(length: number): number {
    return Math.floor(this.float() * length);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** A uniformly chosen element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[this.index(items.length)];
  }

  /** An index chosen with probability proportional to its weight (weights ≥ 0, sum > 0). */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += weight;
    let remaining = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      remaining -= weights[i];
      if (remaining < 0) return i;
    }
    return weights.length - 1;
  }

  /** Shuffles the array in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.index(i + 1);
      const swap = items[i];
      items[i] = items[j];
      items[j] = swap;
    }
    return items;
  }

  /** Up to `count` distinct elements of `items`, in random order; `items` is left unchanged. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = items.slice();
    const take = Math.min(count, pool.length);
    // A partial Fisher–Yates: only the first `take` positions need to be settled.
    for (let i = 0; i < take; i++) {
      const j = i + this.index(pool.length - i);
      const swap = pool[i];
      pool[i] = pool[j];
      pool[j] = swap;
    }
    pool.length = take;
    return pool;
  }

  /** A standard normal deviate (Box–Muller). */
  normal(): number {
    // 1 - float() lies in (0, 1], so the logarithm is finite.
    return Math.sqrt(-2 * Math.log(1 - this.float())) * Math.cos(2 * Math.PI * this.float());
  }

  /** A log-normal multiplier with median 1: most values near 1, a long tail of heavy ones. */
  logNormal(sigma: number): number {
    return Math.exp(sigma * this.normal());
  }

  /** A Poisson count with the given mean (Knuth's method; meant for small means). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let count = -1;
    let product = 1;
    do {
      count++;
      product *= this.float();
    } while (product > limit);
    return count;
  }
}

/** Creates a generator for a seed, optionally on a separate stream of that seed. */
export function createRandom(seed: number, stream = 0): Random {
  return new Random(seed, stream);
}
