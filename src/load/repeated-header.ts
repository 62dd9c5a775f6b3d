/**
 * Two exports joined into one file (header and all) hold the header again as a row. It is no
 * data, and no error either: readers skip it as `repeated-header`. Readers of interactions look
 * only when a row is about to fail or be skipped, so rows that read cost nothing more.
 */
import { headerKey } from './columns.js';
import type { RawRow } from './raw-row.js';

/**
 * Whether every value of `row` is its column's cell of `header` (trimmed; null: the file has
 * none), in any letter case: a second export may write `ID,Name` over a first's `id,name`.
 */
export function repeatsHeader(row: RawRow, header: readonly string[] | null): boolean {
  if (header === null) return false;
  for (let i = 0; i < header.length; i++) {
    const value = row.value(i);
    if (value !== header[i] && value.toLowerCase() !== header[i].toLowerCase()) return false;
  }
  return true;
}

/**
 * Whether a staff or team row's id is a second header's (`Employee ID` under `id`: a report with
 * two header rows) or a rule drawn under the header (`--`, `===`): no person or team, though its
 * row is not the header again. An id written as the header's own (`id` under `id`) is left to
 * {@link repeatsHeader}, which asks the whole row: it may be a person's.
 */
export function headerOrRule(id: string, idHeaders: readonly string[], idHeader: string | undefined): boolean {
  // Most ids hold a digit, and no header word or rule does: a test of a few characters on each row
  // of a large staff file, before any pattern (headerKey on every row cost 16 ms at 21,000 people).
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    if (code >= 48 && code <= 57) return false;
  }
  if (RULE.test(id)) return true;
  const key = headerKey(id);
  return idHeaders.includes(key) && (idHeader === undefined || key !== headerKey(idHeader));
}

const RULE = /^[-=_~*#.+|\s]+$/;
