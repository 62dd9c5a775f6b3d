/**
 * Sums interaction rows per ordered pair of people: one slot per pair, holding counts, summed
 * weight, first and last time, channels and first line. An open-addressing hash over typed arrays
 * keeps memory proportional to the number of pairs, far below what a Map of objects would need.
 * pair-accumulator.ts keeps one per range of sources, so that each stays small.
 *
 * Layout: each slot's fields sit together (one Float64Array, {@link SLOT_FIELDS} numbers per slot)
 * and each bucket holds only its slot (a small array that stays in cache), because at a million rows the time goes to cache
 * misses: adding an event touches one bucket and one slot, not one array per field.
 */

const EMPTY = -1;
const MAX_LOAD = 0.6;

/** Fields of a slot, as offsets into {@link PairTable.data}. */
export const SOURCE = 0;
export const TARGET = 1;
/** Rows seen for the pair. */
export const ROWS = 2;
/** Summed weight (each row counts 1 unless a weight column says otherwise). */
export const WEIGHT = 3;
/** Earliest and latest timestamp, NaN when no row had one. */
export const FIRST = 4;
export const LAST = 5;
/** Line of the pair's first row, for reporting. */
export const FIRST_LINE = 6;
/** Bit i set when channel i was seen (kept as a signed 32-bit integer). */
export const CHANNELS = 7;
/** Numbers per slot. */
export const SLOT_FIELDS = 8;

/** Aggregated ordered pairs, in slots 0..size-1 in insertion order. */
export class PairTable {
  /** Number of distinct pairs. */
  size = 0;
  /** Slot s's fields are data[s * SLOT_FIELDS + field]. */
  data: Float64Array;

  /** Per bucket: the slot it holds, EMPTY when free (the pair is read from the slot itself). */
  private buckets: Int32Array;
  private mask: number;

  constructor(expectedPairs = 1024) {
    const capacity = Math.max(16, expectedPairs);
    this.data = new Float64Array(capacity * SLOT_FIELDS);
    const bucketCount = nextPowerOfTwo(Math.ceil(capacity / MAX_LOAD));
    this.buckets = emptyBuckets(bucketCount);
    this.mask = bucketCount - 1;
  }

  /** Adds one event (or one pre-aggregated row) for the ordered pair. */
  add(source: number, target: number, weight: number, time: number, channelBit: number, line: number): void {
    const at = this.slotOf(source, target, line) * SLOT_FIELDS;
    const data = this.data;
    data[at + ROWS] += 1;
    data[at + WEIGHT] += weight;
    data[at + CHANNELS] = data[at + CHANNELS] | channelBit;
    if (time === time) {
      // not NaN
      const first = data[at + FIRST];
      if (!(first <= time)) data[at + FIRST] = time;
      const last = data[at + LAST];
      if (!(last >= time)) data[at + LAST] = time;
    }
  }

  /** One field of a slot. */
  get(slot: number, field: number): number {
    return this.data[slot * SLOT_FIELDS + field];
  }

  /**
   * The slots in (source, target) order, when every source is at least `low` and every target
   * below `span`. Each pair is one number, (source − low) × span + target (exact below 2^53: for
   * a table of one range of people, any organisation under 94 million), so one native sort of
   * numbers orders them. At 21,000 people, sorting and copying out one part's 206,000 pairs took
   * 28–34 ms this way against 42–84 ms by a counting sort on source and a sort of each source's
   * targets.
   */
  sortedSlots(low: number, span: number): Int32Array {
    const data = this.data;
    const size = this.size;
    const keys = new Float64Array(size);
    // With the slot packed below the pair (exact while keys × size stays under 2^53, so at 21,000
    // and 100,000 people), the sorted keys give the slots at once, not by a second hash lookup each.
    const packed = (maxKey(data, size, low, span) + 1) * size < 2 ** 53;
    for (let slot = 0; slot < size; slot++) {
      const key = (data[slot * SLOT_FIELDS + SOURCE] - low) * span + data[slot * SLOT_FIELDS + TARGET];
      keys[slot] = packed ? key * size + slot : key;
    }
    keys.sort();
    const order = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      if (packed) {
        order[i] = keys[i] % size;
      } else {
        const source = low + Math.floor(keys[i] / span);
        order[i] = this.find(source, keys[i] - (source - low) * span);
      }
    }
    return order;
  }

  /** The slot of a pair that is in the table. */
  private find(source: number, target: number): number {
    const data = this.data;
    for (let bucket = hash(source, target) & this.mask; ; bucket = (bucket + 1) & this.mask) {
      const slot = this.buckets[bucket];
      if (slot === EMPTY) throw new Error(`pair ${source}→${target} is not in the table`);
      if (data[slot * SLOT_FIELDS + SOURCE] === source && data[slot * SLOT_FIELDS + TARGET] === target) return slot;
    }
  }

  private slotOf(source: number, target: number, line: number): number {
    let buckets = this.buckets;
    let mask = this.mask;
    const data0 = this.data;
    let bucket = hash(source, target) & mask;
    for (;;) {
      const slot = buckets[bucket];
      if (slot === EMPTY) break;
      const at = slot * SLOT_FIELDS;
      if (data0[at + SOURCE] === source && data0[at + TARGET] === target) return slot;
      bucket = (bucket + 1) & mask;
    }
    if ((this.size + 1) * SLOT_FIELDS > this.data.length) this.growSlots();
    if (this.size + 1 > (mask + 1) * MAX_LOAD) {
      this.rehash();
      buckets = this.buckets;
      mask = this.mask;
      bucket = hash(source, target) & mask;
      while (buckets[bucket] !== EMPTY) bucket = (bucket + 1) & mask;
    }
    const slot = this.size++;
    buckets[bucket] = slot;
    const at = slot * SLOT_FIELDS;
    const data = this.data;
    data[at + SOURCE] = source;
    data[at + TARGET] = target;
    data[at + FIRST] = NaN;
    data[at + LAST] = NaN;
    data[at + FIRST_LINE] = line;
    return slot;
  }

  private growSlots(): void {
    const bigger = new Float64Array(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
  }

  private rehash(): void {
    const bucketCount = (this.mask + 1) * 2;
    const buckets = emptyBuckets(bucketCount);
    const mask = bucketCount - 1;
    const data = this.data;
    for (let slot = 0; slot < this.size; slot++) {
      const at = slot * SLOT_FIELDS;
      let bucket = hash(data[at + SOURCE], data[at + TARGET]) & mask;
      while (buckets[bucket] !== EMPTY) bucket = (bucket + 1) & mask;
      buckets[bucket] = slot;
    }
    this.buckets = buckets;
    this.mask = mask;
  }
}

/** The largest sort key (see sortedSlots) of the first `size` slots. */
function maxKey(data: Float64Array, size: number, low: number, span: number): number {
  let max = 0;
  for (let slot = 0; slot < size; slot++) max = Math.max(max, (data[slot * SLOT_FIELDS + SOURCE] - low) * span + data[slot * SLOT_FIELDS + TARGET]);
  return max;
}

function emptyBuckets(count: number): Int32Array {
  return new Int32Array(count).fill(EMPTY);
}

function nextPowerOfTwo(n: number): number {
  let power = 16;
  while (power < n) power *= 2;
  return power;
}

/** Mixes a pair of person indices into 32 bits. */
function hash(source: number, target: number): number {
  let h = Math.imul(target ^ Math.imul(source, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
