/**
 * Reads the interactions file and aggregates it into ties while streaming: never holds the
 * rows, only one slot per ordered pair. Accepts an edge list (one event, or one already
 * aggregated pair with a weight, per row) or an adjacency matrix whose rows and columns follow
 * the staff file's order. Every row is used or skipped with a reason.
 */
import { InputError } from '../errors.js';
import type { TieTable } from '../organisation/tie-table.js';
import { arcsBothWays } from './arcs-both-ways.js';
import { headerKey, type ColumnMapping } from './columns.js';
import { dotsLikeThousands, mixedDecimalMarks } from './decimal-marks.js';
import type { Delimiter } from './delimiter.js';
import { edgeRowReaders, type EdgeRowContext, type EdgeRowReaders } from './edge-rows.js';
import { refuseExtraFields } from './extra-fields.js';
import { unknownPersonError } from './field-errors.js';
import { finishTies } from './finish-ties.js';
import { earlyRowsOutsideWindow } from './implausible-times.js';
import { InteractionTally, type EventFilters } from './interaction-tally.js';
import { bothWaysInput } from './load-warnings.js';
import { MatrixRows } from './matrix-rows.js';
import type { MessageLookup } from './messages.js';
import { PersonLookup, textFinder } from './person-lookup.js';
import { repeatsHeader } from './repeated-header.js';
import { EXAMPLE_LINES, type FileReport } from './report.js';
import { checkFieldsOverLines, fieldOverLinesError, fieldsOverLines, valuesOverLinesWarning } from './stray-quotes.js';
import { joinSecondPart, secondPartStart, startSecondPart, type LoadThreads, type SecondPart, type SpareWorker } from './second-part.js';
import { foldSymmetricMatrix } from './symmetric-matrix.js';
import { fieldValue, readRawTable } from './table.js';
import { INTERACTIONS_FILE, unreadColumns, type UnreadColumnsFile } from './unread-columns.js';
import type { DateOrder } from './values.js';
import { refuseOverflowingWeights } from './weight-overflow.js';

/** How the interactions file is laid out. */
export type InteractionsFormat = 'edges' | 'matrix';

/** How to read the file, and (from {@link EventFilters}) which events count. */
export interface InteractionsOptions extends EventFilters {
  readonly columns?: ColumnMapping['interactions'];
  readonly headerless?: boolean;
  readonly delimiter?: Delimiter;
  readonly format?: InteractionsFormat;
  /** Drop ties with fewer interactions (or less summed weight) than this (default 0: keep every tie). */
  readonly minInteractions?: number;
  /**
   * The interactions have no direction: the arcs are each tie both ways (arcs-both-ways.ts), and a
   * matrix must be symmetric, each tie taken once (symmetric-matrix.ts).
   */
  readonly undirected?: boolean;
  /** Unknown people are an error instead of a skipped row. */
  readonly strict?: boolean;
  /** How dates in numbers only (31/03/2026) are read; without it they are an error. */
  readonly dateOrder?: DateOrder;
  /** Line numbers and example values kept per skip reason (default 5). */
  readonly examples?: number;
  /** The messages of a mail export: the file read is then their recipients file. */
  readonly messages?: MessageLookup;
  /** Threads: `'auto'` reads the second half of a large file on a second core (second-part.ts). */
  readonly threads?: LoadThreads;
  /** Files from this many bytes are read in two parts (default 8 MiB; tests set it lower). */
  readonly splitFrom?: number;
  /** A worker started earlier for the second part (used at most once; the caller dismisses it). */
  readonly spareWorker?: SpareWorker;
  /** Called after each chunk of the file read (1 MiB) with the rows and bytes read so far, both parts together. */
  readonly onProgress?: (rows: number, bytesRead: number, totalBytes: number) => void;
}

