/**
 * The order of text in the dashboard: folded ("Álvarez" sorts with "Alvarez", "O'Neill" with
 * "ONeill"; see foldText), then by code point to break a tie; never by the machine's locale.
 * Folding is the costly part, so a sort of many rows folds each row's text once, as a SortText,
 * rather than both texts on every comparison.
 */
import { foldText } from '../../organisation/fold-text.js';

/** A text with its folded form, ready to be compared many times. */
export interface SortText {
  readonly folded: string;
  readonly text: string;
}

export const sortText = (text: string): SortText => ({ folded: foldText(text), text });

/** Two texts in the dashboard's order. */
export function compareSortText(a: SortText, b: SortText): number {
  if (a.folded !== b.folded) return a.folded < b.folded ? -1 : 1;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/** The same order for a few comparisons (a team's members), folding both texts each time. */
export function compareText(a: string, b: string): number {
  return compareSortText(sortText(a), sortText(b));
}
