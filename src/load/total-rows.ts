/**
 * A spreadsheet's total or footer row ("Total,21000 staff") left at the end of a staff or teams
 * export: its id is one of a few words, and read as data it became a person (or team) "Total".
 * Only rows at the end are taken for one, so that someone whose id happens to be "Count" in the
 * middle of the file is still read.
 */

/** Ids that mark a total row, compared ignoring case; kept short (README, "How files are read"). */
export const TOTAL_WORDS: readonly string[] = ['total', 'grand total', 'sum', 'count'];

/** Whether `id` is one of {@link TOTAL_WORDS}. */
export function isTotalId(id: string): boolean {
  return TOTAL_WORDS.includes(id.toLowerCase());
}
