/**
 * Errors about one field of one row, shared by every reader of interactions so that the same
 * mistake reads the same wherever it is made.
 */
import { InputError } from '../errors.js';
import { parseTimestamp } from './values.js';

/** Where a field sits: file, 1-based line and 1-based column. */
export interface FieldLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Reads a timestamp field: NaN when empty, an InputError when unreadable. */
export function timestampField(text: string, at: FieldLocation): number {
  if (text === '') return NaN;
  const parsed = parseTimestamp(text);
  if (parsed === undefined) {
    throw new InputError('BAD_TIMESTAMP', `"${text}" is not a timestamp`, at,
      'use an ISO 8601 date or date-time (2026-03-31, 2026-03-31T09:30:00Z) or Unix seconds or milliseconds');
  }
  return parsed;
}

/** The error for a person missing from the staff file when --strict is on. */
export function unknownPersonError(id: string, at: FieldLocation): InputError {
  return new InputError('UNKNOWN_PERSON', `"${id}" is not in the staff file`, at,
    'add the person to the staff file, or run without --strict to skip such rows');
}

/**
 * Throws when an id runs over more than one line. No id holds a line break: it is a quote opened
 * and closed lines later, which swallowed the rows between into one field.
 */
export function refuseIdOverLines(id: string, at: FieldLocation): void {
  if (!id.includes('\n')) return;
  const breaks = id.split('\n').length - 1;
  throw new InputError('MALFORMED_CSV', `this id runs over ${breaks + 1} lines (${at.line}–${at.line + breaks}): a quote is missing or stray, and the rows between were read as part of it`, at,
    'check the quotes on these lines: a field that starts with " must end with " on the same line, unless it really holds a line break');
}