/** The aggregated interactions. */
export interface InteractionsResult {
  /** Undirected ties (source < target), sorted. */
  readonly ties: TieTable;
  /** Directed ties, sorted: with `undirected`, each tie both ways. */
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
  /** The earliest and latest times of the rows left outside --since/--until (Infinity and -Infinity when none). */
  readonly outsideWindow: { readonly earliest: number; readonly latest: number };
  /** Things worth a look that did not stop the read (see {@link unreadColumns}). */
  readonly warnings: readonly string[];
}

/** Reads interactions between the people of `personIndex` (id → dense index). */
export async function readInteractions(
  file: string,
  personIndex: ReadonlyMap<string, number>,
  options: InteractionsOptions = {},
): Promise<InteractionsResult> {
  const edges = options.format !== 'matrix' && !options.messages;
  const split = edges ? await secondPartStart(file, options.splitFrom) : null;
  // A quoted field spanning the split: the parts do not meet at a row boundary, so read it whole.
  const read = (await readParts(file, personIndex, options, split)) ?? (await readParts(file, personIndex, options, null))!;
  const { tally, summary, firstRow } = read;
  const { ties, arcs, droppedLines, droppedRows } = finishTies(read.pairs, personIndex.size, options.minInteractions ?? 0);
  refuseOverflowingWeights(read.pairs, ties, file);
  let rowsDropped = 0;
  for (let t = 0; t < droppedLines.length; t++) {
    rowsDropped += droppedRows[t];
    tally.skipped.skip('below-threshold', droppedLines[t], undefined, droppedRows[t]);
  }
  const matrix = options.format === 'matrix';
  const messages = options.messages;
  return {
    // A mail export's recipients file is checked only when its recipient was found by position:
    // a headed one often has columns nodefinder has no use for (To/Cc).
    warnings: [
      ...(matrix || (messages && !recipientByPosition(options)) ? [] : unreadColumns(summary.layout.extras, !options.headerless, firstRow, messages ? RECIPIENTS_FILE : INTERACTIONS_FILE)),
      ...mixedDecimalMarks(tally.decimalMarks),
      ...dotsLikeThousands(tally.decimalMarks),
      ...earlyRowsOutsideWindow(tally.earliestOutside),
      ...valuesOverLinesWarning(tally.valuesOverLines, messages ? 'recipients' : 'interactions'),
      // Read as directed, load-organisation.ts checks the arcs; --undirected replaces them below.
      ...(options.undirected && !matrix ? bothWaysInput(arcs, 'undirected edges') : []),
    ],
    ties,
    // After the threshold, which is the ties': both arcs of a kept tie, none of a dropped one.
    arcs: options.undirected ? arcsBothWays(ties, personIndex.size) : arcs,
    outsideWindow: { earliest: tally.earliestOutside, latest: tally.latestOutside },
    channels: tally.channels,
    weighted: matrix || (!messages && (summary.layout.index as { weight?: number }).weight !== undefined && !countsInteractions(summary.layout.source as { weight?: string })),
    report: {
      kind: messages ? 'recipients' : 'interactions',
      file,
      delimiter: summary.delimiter,
      header: !(matrix || options.headerless),
      columns: matrix ? {} : (summary.layout.source as Record<string, string>),
      attributes: [],
      unit: matrix ? 'cell' : 'row',
      rowsRead: tally.rowsRead,
      rowsUsed: tally.rowsUsed - rowsDropped,
      skipped: tally.skipped.toList(),
    },
  };
}

/**
 * Reads the file (bytes before `split` first, then the rest as a second part), or returns
 * undefined when the first part does not end at a row boundary, or the second part's error is to
 * be found by reading the file whole.
 */
