/**
 * Reads a later part of an edge-list file, from a row boundary to the end: the same row reader and
 * tally as the first part, with lines numbered from 1 at the part's start. Runs on a worker thread
 * (edge-part-worker.ts) or, where there is none, on the calling thread after the first part;
 * the result is plain data either way, and interactions.ts joins it to the first part.
 */
import { InputError } from '../errors.js';
import type { DecimalMarks } from './decimal-marks.js';
import type { Delimiter } from './delimiter.js';
import { edgeRowReaders } from './edge-rows.js';
import { InteractionTally, type EventFilters } from './interaction-tally.js';
import { PersonLookup, type PersonTable } from './person-lookup.js';
import { readRawRows } from './read-rows.js';
import type { SkipState } from './report.js';
import type { SortedPairs } from './sorted-pairs.js';
import type { ValuesOverLines } from './stray-quotes.js';
import type { DateOrder } from './values.js';

/** What to read. Everything here can be sent to a worker. */
export interface EdgePartRequest {
  readonly file: string;
  /** Bytes [from, to) of the file; `from` is the start of a line. */
  readonly from: number;
  readonly to: number;
  readonly delimiter: Delimiter;
  readonly index: Partial<Record<string, number>>;
  /** Columns of the header, and fields of the file's first data row (see edge-rows.ts). */
  readonly width: number;
  readonly firstCount: number;
  readonly header: readonly string[] | null;
  readonly decimalComma: boolean;
  readonly strict: boolean;
  readonly dateOrder: DateOrder | undefined;
  readonly filters: EventFilters;
  /** Line numbers and example values kept per skip reason. */
  readonly examples: number;
  /** Number of staff: people are 0 .. nodeCount − 1. */
  readonly nodeCount: number;
  /** The staff's id lookup (a worker makes its own from it). */
  readonly people: PersonTable;
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
  readonly earliestOutside: number;
  readonly latestOutside: number;
  readonly decimalMarks: DecimalMarks;
  readonly valuesOverLines: ValuesOverLines;
  readonly error: PartError | null;
}

/** `people` is the staff's id lookup when read on the thread that has it (else made from the request's table). */
export async function readEdgePart(request: EdgePartRequest, people?: PersonLookup): Promise<EdgePartResult> {
  const tally = new InteractionTally(request.nodeCount, request.file, request.filters, request.examples);
  const { readRow, plainRows } = edgeRowReaders(tally, people ?? PersonLookup.fromTable(request.people), request);
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
    earliestOutside: tally.earliestOutside,
    latestOutside: tally.latestOutside,
    decimalMarks: tally.decimalMarks,
    valuesOverLines: tally.valuesOverLines,
    error,
  };
}
