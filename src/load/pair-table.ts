/**
 * Aggregates interaction events into ties while they stream past: one slot per ordered pair
 * of people, holding counts, summed weight, first and last time, channels and first line.
 * An open-addressing hash over typed arrays keeps memory proportional to the number of ties,
 * not rows, and far below what a Map of objects would need at millions of pairs.
 */

const EMPTY = -1;
const MAX_LOAD = 0.6;

/** Aggregated ordered pairs, as parallel arrays indexed by slot 0..size-1 in insertion order. */
export class PairTable {
  /** Number of distinct pairs. */
  size = 0;
  source: Int32Array;
  target: Int32Array;
  /** Rows seen for the pair. */
  rows: Float64Array;
  /** Summed weight (each row counts 1 unless a weight column says otherwise). */
  weight: Float64Array;
  /** Earliest and latest timestamp, NaN when no row had one. */
  first: Float64Array;
  last: Float64Array;
  /** Bit i set when channel i was seen. */
  channels: Uint32Array;
  /** Line of the pair's first row, for reporting. */
  firstLine: Float64Array;

  private keys: Float64Array;
  private slots: Int32Array;
  private readonly nodeCount: number;

  constructor(nodeCount: number, expectedPairs = 1024) {
    this.nodeCount = nodeCount;
    const capacity = Math.max(16, expectedPairs);
    this.source = new Int32Array(capacity);
    this.target = new Int32Array(capacity);
    this.rows = new Float64Array(capacity);
    this.weight = new Float64Array(capacity);
    this.first = new Float64Array(capacity);
    this.last = new Float64Array(capacity);
    this.channels = new Uint32Array(capacity);
    this.firstLine = new Float64Array(capacity);
    const buckets = nextPowerOfTwo(Math.ceil(capacity / MAX_LOAD));
    this.keys = new Float64Array(buckets).fill(EMPTY);
    this.slots = new Int32Array(buckets);
  }

  /** Adds one event (or one pre-aggregated row) for the ordered pair. */
  add(source: number, target: number, weight: number, time: number, channelBit: number, line: number): void {
    const slot = this.slotOf(source, target, line);
    this.rows[slot] += 1;
    this.weight[slot] += weight;
    this.channels[slot] |= channelBit;
    if (!Number.isNaN(time)) {
      const first = this.first[slot];
      if (Number.isNaN(first) || time < first) this.first[slot] = time;
      const last = this.last[slot];
      if (Number.isNaN(last) || time > last) this.last[slot] = time;
    }
  }

  /** Adds an already aggregated pair (used to merge directions into undirected ties). */
  merge(source: number, target: number, from: PairTable, fromSlot: number): void {
    const slot = this.slotOf(source, target, from.firstLine[fromSlot]);
    this.rows[slot] += from.rows[fromSlot];
    this.weight[slot] += from.weight[fromSlot];
    this.channels[slot] |= from.channels[fromSlot];
    this.firstLine[slot] = Math.min(this.firstLine[slot], from.firstLine[fromSlot]);
    const first = from.first[fromSlot];
    if (!Number.isNaN(first) && !(this.first[slot] <= first)) this.first[slot] = first;
    const last = from.last[fromSlot];
    if (!Number.isNaN(last) && !(this.last[slot] >= last)) this.last[slot] = last;
  }

  /** The slot of a pair, or -1. */
  find(source: number, target: number): number {
    const key = source * this.nodeCount + target;
    const mask = this.keys.length - 1;
    for (let bucket = hash(key) & mask; ; bucket = (bucket + 1) & mask) {
      const found = this.keys[bucket];
      if (found === key) return this.slots[bucket];
      if (found === EMPTY) return -1;
    }
  }

  private slotOf(source: number, target: number, line: number): number {
    const key = source * this.nodeCount + target;
    let mask = this.keys.length - 1;
    let bucket = hash(key) & mask;
    for (;;) {
      const found = this.keys[bucket];
      if (found === key) return this.slots[bucket];
      if (found === EMPTY) break;
      bucket = (bucket + 1) & mask;
    }
    if (this.size >= this.source.length) this.growColumns();
    if (this.size + 1 > this.keys.length * MAX_LOAD) {
      this.rehash();
      mask = this.keys.length - 1;
      bucket = hash(key) & mask;
      while (this.keys[bucket] !== EMPTY) bucket = (bucket + 1) & mask;
    }
    const slot = this.size++;
    this.keys[bucket] = key;
    this.slots[bucket] = slot;
    this.source[slot] = source;
    this.target[slot] = target;
    this.first[slot] = NaN;
    this.last[slot] = NaN;
    this.firstLine[slot] = line;
    return slot;
  }

  private growColumns(): void {
    const capacity = this.source.length * 2;
    this.source = grow(this.source, new Int32Array(capacity));
    this.target = grow(this.target, new Int32Array(capacity));
    this.rows = grow(this.rows, new Float64Array(capacity));
    this.weight = grow(this.weight, new Float64Array(capacity));
    this.first = grow(this.first, new Float64Array(capacity));
    this.last = grow(this.last, new Float64Array(capacity));
    this.channels = grow(this.channels, new Uint32Array(capacity));
    this.firstLine = grow(this.firstLine, new Float64Array(capacity));
  }

  private rehash(): void {
    const buckets = this.keys.length * 2;
    const keys = new Float64Array(buckets).fill(EMPTY);
    const slots = new Int32Array(buckets);
    const mask = buckets - 1;
    for (let slot = 0; slot < this.size; slot++) {
      const key = this.source[slot] * this.nodeCount + this.target[slot];
      let bucket = hash(key) & mask;
      while (keys[bucket] !== EMPTY) bucket = (bucket + 1) & mask;
      keys[bucket] = key;
      slots[bucket] = slot;
    }
    this.keys = keys;
    this.slots = slots;
  }
}

function grow<T extends Int32Array | Float64Array | Uint32Array>(old: T, next: T): T {
  next.set(old);
  return next;
}

function nextPowerOfTwo(n: number): number {
  let power = 16;
  while (power < n) power *= 2;
  return power;
}

/** Mixes a pair key (an integer below 2^53) into 32 bits. */
function hash(key: number): number {
  const low = key >>> 0;
  const high = (key / 4294967296) >>> 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