async function readParts(file: string, personIndex: ReadonlyMap<string, number>, options: InteractionsOptions, split: number | null) {
  // People are numbered 0..n-1 in staff-file order; an unlabelled matrix's rows and columns follow it.
  const nodeCount = personIndex.size;
  const tally = new InteractionTally(nodeCount, file, options, options.examples);
  const skipped = tally.skipped;
  const matrix = options.format === 'matrix';
  let totalBytes = 0;
  let delimiter: Delimiter = ',';
  let decimalComma = false;

  const deliveries = new Set<number>();
  const findPerson = textFinder(personIndex);
  // A recipients row takes its sender, time and channel from its message.
  const acceptRecipientRow = (fields: string[], line: number, index: Partial<Record<string, number>>, messages: MessageLookup): void => {
    const messageId = fieldValue(fields, index.message);
    const targetId = fieldValue(fields, index.target);
    if (messageId === '' || targetId === '') return skipped.skip('malformed', line);
    const message = messages.slotOf.get(messageId);
    if (message === undefined) return skipped.skip('unknown-message', line, messageId);
    const target = findPerson(targetId);
    if (target === undefined) {
      if (options.strict) throw unknownPersonError(targetId, { file, line, column: (index.target ?? 0) + 1 });
      return skipped.skip('unknown-person', line, targetId);
    }
    // One e-mail to someone in both To and Cc is one interaction.
    const delivery = message * nodeCount + target;
    if (deliveries.has(delivery)) return skipped.skip('duplicate-recipient', line, targetId);
    deliveries.add(delivery);
    tally.accept(messages.sender[message], target, 1, messages.time[message], messages.channel[message], line, 0);
  };

  const matrixRows = matrix ? new MatrixRows(tally, personIndex, file, () => decimalComma) : undefined;
  // A matrix has no timestamp or channel column: a window or --channel fails before reading it.
  if (matrix) requireFilterColumns({}, options, file);

  // The id lookup, made once for both parts when the first edge row (or the end) comes.
  let people: PersonLookup | undefined;
  const lookup = (): PersonLookup => (people ??= PersonLookup.fromIndex(personIndex));
  let edgeRows: EdgeRowReaders | undefined;
  // The first edge row's values, by column: whether a column without a header holds anything.
  let firstRow: string[] = [];
  // A recipients row with more values than the header is refused (extra-fields.ts).
  let recipientsFirstCount: number | undefined;
  let second: SecondPart | undefined;
  const startSecond = (rows: EdgeRowContext): SecondPart =>
    startSecondPart({
      ...rows,
      dateOrder: options.dateOrder,
      from: split!,
      to: Infinity,
      filters: { since: options.since, until: options.until, channels: options.channels },
      examples: options.examples ?? EXAMPLE_LINES,
      nodeCount,
    }, lookup(), options.threads ?? 'auto', options.spareWorker);
  const messages = options.messages;
  let summary;
  try {
    summary = await readRawTable(
      {
        kind: messages ? 'recipients' : 'interactions',
        file,
        // A matrix has no header and no named columns: every value is a cell.
        headerless: matrix || options.headerless,
        columns: matrix ? {} : options.columns,
        delimiter: options.delimiter,
        to: split ?? undefined,
        plainRowReader: () => edgeRows?.plainRows,
        // Decimal commas can only be read when the comma is not the delimiter.
        onDelimiter: (found) => {
          delimiter = found;
          decimalComma = found !== ',';
        },
        onProgress: (read, total) => {
          totalBytes = total;
          options.onProgress?.(tally.rowsRead + (second?.progress[0] ?? 0), read + (second?.progress[1] ?? 0), total);
        },
      },
      (row, layout) => {
        // Edge rows are checked by their reader (the second part's too); a matrix's cells have no names.
        if (row.lastLine > row.line && matrixRows) throw fieldOverLinesError(file, fieldsOverLines(row)[0], 'value');
        if (row.lastLine > row.line && messages) checkFieldsOverLines(row, file, { message: layout.index.message, target: layout.index.target }, tally.valuesOverLines);
        if (matrixRows) matrixRows.read(row.fields(), row.line);
        else if (messages) {
          tally.rowsRead++;
          recipientsFirstCount ??= row.count;
          if (row.count > layout.width) refuseExtraFields(row, layout.width, recipientsFirstCount, file, undefined, layout.header === null);
          // Every field is decoded anyway: looking for a repeated header first costs little.
          if (repeatsHeader(row, layout.header)) tally.skipped.skip('repeated-header', row.line);
          else acceptRecipientRow(row.fields(), row.line, layout.index, messages);
        } else {
          if (!edgeRows) {
            // The columns are known: check the filters before reading on, then start the second part.
            requireFilterColumns(layout.index, options, file);
            firstRow = row.fields();
            const context: EdgeRowContext = {
              file, index: layout.index, decimalComma, strict: options.strict ?? false, dateOrder: options.dateOrder, delimiter, width: layout.width, firstCount: row.count, header: layout.header,
            };
            edgeRows = edgeRowReaders(tally, lookup(), context);
            if (split !== null) second = startSecond(context);
          }
          edgeRows.readRow(row);
        }
      },
    );
    matrixRows?.finish();
  } catch (error) {
    second?.stop();
    throw error;
  }
  if (!summary.complete) {
    second?.stop();
    return undefined;
  }
  let pairs = tally.pairs.result();
  // Undirected, a matrix names each tie in two cells: one tie, checked to be the same in both.
  // Folded before a second part is joined, which is right only because a matrix is never read in
  // two parts (split is null for it): a tie's two cells lie in different rows, which could fall in different parts.
  if (matrixRows && options.undirected) pairs = foldSymmetricMatrix(pairs, (row, column) => matrixRows.cellAt(row, column), file);
  if (split !== null) {
    // No data row in the first part (blank lines only): read whole, the first row being the file's.
    if (!second) return undefined;
    const channelColumn = ((summary.layout.index as { channel?: number }).channel ?? 0) + 1;
    const part = await second.result();
    // A MALFORMED_CSV message may name lines (a field over lines, stray-quotes.ts), counted from
    // the part's start: read whole, it names the file's own.
    if (part.error?.code === 'MALFORMED_CSV') return undefined;
    pairs = joinSecondPart(tally, pairs, part, summary.lines, file, channelColumn);
  }
  options.onProgress?.(tally.rowsRead, totalBytes, totalBytes);
  return { tally, pairs, summary, firstRow };
}

