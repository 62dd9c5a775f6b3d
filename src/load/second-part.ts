/**
 * Large edge-list files are read in two parts split at a line near the middle: the second part
 * on a worker thread while this thread reads the first, or after it on this thread when there is
 * no second core (or no built worker, as under a test runner). The split depends on the file
 * alone, and the parts are joined the same way wherever the second was read, so the ties do not
 * depend on the threads. If the first part ends inside a quoted field (the split fell within a
 * multi-line value), interactions.ts reads the file again in one part.
 */
import { existsSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, type InputErrorCode } from '../errors.js';
import { readEdgePart, type EdgePartRequest, type EdgePartResult } from './edge-part.js';
import { joinDecimalMarks } from './decimal-marks.js';
import { MAX_CHANNELS, tooManyChannels, type InteractionTally } from './interaction-tally.js';
import type { PersonLookup } from './person-lookup.js';
import { mergePairs, type SortedPairs } from './sorted-pairs.js';
import { joinValuesOverLines } from './stray-quotes.js';

/** Threads for loading: `'auto'` reads the second part on a worker when there is a second core. */
export type LoadThreads = number | 'auto';

/** Files from this size are read in two parts (a worker costs ~30 ms to start). */
export const SPLIT_BYTES = 8 * 1024 * 1024;
const SEARCH_BYTES = 64 * 1024;
const NEWLINE = 0x0a;
const WORKER_FILE = fileURLToPath(new URL('./edge-part-worker.js', import.meta.url));

/**
 * Where the second part starts (just after a newline near the middle), or null for one part:
 * files smaller than `splitFrom` bytes are read in one.
 */
export async function secondPartStart(file: string, splitFrom = SPLIT_BYTES): Promise<number | null> {
  const size = await fileSize(file);
  if (!readInTwoParts(size, splitFrom)) return null;
  const middle = Math.floor(size / 2);
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SEARCH_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SEARCH_BYTES, middle);
    const newline = buffer.subarray(0, bytesRead).indexOf(NEWLINE);
    const start = middle + newline + 1;
    return newline < 0 || start >= size ? null : start;
  } finally {
    await handle.close();
  }
}

/** Whether a file of `size` bytes is read in two parts. */
function readInTwoParts(size: number, splitFrom: number): boolean {
  return size >= Math.max(splitFrom, 1);
}

/** A file's size, 0 when it cannot be read (reading it will then report why). */
function fileSize(file: string): Promise<number> {
  return stat(file).then((info) => info.size, () => 0);
}

/** The second part being read (or waiting to be, on this thread). */
export interface SecondPart {
  /** [rows read, bytes read] so far. */
  readonly progress: Float64Array;
  result(): Promise<EdgePartResult>;
  /** Stops the worker, if any (the first part failed or must be read again). */
  stop(): void;
}

/** Whether the second part is read on a worker: a second core (or threads > 1) and a built worker. */
function useWorker(threads: LoadThreads): boolean {
  return (threads === 'auto' ? availableParallelism() > 1 : threads > 1) && existsSync(WORKER_FILE);
}

/**
 * A worker started before its part is known: it loads its code (~70 ms here) while this thread
 * reads the staff file. Hand it to {@link startSecondPart}, and dismiss it in any case when
 * loading ends (that stops it if it was never used).
 */
export class SpareWorker {
  private constructor(private worker: Worker | undefined) {}

  /** A spare worker when `file` will be read in two parts on two threads, else undefined. */
  static async forFile(file: string, threads: LoadThreads, splitFrom = SPLIT_BYTES): Promise<SpareWorker | undefined> {
    if (!useWorker(threads)) return undefined;
    return readInTwoParts(await fileSize(file), splitFrom) ? new SpareWorker(new Worker(WORKER_FILE, { execArgv: [] })) : undefined;
  }

  /** The worker, now the caller's to stop; undefined once taken. */
  take(): Worker | undefined {
    const worker = this.worker;
    this.worker = undefined;
    return worker;
  }

  dismiss(): void {
    void this.take()?.terminate();
  }
}

/**
 * Starts reading bytes [request.from, end of file) on a worker (`spare`'s, if given), which gets
 * `people`'s table, or prepares to read them here with `people` itself.
 */
export function startSecondPart(request: Omit<EdgePartRequest, 'progress' | 'people'>, people: PersonLookup, threads: LoadThreads, spare?: SpareWorker): SecondPart {
  const progress = new Float64Array(new SharedArrayBuffer(16));
  const full = { ...request, people: people.table, progress };
  // No inherited flags (--cpu-prof…): the worker needs none.
  const worker = spare?.take() ?? (useWorker(threads) ? new Worker(WORKER_FILE, { execArgv: [] }) : undefined);
  if (!worker) return { progress, result: () => readEdgePart(full, people), stop: () => {} };
  // Not unref'd: this thread may have nothing else to wait for while the worker finishes (the
  // worker ends by itself once it has posted its result).
  worker.postMessage(full);
  const result = new Promise<EdgePartResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('the worker reading the second part stopped')));
  });
  result.catch(() => {}); // awaited in result(); after stop() it no longer matters
  return {
    progress,
    result: () => result.finally(() => void worker.terminate()),
    stop: () => void worker.terminate(),
  };
}

/**
 * Adds the second part to the first (its tally and sorted pairs), as if one reader had read on:
 * lines move by `lineOffset`, channels are renumbered after the first part's. Throws the second
 * part's first error, or the error for a channel beyond the limit if that comes first.
 */
export function joinSecondPart(tally: InteractionTally, pairs: SortedPairs, part: EdgePartResult, lineOffset: number, file: string, channelColumn: number): SortedPairs {
  const bitOf = new Array<number>(part.channels.length);
  let overflowLine = Infinity;
  part.channels.forEach((channel, i) => {
    let at = tally.channels.indexOf(channel);
    if (at < 0) {
      if (tally.channels.length >= MAX_CHANNELS) {
        overflowLine = Math.min(overflowLine, part.channelLines[i] + lineOffset);
        return;
      }
      at = tally.channels.push(channel) - 1;
      tally.channelLines.push(part.channelLines[i] + lineOffset);
    }
    bitOf[i] = at;
  });
  const error = part.error;
  // Within one row, the field errors come before the channel is counted.
  const errorLine = error ? (error.line ?? 0) + lineOffset : Infinity;
  if (overflowLine < errorLine) throw tooManyChannels(file, overflowLine, channelColumn);
  if (error) {
    throw new InputError(error.code as InputErrorCode, error.message, { file, line: error.line === undefined ? undefined : error.line + lineOffset, column: error.column }, error.hint);
  }
  const second = part.pairs;
  for (let k = 0; k < second.length; k++) {
    let bits = 0;
    for (let i = 0; i < bitOf.length; i++) if (second.channels[k] & (1 << i)) bits |= 1 << bitOf[i];
    second.channels[k] = bits;
    second.firstLine[k] += lineOffset;
  }
  tally.skipped.append(part.skipped, lineOffset);
  tally.rowsRead += part.rowsRead;
  tally.rowsUsed += part.rowsUsed;
  tally.earliestOutside = Math.min(tally.earliestOutside, part.earliestOutside);
  tally.latestOutside = Math.max(tally.latestOutside, part.latestOutside);
  joinDecimalMarks(tally.decimalMarks, part.decimalMarks, lineOffset);
  joinValuesOverLines(tally.valuesOverLines, part.valuesOverLines, lineOffset);
  return mergePairs(pairs, second);
}
