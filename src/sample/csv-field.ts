/** Quoting of one CSV field, as RFC 4180 asks. */

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A field as it must appear in a comma-separated file: unchanged unless it holds a comma, a
 * double quote or a line break, in which case it is enclosed in double quotes and its own
 * double quotes are doubled.
 */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
