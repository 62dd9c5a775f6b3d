/**
 * The dashboard's search: every word of the query must appear somewhere in the row's text,
 * ignoring case and accents, so "lucia hous" finds Lucía Álvarez of Housing Intake.
 */
import { foldText } from './fold-text.js';

/** Whether `text` matches `query`; an empty query matches everything. */
export function matchesQuery(text: string, query: string): boolean {
  return matchesFolded(foldText(text), query);
}

/** As matchesQuery, for text already folded with foldText. */
export function matchesFolded(folded: string, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return words.every((word) => folded.includes(word));
}
