/**
 * Reads the rows of an edge list (source, target and optionally weight, timestamp, channel) from
 * their bytes into a tally: ids are looked up, and numbers and times parsed, without decoding the
 * fields (the usual forms; anything else is decoded and read as text, so the values and the
 * errors are those of values.ts and field-errors.ts). Quote-free rows whose fields are all in
 * those usual forms are read straight from the file's bytes ({@link PlainEdgeRows}); every other
 * row takes the general path, {@link EdgeRowReaders.readRow}.
 */
import { InputError } from '../errors.js';
import { ByteStringCache } from './byte-strings.js';
import { TimestampReader, wholeNumberFromBytes } from './byte-values.js';
import { noteDecimalMark } from './decimal-marks.js';
import { refuseExtraFields } from './extra-fields.js';
import { timestampField, unknownPersonError } from './field-errors.js';
import type { Delimiter } from './delimiter.js';
import type { InteractionTally } from './interaction-tally.js';
import type { PersonLookup } from './person-lookup.js';
import type { RawRow } from './raw-row.js';
import type { PlainRowReader } from './row-tokenizer.js';
import { repeatsHeader } from './repeated-header.js';
import { checkFieldsOverLines } from './stray-quotes.js';
import { isPlainValue } from './utf8-whitespace.js';
import { parseNumber, type DateOrder } from './values.js';

/** How the rows are to be read. */
export interface EdgeRowContext {
  readonly file: string;
  /** Column of each field (0-based), from the header or the column mapping. */
  readonly index: Partial<Record<string, number>>;
  /** Weights may use a decimal comma (the delimiter is not a comma). */
  readonly decimalComma: boolean;
  /** Unknown people are an error instead of a skipped row. */
  readonly strict: boolean;
  /** How dates in numbers only (31/03/2026) are read; without it they are an error. */
  readonly dateOrder?: DateOrder;
  /** The file's delimiter, at which the plain reader splits rows itself. */
  readonly delimiter: Delimiter;
  /** Columns of the header (of the first row, without one): a row with more is refused (extra-fields.ts). */
  readonly width: number;
  /** Fields of the first data row: whether trailing empty fields are the file's style. */
  readonly firstCount: number;
  /** The header's cells (null without one): a row that repeats it is skipped (repeated-header.ts). */
  readonly header: readonly string[] | null;
}

/** Two ways to read edge rows into one tally, each counting the rows it reads. */
export interface EdgeRowReaders {
  /** Reads any row. */
  readonly readRow: (row: RawRow) => void;
  /** Reads the usual rows straight from the file's bytes, with the same result. */
  readonly plainRows: PlainRowReader;
}

/** Both readers of one file's edge rows, sharing its lookups. */
export function edgeRowReaders(tally: InteractionTally, people: PersonLookup, context: EdgeRowContext): EdgeRowReaders {
  const shared = { people, channelNames: new ByteStringCache(), timestamps: new TimestampReader(context.dateOrder) };
  return { readRow: edgeRowReader(tally, context, shared), plainRows: new PlainEdgeRows(tally, context, shared) };
}

/** Caches the two readers share (they hold no results, so either may fill them). */
interface Lookups {
  readonly people: PersonLookup;
  readonly channelNames: ByteStringCache;
  readonly timestamps: TimestampReader;
}