/**
 * A time window needs a timestamp column and --channel a channel column: without one, every row
 * would be skipped, which is a mistake in the command, not in the file.
 */
function requireFilterColumns(index: Partial<Record<string, number>>, options: InteractionsOptions, file: string): void {
  const windowed = options.since !== undefined || options.until !== undefined;
  if (windowed && index.timestamp === undefined) {
    throw new InputError('MISSING_COLUMN', 'a time window was asked for (--since/--until), but the interactions have no timestamp column', { file, line: 1 },
      'map the timestamp column with --columns interactions.timestamp=COLUMN, or leave out --since and --until');
  }
  if (options.channels !== undefined && index.channel === undefined) {
    throw new InputError('MISSING_COLUMN', 'channels were asked for (--channel), but the interactions have no channel column', { file, line: 1 },
      'map the channel column with --columns interactions.channel=COLUMN, or leave out --channel');
  }
}

/**
 * Whether a mail export's recipient was taken by position: only then may an unread column be the
 * recipient. A headed file names its columns, and a named recipient column is the user's choice.
 */
function recipientByPosition(options: InteractionsOptions): boolean {
  return options.headerless === true && (options.columns as ColumnMapping['recipients'] | undefined)?.target === undefined;
}

const RECIPIENTS_FILE: UnreadColumnsFile = { name: 'recipients', prefix: 'recipients', example: 'target', holds: 'the recipient' };

/** Headers of a weight column that counts interactions (normalised as in columns.ts). */
const COUNT_HEADERS = new Set(['count', 'n', 'interactions']);

/** Whether the weight column's header says it counts interactions (pairs aggregated elsewhere). */
function countsInteractions(source: { weight?: string }): boolean {
  return source.weight !== undefined && COUNT_HEADERS.has(headerKey(source.weight));
}
