/**
 * The dashboard's search: every word of the query must appear somewhere in the row's text,
 * ignoring case and accents, so "lucia hous" finds Lucía Álvarez of Housing Intake.
 */
import { foldText } from '../../organisation/fold-text.js';

/** Whether `text` matches `query`; an empty query matches everything. */
export function matchesQuery(text: string, query: string): boolean {
  return matchesFolded(foldText(text), queryWords(query));
}

/** The words of a query, folded as the rows' texts are: folded once per search, not once per row. */
export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** As matchesQuery, for text already folded with foldText and the query's words from queryWords. */
export function matchesFolded(folded: string, words: readonly string[]): boolean {
  return words.every((word) => folded.includes(word));
}
