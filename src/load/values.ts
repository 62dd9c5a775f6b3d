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

/** Seconds for a Unix time in seconds or (from {@link UNIX_MILLISECONDS_FROM}) milliseconds. */
export function unixSeconds(value: number): number {
  return value >= UNIX_MILLISECONDS_FROM ? value / 1000 : value;
}

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Reads a timestamp as seconds since 1970-01-01 UTC. Accepts Unix seconds or milliseconds (see
 * {@link UNIX_MILLISECONDS_FROM}) and ISO 8601 dates and date-times; a date-time without a zone
 * is taken as UTC so that results never depend on the machine's time zone.
 */
export function parseTimestamp(text: string): number | undefined {
  const value = text.trim();
  if (UNIX_TIME.test(value)) return unixSeconds(Number(value));
  const match = ISO_8601.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone] = match;
  if (!isRealDate(Number(year), Number(month), Number(day))) return undefined;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return undefined;
  const normalised = value.replace(' ', 'T') + (match[4] === undefined ? 'T00:00:00Z' : zone ? '' : 'Z');
  const millis = Date.parse(normalised.replace(',', '.'));
  return Number.isNaN(millis) ? undefined : millis / 1000;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Reads the end of a time window. A bare date means the whole of that day, so
 * `--until 2026-03-31` includes events on 31 March.
 */
export function parseWindowEnd(text: string): number | undefined {
  const start = parseTimestamp(text);
  if (start === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? start + 86_400 - 0.001 : start;
}

/** Formats seconds since the epoch as an ISO 8601 UTC date-time. */
export function formatTimestamp(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
