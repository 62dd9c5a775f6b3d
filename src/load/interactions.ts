/**
 * Reads the interactions file and aggregates it into ties while streaming: never holds the
 * rows, only one slot per ordered pair. Accepts an edge list (one event, or one already
 * aggregated pair with a weight, per row) or an adjacency matrix whose rows and columns follow
 * the staff file's order. Every row is used or skipped with a reason.
 */
import { InputError } from '../errors.js';
import type { TieTable } from '../organisation/tie-table.js';
import { normaliseHeader, type ColumnMapping } from './columns.js';
import type { Delimiter } from './delimiter.js';
import { ByteStringCache } from './byte-strings.js';
import { TimestampReader, wholeNumberFromBytes } from './byte-values.js';
import { finishTies } from './finish-ties.js';
import { PairAccumulator } from './pair-accumulator.js';
import { PersonLookup } from './person-lookup.js';
import { SkipTally, type FileReport } from './report.js';
import type { RawRow } from './row-tokenizer.js';
import { fieldValue, readRawTable } from './table.js';
import { parseNumber } from './values.js';
import { timestampField, unknownPersonError } from './field-errors.js';
import type { MessageLookup } from './messages.js';

/** How the interactions file is laid out. */
export type InteractionsFormat = 'edges' | 'matrix';

export interface InteractionsOptions {
  readonly columns?: ColumnMapping['interactions'];
  readonly headerless?: boolean;
  readonly delimiter?: Delimiter;
  readonly format?: InteractionsFormat;
  /** Keep only events at or after this time (seconds since 1970 UTC). */
  readonly since?: number;
  /** Keep only events at or before this time. */
  readonly until?: number;
  /** Keep only these channels. */
  readonly channels?: readonly string[];
  /** Drop ties with fewer interactions than this (default 1). */
  readonly minInteractions?: number;
  /** Unknown people are an error instead of a skipped row. */
  readonly strict?: boolean;
  /** The messages of a mail export: the file read is then their recipients file. */
  readonly messages?: MessageLookup;
  /** Called about every 65,536 rows with the rows read so far. */
  readonly onProgress?: (rows: number, bytesRead: number, totalBytes: number) => void;
}

/** The aggregated interactions. */
export interface InteractionsResult {
  /** Undirected ties (source < target), sorted. */
  readonly ties: TieTable;
  /** Directed ties, sorted. */
  readonly arcs: TieTable;
  /** Channel names, in the order of their bits. */
  readonly channels: readonly string[];
  /**
   * Whether strengths come from a weight column rather than counting interactions. A column
   * headed `count`, `n` or `interactions` (pairs aggregated elsewhere, one row per pair) holds
   * numbers of interactions, so it is not a weight in this sense.
   */
  readonly weighted: boolean;
  readonly report: FileReport;
}

const MAX_CHANNELS = 32;
const PROGRESS_EVERY = 65_536;

