/**
 * Aggregates interaction rows into directed pairs while they stream past, one slot per pair
 * (memory follows the ties, not the rows), and hands them back sorted by (source, target).
 *
 * Rows are first put in a buffer per partition (a range of 64 or more sources), and a full buffer
 * is added to its partition's own pair table (pair-table.ts). Why: on this kind of machine a
 * random read beyond the 2 MiB cache costs 110–200 ns, and one table of 250,000 pairs is far
 * beyond it, so adding a row to it cost ~590 ns; a partition's table (about as many pairs as its
 * buffer holds rows) is read into the cache once per buffer. Rows of a pair are added in file
 * order, so sums are too. The buffers take ~48 KiB per 64 people.
 */
import { CHANNELS, FIRST, FIRST_LINE, LAST, PairTable, ROWS, SOURCE, TARGET, WEIGHT } from './pair-table.js';
import { allocatePairs, type SortedPairs } from './sorted-pairs.js';

/** Rows buffered per partition before they are added to its table. */
const BUFFER_ROWS = 1024;
/** At most this many partitions (their buffers are 48 KiB each). */
const MAX_PARTITIONS = 4096;
/** Numbers per buffered row: source, target, weight, time, channels, line (kept together, one cache line). */
const ROW = 6;

export class PairAccumulator {
  /** Sources of partition p are [p << shift, (p + 1) << shift). */
  private readonly shift: number;
  private readonly nodeCount: number;
  private readonly tables: (PairTable | undefined)[];
  /** Rows waiting in partition p's buffer, which is rows [p × BUFFER_ROWS, p × BUFFER_ROWS + filled[p]) of `buffer`. */
  private readonly filled: Int32Array;
  private readonly buffer: Float64Array;

  /** People are numbered 0 .. nodeCount − 1. */
  constructor(nodeCount: number) {
    let shift = 6;
    while (nodeCount >> shift > MAX_PARTITIONS) shift++;
    this.shift = shift;
    this.nodeCount = nodeCount;
    const partitions = Math.max(1, Math.ceil(nodeCount / 2 ** shift));
    this.tables = new Array<PairTable | undefined>(partitions).fill(undefined);
    this.filled = new Int32Array(partitions);
    this.buffer = new Float64Array(partitions * BUFFER_ROWS * ROW);
  }

  /** Adds one row (an event, or a pair aggregated elsewhere with its weight). */
  add(source: number, target: number, weight: number, time: number, channelBits: number, line: number): void {
    const partition = source >> this.shift;
    const at = (partition * BUFFER_ROWS + this.filled[partition]++) * ROW;
    const buffer = this.buffer;
    buffer[at] = source;
    buffer[at + 1] = target;
    buffer[at + 2] = weight;
    buffer[at + 3] = time;
    buffer[at + 4] = channelBits;
    buffer[at + 5] = line;
    if (this.filled[partition] === BUFFER_ROWS) this.empty(partition);
  }

  /** Every pair added, sorted by (source, target). */
  result(): SortedPairs {
    let length = 0;
    for (let p = 0; p < this.tables.length; p++) {
      this.empty(p);
      length += this.tables[p]?.size ?? 0;
    }
    const pairs = allocatePairs(length);
    let k = 0;
    for (let p = 0; p < this.tables.length; p++) {
      const table = this.tables[p];
      if (!table) continue;
      const order = table.sortedSlots(p << this.shift, this.nodeCount);
      for (let i = 0; i < order.length; i++) {
        const slot = order[i];
        pairs.source[k] = table.get(slot, SOURCE);
        pairs.target[k] = table.get(slot, TARGET);
        pairs.strength[k] = table.get(slot, WEIGHT);
        pairs.rows[k] = table.get(slot, ROWS);
        pairs.first[k] = table.get(slot, FIRST);
        pairs.last[k] = table.get(slot, LAST);
        pairs.channels[k] = table.get(slot, CHANNELS);
        pairs.firstLine[k] = table.get(slot, FIRST_LINE);
        k++;
      }
    }
    return pairs;
  }

  /** Adds partition p's buffered rows to its table. */
  private empty(partition: number): void {
    const from = partition * BUFFER_ROWS * ROW;
    const to = from + this.filled[partition] * ROW;
    if (to === from) return;
    // A new table gets room for the rows at hand (at most one pair each), so it does not grow while taking them.
    const table = (this.tables[partition] ??= new PairTable((to - from) / ROW));
    const buffer = this.buffer;
    for (let at = from; at < to; at += ROW) {
      table.add(buffer[at], buffer[at + 1], buffer[at + 2], buffer[at + 3], buffer[at + 4], buffer[at + 5]);
    }
    this.filled[partition] = 0;
  }
}
