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
      'use an ISO 8601 date or date-time (2026-03-31, 2026-03-31T09:30:00Z) or Unix seconds');
  }
  return parsed;
}

/** The error for a person missing from the staff file when --strict is on. */
export function unknownPersonError(id: string, at: FieldLocation): InputError {
  return new InputError('UNKNOWN_PERSON', `"${id}" is not in the staff file`, at,
    'add the person to the staff file, or run without --strict to skip such rows');
}
