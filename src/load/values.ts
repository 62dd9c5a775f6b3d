/**
 * Parsing of the two kinds of typed value an export holds: numbers (weights) and timestamps.
 * Both return `undefined` for a value that cannot be read, so the caller can name the line.
 */

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA_NUMBER = /^[+-]?\d+,\d+$/;

/**
 * Reads a number. A decimal comma (`9,333`) is accepted when the file's delimiter is not a
 * comma, as in the semicolon-separated exports of spreadsheets set to a European locale.
 */
export function parseNumber(text: string, decimalComma: boolean): number | undefined {
  const value = text.trim();
  if (PLAIN_NUMBER.test(value)) return Number(value);
  if (decimalComma && DECIMAL_COMMA_NUMBER.test(value)) return Number(value.replace(',', '.'));
  return undefined;
}

const UNIX_TIME = /^\d+(\.\d+)?$/;

/**
 * A Unix time from this value on is in milliseconds: as seconds it would be after the year 5000,
 * and as milliseconds it is after 3 March 1973. Exports from JavaScript and Java write milliseconds.
 */
export const UNIX_MILLISECONDS_FROM = 1e11;

/** The latest time a JavaScript date holds, 275,760 years on: 8.64e15 ms. */
const LATEST_SECONDS = 8.64e12;

/**
 * The first second of the year 10000. A time window (--since, --until, a compare period) from
 * here on is no date but a number misread: microseconds taken for milliseconds, or milliseconds
 * given where seconds were asked for.
 */
export const YEAR_10000_SECONDS = 253_402_300_800;

/** What to do about a --since, --until or period date after the year 9999. */
export const AFTER_9999_HINT = 'a Unix time is read in seconds, or in milliseconds from 12 digits on: divide one in microseconds by 1000, or use an ISO 8601 date such as 2026-03-31';

/** Seconds for a Unix time in seconds or (from {@link UNIX_MILLISECONDS_FROM}) milliseconds. */
export function unixSeconds(value: number): number {
  return value >= UNIX_MILLISECONDS_FROM ? value / 1000 : value;
}

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Which comes first in a date written with numbers only (31/03/2026 or 03/31/2026): the day, as
 * in British and most European exports, or the month, as in American ones. The file cannot say.
 */
export type DateOrder = 'dmy' | 'mdy';

export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy'];

/**
 * Day, month and 4-digit year separated by `/`, `.` or `-` (never year first: that is ISO), then
 * optionally a time of hours and minutes, seconds and fractions, and AM or PM, as spreadsheets
 * write them ("31/03/2026 09:30", "3/31/2026 9:30:15 PM").
 */
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:(?:,?\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([AaPp])\.?[Mm]\.?)?)?$/;

/** Whether `text` is a date in numbers only, which needs a {@link DateOrder} to be read. */
export function isNumericDate(text: string): boolean {
  return NUMERIC_DATE.test(text.trim());
}

/** How to write a date given on the command line (--since, --before …) that did not read. */
export function dateFlagHint(text: string, dateOrder: DateOrder | undefined): string {
  if (!dateOrder && isNumericDate(text)) return 'a date in numbers only needs --date-order dmy (31/03/2026) or --date-order mdy (03/31/2026)';
  return `use an ISO 8601 date such as 2026-03-31${dateOrder ? `, or a real date ${dateOrder === 'dmy' ? 'day/month/year' : 'month/day/year'} as --date-order ${dateOrder} says` : ''}`;
}

/**
 * Reads a timestamp as seconds since 1970-01-01 UTC. Accepts Unix seconds or milliseconds (see
 * {@link UNIX_MILLISECONDS_FROM}) and ISO 8601 dates and date-times; with `dateOrder`, also dates
 * in numbers only ({@link NUMERIC_DATE}). A date-time without a zone is taken as UTC so that
 * results never depend on the machine's time zone.
 */
export function parseTimestamp(text: string, dateOrder?: DateOrder): number | undefined {
  const value = text.trim();
  if (UNIX_TIME.test(value)) {
    const seconds = unixSeconds(Number(value));
    // Beyond what a date can hold (nanoseconds read as milliseconds): no time at all.
    return seconds <= LATEST_SECONDS ? seconds : undefined;
  }
  const match = ISO_8601.exec(value);
  if (!match) return dateOrder ? parseNumericDate(value, dateOrder) : undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone] = match;
  if (!isRealDate(Number(year), Number(month), Number(day))) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return undefined;
  // Date.parse reads a zone only as ±hh:mm; ISO 8601 also allows ±hh and ±hhmm.
  const fullZone = zone === undefined || zone === 'Z' ? zone : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
  const local = zone === undefined ? value : value.slice(0, value.length - zone.length);
  const normalised = local.replace(' ', 'T') + (match[4] === undefined ? 'T00:00:00Z' : fullZone ?? 'Z');
  const millis = Date.parse(normalised.replace(',', '.'));
  return Number.isNaN(millis) ? undefined : millis / 1000;
}

function parseNumericDate(value: string, dateOrder: DateOrder): number | undefined {
  const match = NUMERIC_DATE.exec(value);
  if (!match) return undefined;
  const [, first, , second, year, hourText = '0', minute = '0', secondsText = '0', fraction = '0', halfDay] = match;
  const day = Number(dateOrder === 'dmy' ? first : second);
  const month = Number(dateOrder === 'dmy' ? second : first);
  if (!isRealDate(Number(year), month, day)) return undefined;
  let hour = Number(hourText);
  if (halfDay !== undefined) {
    // 12:30 AM is half past midnight, 12:30 PM half past noon; 13:00 PM is no time.
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (halfDay.toLowerCase() === 'p' ? 12 : 0);
  }
  // Second 60 is refused, as Date.parse refuses it in ISO date-times.
  if (hour > 23 || Number(minute) > 59 || Number(secondsText) > 59) return undefined;
  // Milliseconds, as Date.parse keeps them for ISO date-times.
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  return utcDate(Number(year), month - 1, day).setUTCHours(hour, Number(minute), Number(secondsText), millis) / 1000;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= utcDate(year, month, 0).getUTCDate();
}

/** Midnight UTC of a day, the year taken as written (Date.UTC reads 0–99 as 1900–1999). */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/**
 * Reads the end of a time window. A bare date means the whole of that day, so
 * `--until 2026-03-31` includes events on 31 March.
 */
export function parseWindowEnd(text: string, dateOrder?: DateOrder): number | undefined {
  const start = parseTimestamp(text, dateOrder);
  if (start === undefined) return undefined;
  return isDateAlone(text.trim()) ? start + 86_400 - 0.001 : start;
}

/** A date with no time: `2026-03-31`, or in numbers only `31/03/2026`. */
function isDateAlone(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) || /^\d{1,2}([/.-])\d{1,2}\1\d{4}$/.test(text);
}

/** Formats seconds since the epoch as an ISO 8601 UTC date-time. */
export function formatTimestamp(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
