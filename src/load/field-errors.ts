/**
 * Errors about one field of one row, shared by every reader of interactions so that the same
 * mistake reads the same wherever it is made.
 */
import { InputError } from '../errors.js';
import { DATE_ORDERS, parseTimestamp, type DateOrder } from './values.js';

/** Where a field sits: file, 1-based line and 1-based column. */
export interface FieldLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Reads a timestamp field: NaN when empty, an InputError when unreadable. Dates in numbers only
 * (31/03/2026) are read with `dateOrder`; without it they are an error that asks for it.
 */
export function timestampField(text: string, at: FieldLocation, dateOrder?: DateOrder): number {
  if (text === '') return NaN;
  const parsed = parseTimestamp(text, dateOrder);
  if (parsed !== undefined) return parsed;
  if (TIME_OF_DAY.test(text.trim())) {
    throw new InputError('BAD_TIMESTAMP', `"${text}" is a time of day without a date`, at,
      'if the date is in another column (Date beside Time), read that one with --columns interactions.timestamp=COLUMN');
  }
  if (dateOrder === undefined && DATE_ORDERS.some((order) => parseTimestamp(text, order) !== undefined)) {
    throw new InputError('BAD_TIMESTAMP', `"${text}" is a date in numbers only, which can be day first or month first`, at,
      'say which with --date-order dmy (31/03/2026, as in the UK) or --date-order mdy (03/31/2026, as in the US)');
  }
  if (/^\d+(\.\d+)?$/.test(text.trim())) {
    // A number parseTimestamp refused is beyond any date as seconds or milliseconds.
    throw new InputError('BAD_TIMESTAMP', `"${text}" is too large for a Unix time in seconds or milliseconds`, at,
      'nanoseconds (19 digits) give milliseconds when divided by 1,000,000; Windows or .NET times (18 digits) count from the year 1601 or 1 and need converting');
  }
  throw new InputError('BAD_TIMESTAMP', `"${text}" is not a timestamp`, at, numericDateHint(text, dateOrder) ?? ISO_HINT);
}

const ISO_HINT = 'use an ISO 8601 date or date-time (2026-03-31, 2026-03-31T09:30:00Z) or Unix seconds or milliseconds';

const TIME_OF_DAY = /^\d{1,2}:\d{2}(:\d{2}([.,]\d+)?)?(\s*[AaPp]\.?[Mm]\.?)?$/;
/** Day, month and year in numbers at the start of a value, and what follows. */
const DATE_FIRST = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d+)(.*)$/s;

/** What is wrong with a value that starts as a date in numbers only, in the order given or in either. */
function numericDateHint(text: string, dateOrder: DateOrder | undefined): string | undefined {
  const [, date, rest] = DATE_FIRST.exec(text.trim()) ?? [];
  if (date !== undefined) {
    if (!/\d{4}$/.test(date)) return 'write the year with four digits (31/03/2026): the century of a two-digit year cannot be told';
    const dateReads = (dateOrder ? [dateOrder] : DATE_ORDERS).some((order) => parseTimestamp(date, order) !== undefined);
    if (dateReads && rest !== '') {
      return 'the date reads, but not the time after it: write 09:30, 09:30:15 or 9:30 PM (hours 0–23, or 1–12 with AM or PM), with no time zone (times are taken as UTC)';
    }
    if (!dateReads && !dateOrder) return 'it is no real date, day first or month first';
  }
  if (!dateOrder) return undefined;
  // 23/11/2026 read month first is no date, but day first it is.
  const other: DateOrder = dateOrder === 'dmy' ? 'mdy' : 'dmy';
  const first = (order: DateOrder) => (order === 'dmy' ? 'day' : 'month');
  if (parseTimestamp(text, other) !== undefined) return `read ${first(dateOrder)} first (--date-order ${dateOrder}) it is no date, but ${first(other)} first it is: try --date-order ${other}`;
  return `${ISO_HINT}, or a real date ${dateOrder === 'dmy' ? 'day/month/year' : 'month/day/year'} as --date-order ${dateOrder} says`;
}

/** The error for a person missing from the staff file when --strict is on. */
export function unknownPersonError(id: string, at: FieldLocation): InputError {
  return new InputError('UNKNOWN_PERSON', `"${id}" is not in the staff file`, at,
    'add the person to the staff file, or run without --strict to skip such rows');
}
