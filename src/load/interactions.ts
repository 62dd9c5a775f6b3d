/**
 * Reads the interactions file and aggregates it into ties while streaming: never holds the
 * rows, only one slot per ordered pair. Accepts an edge list (one event, or one already
 * aggregated pair with a weight, per row) or an adjacency matrix whose rows and columns follow
 * the staff file's order. Every row is used or skipped with a reason.
 */
import { InputError } from '../errors.js';
import type { TieTable } from '../organisation/tie-table.js';
import type { ColumnMapping } from './columns.js';
import type { Delimiter } from './delimiter.js';
import { PairTable } from './pair-table.js';
import { SkipTally, type FileReport } from './report.js';
import { fieldValue, readTable } from './table.js';
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
  /** Whether strengths come from a weight column rather than counting rows. */
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
  const pairs = new PairTable(nodeCount);
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

  const acceptEdgeRow = (fields: string[], line: number, index: Partial<Record<string, number>>): void => {
    const sourceId = fieldValue(fields, index.source);
    const targetId = fieldValue(fields, index.target);
    const weightText = fieldValue(fields, index.weight);
    if (sourceId === '' || targetId === '' || (index.weight !== undefined && weightText === '')) {
      skipped.skip('malformed', line);
      return;
    }
    const weight = index.weight === undefined ? 1 : readWeight(weightText, line, index.weight + 1);
    const time = timestampField(fieldValue(fields, index.timestamp), { file, line, column: (index.timestamp ?? 0) + 1 });
    const source = personIndex.get(sourceId);
    const target = personIndex.get(targetId);
    if (source === undefined || target === undefined) {
      const unknown = source === undefined ? sourceId : targetId;
      if (options.strict) throw unknownPersonError(unknown, { file, line, column: ((source === undefined ? index.source : index.target) ?? 0) + 1 });
      skipped.skip('unknown-person', line, unknown);
      return;
    }
    acceptEvent(source, target, weight, time, fieldValue(fields, index.channel), line, (index.channel ?? 0) + 1);
  };

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
  const summary = await readTable(
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
    (fields, line, layout) => {
      if (matrix) acceptMatrixRow(fields, line);
      else if (messages) {
        rowsRead++;
        acceptRecipientRow(fields, line, layout.index, messages);
      } else {
        rowsRead++;
        acceptEdgeRow(fields, line, layout.index);
      }
      if (options.onProgress && rowsRead % PROGRESS_EVERY === 0) options.onProgress(rowsRead, bytesRead, totalBytes);
    },
  );
  if (matrix && matrixRow !== nodeCount) {
    throw new InputError('BAD_MATRIX', `the matrix has ${matrixRow} rows, not ${nodeCount}`, { file },
      'an adjacency matrix needs one row per person in the staff file, in the same order');
  }
  options.onProgress?.(rowsRead, totalBytes, totalBytes);

  const { ties, arcs, droppedRows } = finishTies(pairs, nodeCount, options.minInteractions ?? 1, skipped);
  const channels = [...channelBits.keys()];
  return {
    ties,
    arcs,
    channels,
    weighted: matrix || (!messages && (summary.layout.index as { weight?: number }).weight !== undefined),
    report: {
      kind: messages ? 'recipients' : 'interactions',
      file,
      delimiter: summary.delimiter,
      header: !(matrix || options.headerless),
      columns: matrix ? {} : (summary.layout.source as Record<string, string>),
      attributes: [],
      unit: matrix ? 'cell' : 'row',
      rowsRead,
      rowsUsed: rowsUsed - droppedRows,
      skipped: skipped.toList(),
    },
  };
}

/**
 * Merges both directions into undirected ties, drops ties below the threshold (reporting
 * their rows), and packs both views into sorted tie tables.
 */
function finishTies(pairs: PairTable, nodeCount: number, minInteractions: number, skipped: SkipTally) {
  const undirected = new PairTable(nodeCount, Math.max(16, pairs.size));
  for (let slot = 0; slot < pairs.size; slot++) {
    const a = pairs.source[slot];
    const b = pairs.target[slot];
    undirected.merge(Math.min(a, b), Math.max(a, b), pairs, slot);
  }
  let droppedRows = 0;
  const kept = (table: PairTable, slot: number): boolean => {
    const a = table.source[slot];
    const b = table.target[slot];
    const pair = table === undirected ? slot : undirected.find(Math.min(a, b), Math.max(a, b));
    return undirected.weight[pair] >= minInteractions;
  };
  for (let slot = 0; slot < undirected.size; slot++) {
    if (!kept(undirected, slot)) {
      droppedRows += undirected.rows[slot];
      skipped.skip('below-threshold', undirected.firstLine[slot], undefined, undirected.rows[slot]);
    }
  }
  return {
    ties: toTieTable(undirected, nodeCount, (slot) => kept(undirected, slot)),
    arcs: toTieTable(pairs, nodeCount, (slot) => kept(pairs, slot)),
    droppedRows,
  };
}

/** Copies the kept slots of a pair table into a tie table sorted by (source, target). */
function toTieTable(table: PairTable, nodeCount: number, keep: (slot: number) => boolean): TieTable {
  const keys: number[] = [];
  for (let slot = 0; slot < table.size; slot++) {
    if (keep(slot)) keys.push(table.source[slot] * nodeCount + table.target[slot]);
  }
  const sorted = Float64Array.from(keys).sort();
  const length = sorted.length;
  const tie = {
    length,
    source: new Int32Array(length),
    target: new Int32Array(length),
    strength: new Float64Array(length),
    rows: new Float64Array(length),
    first: new Float64Array(length),
    last: new Float64Array(length),
    channels: new Uint32Array(length),
  };
  for (let i = 0; i < length; i++) {
    const source = Math.floor(sorted[i] / nodeCount);
    const target = sorted[i] - source * nodeCount;
    const slot = table.find(source, target);
    tie.source[i] = source;
    tie.target[i] = target;
    tie.strength[i] = table.weight[slot];
    tie.rows[i] = table.rows[slot];
    tie.first[i] = table.first[slot];
    tie.last[i] = table.last[slot];
    tie.channels[i] = table.channels[slot];
  }
  return tie;
}