/** A function that reads one edge row into `tally` (counting it as read). */
function edgeRowReader(tally: InteractionTally, context: EdgeRowContext, lookups: Lookups): (row: RawRow) => void {
  const { file, index, decimalComma, strict, dateOrder, width, firstCount, delimiter, header } = context;
  const { people, channelNames, timestamps } = lookups;
  const skipped = tally.skipped;
  const sourceAt = index.source!;
  const targetAt = index.target!;
  const weightAt = index.weight ?? -1;
  const timeAt = index.timestamp ?? -1;
  const channelAt = index.channel ?? -1;
  return (row: RawRow): void => {
    tally.rowsRead++;
    const line = row.line;
    if (row.lastLine > line) checkFieldsOverLines(row, file, { source: sourceAt, target: targetAt, weight: index.weight, timestamp: index.timestamp, channel: index.channel }, tally.valuesOverLines);
    const count = row.count;
    if (count > width) refuseExtraFields(row, width, firstCount, file, decimalCommaHint(row, weightAt, delimiter), header === null);
    const start = row.valueStart;
    const end = row.valueEnd;
    if (sourceAt >= count || targetAt >= count || start[sourceAt] === end[sourceAt] || start[targetAt] === end[targetAt] ||
      (weightAt >= 0 && (weightAt >= count || start[weightAt] === end[weightAt]))) {
      skipped.skip(repeatsHeader(row, header) ? 'repeated-header' : 'malformed', line);
      return;
    }
    const bytes = row.bytes;
    let weight = 1;
    let time = NaN;
    try {
      if (weightAt >= 0) {
        const whole = wholeNumberFromBytes(bytes, start[weightAt], end[weightAt]);
        if (whole === undefined) {
          const text = row.value(weightAt);
          weight = readWeight(text, decimalComma, { file, line, column: weightAt + 1 });
          if (decimalComma) noteDecimalMark(tally.decimalMarks, text, line);
        } else {
          weight = whole;
        }
      }
      if (timeAt >= 0 && timeAt < count && start[timeAt] !== end[timeAt]) {
        time = timestamps.read(bytes, start[timeAt], end[timeAt]) ?? timestampField(row.value(timeAt), { file, line, column: timeAt + 1 }, dateOrder);
      }
    } catch (error) {
      // A header ("weight", "Sent At") is no bad value when it is a second export's.
      if (!repeatsHeader(row, header)) throw error;
      skipped.skip('repeated-header', line);
      return;
    }
    let source = people.find(bytes, start[sourceAt], end[sourceAt]);
    let target = people.find(bytes, start[targetAt], end[targetAt]);
    if (source < 0) source = people.findDecoded(row.value(sourceAt));
    if (target < 0) target = people.findDecoded(row.value(targetAt));
    if (source < 0 || target < 0) {
      if (repeatsHeader(row, header)) {
        skipped.skip('repeated-header', line);
        return;
      }
      const unknownAt = source < 0 ? sourceAt : targetAt;
      const unknown = row.value(unknownAt);
      if (strict) throw unknownPersonError(unknown, { file, line, column: unknownAt + 1 });
      skipped.skip('unknown-person', line, unknown);
      // Both unknown: both named, so --examples 1000 lists every unknown id.
      if (source < 0 && target < 0) skipped.addExample('unknown-person', row.value(targetAt));
      return;
    }
    const channel = channelAt >= 0 && channelAt < count ? channelNames.text(bytes, start[channelAt], end[channelAt]) ?? row.value(channelAt) : '';
    tally.accept(source, target, weight, time, channel, line, (channelAt < 0 ? 0 : channelAt) + 1);
  };
}

/** Largest field count kept per row (a wider layout leaves every row to the general path). */
const MAX_COLUMNS = 64;
const NEWLINE = 0x0a;

/**
 * Takes quote-free rows that need nothing of the general path: every column read is present, not
 * empty and not to be trimmed ({@link isPlainValue}, as RawRow.addValue checks), both people are
 * found by their bytes, and the weight and time are in the forms byte-values.ts reads. Such a row's values are its fields and none of them is skipped or in error, so reading
 * it here gives what the general path gives; any other row is left to that path. Why: splitting
 * each row into a RawRow and handing it on through callbacks took 15–20% of reading a large
 * edge list on one thread (bench/results.md).
 */
class PlainEdgeRows implements PlainRowReader {
  rowsTaken = 0;
  private readonly delimiter: number;
  private readonly sourceAt: number;
  private readonly targetAt: number;
  private readonly weightAt: number;
  private readonly timeAt: number;
  private readonly channelAt: number;
  /** Fields a row needs: one past the last column read. */
  private readonly width: number;
  /** Fields a row may have: the header's columns (a row with more is the general path's to refuse or read). */
  private readonly columns: number;
  private readonly fieldStart = new Int32Array(MAX_COLUMNS);
  private readonly fieldEnd = new Int32Array(MAX_COLUMNS);

  constructor(
    private readonly tally: InteractionTally,
    context: EdgeRowContext,
    private readonly lookups: Lookups,
  ) {
    const { index, delimiter } = context;
    this.columns = context.width;
    this.delimiter = delimiter === 'whitespace' ? -1 : delimiter.charCodeAt(0);
    this.sourceAt = index.source!;
    this.targetAt = index.target!;
    this.weightAt = index.weight ?? -1;
    this.timeAt = index.timestamp ?? -1;
    this.channelAt = index.channel ?? -1;
    const width = Math.max(this.sourceAt, this.targetAt, this.weightAt, this.timeAt, this.channelAt) + 1;
    // A whitespace-separated file never reaches here (its rows are split apart); 0 takes no row.
    this.width = this.delimiter < 0 || width > MAX_COLUMNS ? 0 : width;
  }

