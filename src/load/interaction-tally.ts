/**
 * What reading interactions accumulates, whatever the file's layout: the pairs, the rows skipped
 * and why, the channels in order of first appearance, and how many rows were used. One event at a
 * time goes through {@link InteractionTally.accept}, which applies the filters in a fixed order.
 */
import { InputError } from '../errors.js';
import { noDecimalMarks, type DecimalMarks } from './decimal-marks.js';
import { PairAccumulator } from './pair-accumulator.js';
import { SkipTally } from './report.js';
import { noValuesOverLines, type ValuesOverLines } from './stray-quotes.js';

/** At most this many channels: each is a bit of a tie's channel set. */
export const MAX_CHANNELS = 32;

/** Which events count. */
export interface EventFilters {
  /** Keep only events at or after this time (seconds since 1970 UTC). */
  readonly since?: number;
  /** Keep only events at or before this time. */
  readonly until?: number;
  /** Keep only these channels. */
  readonly channels?: readonly string[];
}

export class InteractionTally {
  readonly pairs: PairAccumulator;
  readonly skipped: SkipTally;
  /** Channel names in order of first appearance, and the line each first appeared on. */
  readonly channels: string[] = [];
  readonly channelLines: number[] = [];
  rowsRead = 0;
  rowsUsed = 0;
  /** The earliest time of the rows left outside the window (implausible-times.ts). */
  earliestOutside = Infinity;
  /** The latest time of the rows left outside the window (compare: the period the data covers). */
  latestOutside = -Infinity;
  /** The decimal marks of weights read where decimal commas are allowed (decimal-marks.ts). */
  readonly decimalMarks: DecimalMarks = noDecimalMarks();
  /** Values of columns not read that run over lines, kept (stray-quotes.ts). */
  readonly valuesOverLines: ValuesOverLines = noValuesOverLines();
  private readonly channelBits = new Map<string, number>();
  private lastChannel = '';
  private lastBit = 0;
  /** The channel of the last row left outside the window. */
  private lastOutside = '';
  private readonly wanted: ReadonlySet<string> | undefined;
  private readonly windowed: boolean;
  private readonly since: number;
  private readonly until: number;

  /** `examples`: line numbers and values kept per skip reason (see {@link SkipTally}). */
  constructor(nodeCount: number, private readonly file: string, filters: EventFilters, examples?: number) {
    this.pairs = new PairAccumulator(nodeCount);
    this.skipped = new SkipTally(examples);
    this.wanted = filters.channels ? new Set(filters.channels) : undefined;
    this.windowed = filters.since !== undefined || filters.until !== undefined;
    this.since = filters.since ?? -Infinity;
    this.until = filters.until ?? Infinity;
  }

  /** One event between two known people; `channelColumn` (1-based) is for the error about channels. */
  accept(source: number, target: number, weight: number, time: number, channel: string, line: number, channelColumn: number): void {
    const skipped = this.skipped;
    // A zero on the diagonal of a listed matrix (Krackhardt's 441 pairs) is no tie, not a self-tie.
    if (weight === 0) return skipped.skip('zero-weight', line);
    if (source === target) return skipped.skip('self-interaction', line);
    if (this.wanted && !this.wanted.has(channel)) return skipped.skip('other-channel', line, channel);
    if (this.windowed) {
      if (Number.isNaN(time)) return skipped.skip('no-timestamp', line);
      if (time < this.since || time > this.until) {
        if (time < this.earliestOutside) this.earliestOutside = time;
        if (time > this.latestOutside) this.latestOutside = time;
        // Their channels are examples, so that a --channel whose rows all fall outside is told so
        // (load-warnings.ts); offered once per run of one channel, a comparison per row.
        if (channel === this.lastOutside) return skipped.skip('outside-window', line);
        this.lastOutside = channel;
        return skipped.skip('outside-window', line, channel === '' ? undefined : channel);
      }
    }
    this.pairs.add(source, target, weight, time, this.channelBit(channel, line, channelColumn), line);
    this.rowsUsed++;
  }

  private channelBit(channel: string, line: number, column: number): number {
    if (channel === '') return 0;
    // Rows of one channel often come together, and their names are one string (byte-strings.ts):
    // comparing with the last cost less than a Map lookup per row.
    if (channel === this.lastChannel) return this.lastBit;
    let bit = this.channelBits.get(channel);
    if (bit === undefined) {
      if (this.channels.length >= MAX_CHANNELS) throw tooManyChannels(this.file, line, column);
      bit = 1 << this.channels.length;
      this.channelBits.set(channel, bit);
      this.channels.push(channel);
      this.channelLines.push(line);
    }
    this.lastChannel = channel;
    this.lastBit = bit;
    return bit;
  }
}

/** The error for the channel beyond {@link MAX_CHANNELS}. */
export function tooManyChannels(file: string, line: number, column: number): InputError {
  return new InputError('TOO_MANY_CHANNELS', `more than ${MAX_CHANNELS} different channels`, { file, line, column },
    'is the channel column really a channel? map another with --columns interactions.channel=COLUMN, or keep some with --channel');
}
