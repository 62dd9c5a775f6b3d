/**
 * Reads a later part of an edge-list file, from a row boundary to the end: the same row reader and
 * tally as the first part, with lines numbered from 1 at the part's start. Runs on a worker thread
 * (edge-part-worker.ts) or, where there is none, on the calling thread after the first part;
 * the result is plain data either way, and interactions.ts joins it to the first part.
 */
import { InputError } from '../errors.js';
import type { Delimiter } from './delimiter.js';
import { edgeRowReaders } from './edge-rows.js';
import { InteractionTally, type EventFilters } from './interaction-tally.js';
import { readRawRows } from './read-rows.js';
import type { SkipState } from './report.js';
import type { SortedPairs } from './sorted-pairs.js';

/** What to read. Everything here can be sent to a worker. */
export interface EdgePartRequest {
  readonly file: string;
  /** Bytes [from, to) of the file; `from` is the start of a line. */
  readonly from: number;
  readonly to: number;
  readonly delimiter: Delimiter;
  readonly index: Partial<Record<string, number>>;
  readonly decimalComma: boolean;
  readonly strict: boolean;
  readonly filters: EventFilters;
  /** Staff ids in index order (for a worker, which builds its own index from them). */
  readonly ids: readonly string[];
  /** Where to publish progress: [rows read, bytes read]. */
  readonly progress: Float64Array;
}

/** An input error, with its line counted from the part's start. */
export interface PartError {
  readonly code: string;
  readonly message: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hint: string | undefined;
}

/** What the part holds, up to its first input error if it has one. */
export interface EdgePartResult {
  readonly pairs: SortedPairs;
  readonly skipped: SkipState;
  readonly channels: readonly string[];
  readonly channelLines: readonly number[];
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly error: PartError | null;
}

/** `personIndex` is the staff's id → index when read on the thread that has it (else built from `ids`). */
export async function readEdgePart(request: EdgePartRequest, personIndex?: ReadonlyMap<string, number>): Promise<EdgePartResult> {
  personIndex ??= new Map(request.ids.map((id, index) => [id, index]));
  const tally = new InteractionTally(request.ids.length, request.file, request.filters);
  const { readRow, plainRows } = edgeRowReaders(tally, personIndex, request);
  let error: PartError | null = null;
  try {
    await readRawRows(request.file, readRow, {
      delimiter: request.delimiter,
      from: request.from,
      to: request.to,
      plainRowReader: () => plainRows,
      onProgress: (bytesRead) => {
        request.progress[0] = tally.rowsRead;
        request.progress[1] = bytesRead - request.from;
      },
    });
  } catch (thrown) {
    if (!(thrown instanceof InputError)) throw thrown;
    error = { code: thrown.code, message: thrown.message, line: thrown.line, column: thrown.column, hint: thrown.hint };
  }
  request.progress[0] = tally.rowsRead;
  return {
    pairs: tally.pairs.result(),
    skipped: tally.skipped.state(),
    channels: tally.channels,
    channelLines: tally.channelLines,
    rowsRead: tally.rowsRead,
    rowsUsed: tally.rowsUsed,
    error,
  };
}