/** Reads interactions between the people of `personIndex` (id → dense index). */
export async function readInteractions(
  file: string,
  personIndex: ReadonlyMap<string, number>,
  options: InteractionsOptions = {},
): Promise<InteractionsResult> {
  // People are numbered 0..n-1 in staff-file order; a matrix's rows and columns follow it.
  const nodeCount = personIndex.size;
  const pairs = new PairAccumulator(nodeCount);
  const skipped = new SkipTally();
  const channelBits = new Map<string, number>();
  const wantedChannels = options.channels ? new Set(options.channels) : undefined;
  const windowed = options.since !== undefined || options.until !== undefined;
  const since = options.since ?? -Infinity;
  const until = options.until ?? Infinity;
  const matrix = options.format === 'matrix';
  let rowsRead = 0;
  let rowsUsed = 0;
  let bytesRead = 0;
  let totalBytes = 0;
  let decimalComma = false;

  const channelBit = (channel: string, line: number, column: number): number => {
    if (channel === '') return 0;
    let bit = channelBits.get(channel);
    if (bit === undefined) {
      if (channelBits.size >= MAX_CHANNELS) {
        throw new InputError('TOO_MANY_CHANNELS', `more than ${MAX_CHANNELS} different channels`, { file, line, column },
          'is the channel column really a channel? map another with --columns interactions.channel=COLUMN, or keep some with --channel');
      }
      bit = 1 << channelBits.size;
      channelBits.set(channel, bit);
    }
    return bit;
  };

  const readWeight = (text: string, line: number, column: number): number => {
    const weight = parseNumber(text, decimalComma);
    if (weight === undefined || weight < 0 || !Number.isFinite(weight)) {
      throw new InputError('BAD_WEIGHT', `"${text}" is not a weight`, { file, line, column },
        'weights must be numbers of 0 or more; fix the value, or map another column with --columns interactions.weight=COLUMN');
    }
    return weight;
  };

  // Edge rows are read from their bytes: ids are looked up, and numbers and times parsed, without
  // decoding the fields (the usual forms; anything else is decoded and read as text, so the values
  // and the errors are those of values.ts and field-errors.ts).
  const people = new PersonLookup(personIndex);
  const channelNames = new ByteStringCache();
  const timestamps = new TimestampReader();
  /** The edge-row reader for one column layout (the columns are fixed once the header is read). */
  const edgeRowReader = (index: Partial<Record<string, number>>) => {
    const sourceAt = index.source!;
    const targetAt = index.target!;
    const weightAt = index.weight ?? -1;
    const timeAt = index.timestamp ?? -1;
    const channelAt = index.channel ?? -1;
    return (row: RawRow): void => {
      const line = row.line;
      const count = row.count;
      const start = row.valueStart;
      const end = row.valueEnd;
      if (sourceAt >= count || targetAt >= count || start[sourceAt] === end[sourceAt] || start[targetAt] === end[targetAt] ||
        (weightAt >= 0 && (weightAt >= count || start[weightAt] === end[weightAt]))) {
        skipped.skip('malformed', line);
        return;
      }
      const bytes = row.bytes;
      let weight = 1;
      if (weightAt >= 0) weight = wholeNumberFromBytes(bytes, start[weightAt], end[weightAt]) ?? readWeight(row.value(weightAt), line, weightAt + 1);
      let time = NaN;
      if (timeAt >= 0 && timeAt < count && start[timeAt] !== end[timeAt]) {
        time = timestamps.read(bytes, start[timeAt], end[timeAt]) ?? timestampField(row.value(timeAt), { file, line, column: timeAt + 1 });
      }
      let source = people.find(bytes, start[sourceAt], end[sourceAt]);
      let target = people.find(bytes, start[targetAt], end[targetAt]);
      // Bytes that are not valid UTF-8 decode to U+FFFD, which a staff id could in principle hold.
      if (source < 0) source = personIndex.get(row.value(sourceAt)) ?? -1;
      if (target < 0) target = personIndex.get(row.value(targetAt)) ?? -1;
      if (source < 0 || target < 0) {
        const unknownAt = source < 0 ? sourceAt : targetAt;
        const unknown = row.value(unknownAt);
        if (options.strict) throw unknownPersonError(unknown, { file, line, column: unknownAt + 1 });
        skipped.skip('unknown-person', line, unknown);
        return;
      }
      const channel = channelAt >= 0 && channelAt < count ? channelNames.text(bytes, start[channelAt], end[channelAt]) : '';
      acceptEvent(source, target, weight, time, channel, line, (channelAt < 0 ? 0 : channelAt) + 1);
    };
  };
  let acceptEdgeRow: ((row: RawRow) => void) | undefined;

  // A recipients row takes its sender, time and channel from its message.
  const acceptRecipientRow = (fields: string[], line: number, index: Partial<Record<string, number>>, messages: MessageLookup): void => {
    const messageId = fieldValue(fields, index.message);
    const targetId = fieldValue(fields, index.target);
    if (messageId === '' || targetId === '') return skipped.skip('malformed', line);
    const message = messages.slotOf.get(messageId);
    if (message === undefined) return skipped.skip('unknown-message', line, messageId);
    const target = personIndex.get(targetId);
    if (target === undefined) {
      if (options.strict) throw unknownPersonError(targetId, { file, line, column: (index.target ?? 0) + 1 });
      return skipped.skip('unknown-person', line, targetId);
    }
    acceptEvent(messages.sender[message], target, 1, messages.time[message], messages.channel[message], line, 0);
  };

  const acceptEvent = (source: number, target: number, weight: number, time: number, channel: string, line: number, channelColumn: number) => {
    if (source === target) return skipped.skip('self-interaction', line);
    if (weight === 0) return skipped.skip('zero-weight', line);
    if (wantedChannels && !wantedChannels.has(channel)) return skipped.skip('other-channel', line);
    if (windowed) {
      if (Number.isNaN(time)) return skipped.skip('no-timestamp', line);
      if (time < since || time > until) return skipped.skip('outside-window', line);
    }
    pairs.add(source, target, weight, time, channelBit(channel, line, channelColumn), line);
    rowsUsed++;
  };

  let matrixRow = 0;
  const acceptMatrixRow = (fields: string[], line: number): void => {
    if (matrixRow >= nodeCount) {
      throw new InputError('BAD_MATRIX', `the matrix has more rows than the staff file has people (${nodeCount})`, { file, line },
        'rows and columns of an adjacency matrix follow the staff file, one per person');
    }
    if (fields.length !== nodeCount) {
      throw new InputError('BAD_MATRIX', `this matrix row has ${fields.length} values, not ${nodeCount}`, { file, line },
        'each row needs one value per person in the staff file');
    }
    const source = matrixRow++;
    for (let target = 0; target < nodeCount; target++) {
      const text = fields[target];
      const weight = readWeight(text, line, target + 1);
      if (weight === 0) continue;
      rowsRead++;
      acceptEvent(source, target, weight, NaN, '', line, 0);
    }
  };

  const messages = options.messages;
  const summary = await readRawTable(
    {
      kind: messages ? 'recipients' : 'interactions',
      file,
      // A matrix has no header and no named columns: every value is a cell.
      headerless: matrix || options.headerless,
      columns: matrix ? {} : options.columns,
      delimiter: options.delimiter,
      // Decimal commas can only be read when the comma is not the delimiter.
      onDelimiter: (delimiter) => {
        decimalComma = delimiter !== ',';
      },
      onProgress: (read, total) => {
        bytesRead = read;
        totalBytes = total;
      },
    },
    (row, layout) => {
      if (matrix) acceptMatrixRow(row.fields(), row.line);
      else if (messages) {
        rowsRead++;
        acceptRecipientRow(row.fields(), row.line, layout.index, messages);
      } else {
        rowsRead++;
        (acceptEdgeRow ??= edgeRowReader(layout.index))(row);
      }
      if (options.onProgress && rowsRead % PROGRESS_EVERY === 0) options.onProgress(rowsRead, bytesRead, totalBytes);
    },
  );
  if (matrix && matrixRow !== nodeCount) {
    throw new InputError('BAD_MATRIX', `the matrix has ${matrixRow} rows, not ${nodeCount}`, { file },
      'an adjacency matrix needs one row per person in the staff file, in the same order');
  }
  options.onProgress?.(rowsRead, totalBytes, totalBytes);

  const { ties, arcs, droppedLines, droppedRows } = finishTies(pairs.result(), nodeCount, options.minInteractions ?? 1);
  let rowsDropped = 0;
  for (let t = 0; t < droppedLines.length; t++) {
    rowsDropped += droppedRows[t];
    skipped.skip('below-threshold', droppedLines[t], undefined, droppedRows[t]);
  }
  const channels = [...channelBits.keys()];
  return {
    ties,
    arcs,
    channels,
    weighted: matrix || (!messages && (summary.layout.index as { weight?: number }).weight !== undefined && !countsInteractions(summary.layout.source as { weight?: string })),
    report: {
      kind: messages ? 'recipients' : 'interactions',
      file,
      delimiter: summary.delimiter,
      header: !(matrix || options.headerless),
      columns: matrix ? {} : (summary.layout.source as Record<string, string>),
      attributes: [],
      unit: matrix ? 'cell' : 'row',
      rowsRead,
      rowsUsed: rowsUsed - rowsDropped,
      skipped: skipped.toList(),
    },
  };
}

/** Headers of a weight column that counts interactions (normalised as in columns.ts). */
const COUNT_HEADERS = new Set(['count', 'n', 'interactions']);

/** Whether the weight column's header says it counts interactions (pairs aggregated elsewhere). */
function countsInteractions(source: { weight?: string }): boolean {
  return source.weight !== undefined && COUNT_HEADERS.has(normaliseHeader(source.weight));
}
