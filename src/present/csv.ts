/**
 * Tables as CSV for spreadsheets (RFC 4180). Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return, or with =, +, - or @ after a semicolon) gets
 * an apostrophe before it; numbers are written as numbers.
 */

/** One CSV field. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return Number.isNaN(value) ? '' : String(value);
  // Also after a semicolon: a spreadsheet whose list separator is ";" (much of Europe) splits a
  // comma-separated file there, and the text after it starts a cell of its own.
  const safe = (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replace(/;(\s*)(?=[=+\-@])/g, ";$1'");
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row and data rows as CSV text with CRLF line ends, as spreadsheets expect. */
export function formatCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
