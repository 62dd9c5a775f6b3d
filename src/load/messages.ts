/**
 * Reads the messages of a mail export: one row per message with its id, sender, time and
 * channel. The recipients file then names who received each message (see interactions.ts).
 * Messages are held until the recipients are read, so memory grows with the number of
 * messages here, not only with ties.
 */
import type { ColumnMapping } from './columns.js';
import type { Delimiter } from './delimiter.js';
import { refuseExtraFields } from './extra-fields.js';
import { timestampField, unknownPersonError } from './field-errors.js';
import { textFinder } from './person-lookup.js';
import { repeatsHeader } from './repeated-header.js';
import { RepeatedIds } from './repeated-ids.js';
import { SkipTally, type FileReport } from './report.js';
import { checkFieldsOverLines, noValuesOverLines, valuesOverLinesWarning } from './stray-quotes.js';
import { fieldValue, readRawTable } from './table.js';
import { unreadColumns, type UnreadColumnsFile } from './unread-columns.js';
import type { DateOrder } from './values.js';

/** Each message's sender (person index), time (NaN when none) and channel, by message id. */
export interface MessageLookup {
  readonly slotOf: ReadonlyMap<string, number>;
  readonly sender: readonly number[];
  readonly time: readonly number[];
  readonly channel: readonly string[];
}

export interface MessagesReadOptions {
  readonly columns?: ColumnMapping['interactions'];
  readonly headerless?: boolean;
  readonly delimiter?: Delimiter;
  readonly strict?: boolean;
  /** How dates in numbers only (31/03/2026) are read; without it they are an error. */
  readonly dateOrder?: DateOrder;
  /** Line numbers and example values kept per skip reason (default 5). */
  readonly examples?: number;
}

/** Reads the messages file; rows whose sender is unknown are skipped (an error with strict). */
export async function readMessages(
  file: string,
  personIndex: ReadonlyMap<string, number>,
  options: MessagesReadOptions = {},
): Promise<{ lookup: MessageLookup; report: FileReport; warnings: string[] }> {
  const slotOf = new Map<string, number>();
  const firstLineOf = new Map<string, number>();
  const sender: number[] = [];
  const time: number[] = [];
  const channel: string[] = [];
  const skipped = new SkipTally(options.examples);
  const repeats = new RepeatedIds(options.examples);
  const findPerson = textFinder(personIndex);
  let firstRow: readonly string[] | undefined;
  let firstCount: number | undefined;
  const overLines = noValuesOverLines();
  const summary = await readRawTable(
    { kind: 'interactions', file, required: ['message', 'source'], columns: options.columns, headerless: options.headerless, delimiter: options.delimiter },
    (row, { index, header, width }) => {
      const line = row.line;
      // The values this file is read for; a To column (the recipients file says who) may hold a list over lines.
      if (row.lastLine > line) checkFieldsOverLines(row, file, { message: index.message, source: index.source, timestamp: index.timestamp, channel: index.channel }, overLines);
      firstCount ??= row.count;
      if (row.count > width) refuseExtraFields(row, width, firstCount, file, undefined, header === null);
      // Every field is decoded below anyway: looking for a repeated header first costs little.
      if (repeatsHeader(row, header)) return skipped.skip('repeated-header', line);
      const fields = row.fields();
      firstRow ??= fields;
      const id = fieldValue(fields, index.message);
      const senderId = fieldValue(fields, index.source);
      if (id === '' || senderId === '') return skipped.skip('malformed', line);
      const earlier = firstLineOf.get(id);
      // Read on, so that the error gives every repeat at once.
      if (earlier !== undefined) return repeats.add(id, earlier, line, (index.message ?? 0) + 1);
      firstLineOf.set(id, line);
      const parsed = timestampField(fieldValue(fields, index.timestamp), { file, line, column: (index.timestamp ?? 0) + 1 }, options.dateOrder);
      const person = findPerson(senderId);
      if (person === undefined) {
        if (options.strict) throw unknownPersonError(senderId, { file, line, column: (index.source ?? 0) + 1 });
        return skipped.skip('unknown-person', line, senderId);
      }
      slotOf.set(id, sender.length);
      sender.push(person);
      time.push(parsed);
      channel.push(fieldValue(fields, index.channel));
    },
  );
  repeats.throwIfAny(file, 'message', 'each message needs one row; list its recipients in the recipients file');
  return {
    lookup: { slotOf, sender, time, channel },
    // Without a header, and with no time column named, the fields were found by position: say
    // which columns that left unread (with one named, the user has chosen the columns).
    warnings: [
      ...(options.headerless && options.columns?.timestamp === undefined ? unreadColumns(summary.layout.extras, false, firstRow ?? [], MESSAGES_FILE) : []),
      ...valuesOverLinesWarning(overLines, 'messages'),
    ],
    report: {
      kind: 'interactions',
      file,
      delimiter: summary.delimiter,
      header: !options.headerless,
      columns: messageColumns(summary.layout.source),
      attributes: [],
      unit: 'row',
      rowsRead: summary.rows,
      rowsUsed: sender.length,
      skipped: skipped.toList(),
    },
  };
}

const MESSAGES_FILE: UnreadColumnsFile = { name: 'messages', prefix: 'interactions', example: 'timestamp', holds: 'times or channels' };

/** The columns a messages file is read by: its recipients come from the recipients file, so a To or weight column here is not. */
function messageColumns(source: Partial<Record<string, string>>): Record<string, string> {
  const { target: _to, weight: _weight, ...read } = source;
  return read as Record<string, string>;
}
