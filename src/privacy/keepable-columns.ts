/**
 * Which staff columns `--keep-attributes` may carry into outputs: the person fields role,
 * location, manager and email, and the staff file's other columns. Under pseudonyms, none that
 * names the person: no column the loader would read as an id, name, e-mail address or manager
 * (load/columns.ts's aliases), which a second such column (full_name beside name, mail beside
 * email, line_manager beside manager) is, though it was kept as an attribute.
 */
import { ALIASES, headerKey, normaliseHeader } from '../load/columns.js';
import { UsageError } from '../errors.js';
import type { Organisation } from '../organisation/organisation.js';

/** Staff fields a person carries outside `attributes` that may be kept. */
export const STAFF_FIELDS = ['role', 'location', 'manager', 'email'] as const;

/** The staff columns that identify a person directly, as the loader matches headers: they cannot be kept when pseudonymising. */
export const IDENTIFYING_COLUMNS: readonly string[] = (['id', 'name', 'email', 'manager'] as const).flatMap((field) => ALIASES.staff[field]);

/** Whether the loader would read a column of this name as a person's id, name, e-mail address or manager. */
export function isIdentifyingColumn(column: string): boolean {
  return IDENTIFYING_COLUMNS.includes(normaliseHeader(column)) || IDENTIFYING_COLUMNS.includes(headerKey(column));
}

/**
 * Refuses columns to keep that the organisation does not have and, when `pseudonymising`, the
 * identifying ones; the hint lists the columns that can be kept.
 */
export function checkKeptColumns(organisation: Organisation, columns: readonly string[], pseudonymising: boolean): void {
  if (columns.length === 0) return;
  if (pseudonymising) {
    const identifying = columns.filter(isIdentifyingColumn);
    if (identifying.length > 0) {
      throw new UsageError(`--keep-attributes ${identifying.join(',')}: identifying columns cannot be kept when pseudonymising`, 'leave them out of --keep-attributes, or do not pseudonymise');
    }
  }
  const known = new Set<string>(STAFF_FIELDS);
  for (const person of organisation.people) for (const column of Object.keys(person.attributes)) known.add(column);
  const unknown = columns.filter((column) => !known.has(column));
  if (unknown.length > 0) {
    const keepable = [...known].filter((column) => !(pseudonymising && isIdentifyingColumn(column)));
    throw new UsageError(`--keep-attributes: no staff column ${unknown.map((c) => `"${c}"`).join(', ')}`, `the columns that can be kept are ${keepable.map((c) => (c.includes(',') ? `"${c}"` : c)).join(', ')}`);
  }
}