  read(data: Buffer, start: number, limit: number, line: number): number {
    const delimiter = this.delimiter;
    const width = this.width;
    const columns = this.columns;
    const fieldStart = this.fieldStart;
    const fieldEnd = this.fieldEnd;
    let rowStart = start;
    // Counted on the object as it goes: a store met only after the loop would be one V8 had never
    // seen run when it optimised the loop mid-call, and it would drop the optimised code at every
    // call's end (once per chunk read).
    this.rowsTaken = 0;
    while (width > 0 && rowStart < limit) {
      let field = 0;
      let from = rowStart;
      let i = rowStart;
      for (; i < limit; i++) {
        const b = data[i];
        if (b === delimiter) {
          if (field < width) {
            fieldStart[field] = from;
            fieldEnd[field] = i;
          }
          field++;
          from = i + 1;
        } else if (b === NEWLINE) break;
      }
      if (i >= limit) break; // the row does not end before the limit
      if (field < width) {
        fieldStart[field] = from;
        fieldEnd[field] = i;
      }
      if (field + 1 < width || field >= columns || !this.take(data, line + this.rowsTaken)) break;
      this.rowsTaken++;
      rowStart = i + 1;
    }
    return rowStart;
  }

  /** Reads the row whose fields are in fieldStart/fieldEnd if it needs nothing of the general path. */
  private take(data: Buffer, line: number): boolean {
    const start = this.fieldStart;
    const end = this.fieldEnd;
    const { sourceAt, targetAt, weightAt, timeAt, channelAt } = this;
    // Ids and weights need no check for blanks: a staff id is trimmed, so padded bytes are no
    // one's id, and a padded number is no whole number.
    let weight = 1;
    if (weightAt >= 0) {
      const whole = wholeNumberFromBytes(data, start[weightAt], end[weightAt]);
      if (whole === undefined) return false;
      weight = whole;
    }
    let time = NaN;
    if (timeAt >= 0) {
      if (!isPlainValue(data, start[timeAt], end[timeAt])) return false;
      const seconds = this.lookups.timestamps.read(data, start[timeAt], end[timeAt]);
      if (seconds === undefined) return false;
      time = seconds;
    }
    const people = this.lookups.people;
    const source = people.find(data, start[sourceAt], end[sourceAt]);
    if (source < 0) return false;
    const target = people.find(data, start[targetAt], end[targetAt]);
    if (target < 0) return false;
    let channel: string | undefined = '';
    if (channelAt >= 0) {
      if (!isPlainValue(data, start[channelAt], end[channelAt])) return false;
      channel = this.lookups.channelNames.text(data, start[channelAt], end[channelAt]);
      if (channel === undefined) return false;
    }
    this.tally.rowsRead++;
    this.tally.accept(source, target, weight, time, channel, line, (channelAt < 0 ? 0 : channelAt) + 1);
    return true;
  }
}

/**
 * The hint for a row with extra fields whose weight and next value are whole numbers in a
 * comma-separated file: a weight with a decimal comma (1,5), split in two at it. Undefined
 * otherwise (the usual hint).
 */
function decimalCommaHint(row: RawRow, weightAt: number, delimiter: Delimiter): string | undefined {
  if (delimiter !== ',' || weightAt < 0 || !WHOLE.test(row.value(weightAt)) || !WHOLE.test(row.value(weightAt + 1))) return undefined;
  return `in a comma-separated file a decimal comma splits a weight in two (${row.value(weightAt)},${row.value(weightAt + 1)} reads as ${row.value(weightAt)} and ${row.value(weightAt + 1)}): ` +
    'write it with a decimal point, or save the file with semicolons or tabs between values, where decimal commas are read';
}

const WHOLE = /^\d+$/;

/** A weight field's value; an InputError when it is not a number of 0 or more. */
export function readWeight(text: string, decimalComma: boolean, at: { file: string; line: number; column: number }): number {
  const weight = parseNumber(text, decimalComma);
  if (weight === undefined || weight < 0 || !Number.isFinite(weight)) {
    throw new InputError('BAD_WEIGHT', `"${text}" is not a weight`, at,
      'weights must be numbers of 0 or more; fix the value, or map another column with --columns interactions.weight=COLUMN');
  }
  return weight;
}
