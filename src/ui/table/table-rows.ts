/**
 * A tab's rows as a table shows them: filtered by the search, in the chosen order. The screen and
 * the CSV export both call this, so an export has exactly the rows, order and filter on screen
 * (built from the released analysis). The search text of every row is folded once, in a search
 * index, so typing a query over thousands of people does not fold them all again per key; the
 * query is folded once per search.
 */
import type { AnyTab, TabContext } from '../tabs/tab-definition.js';
import { foldText } from '../../organisation/fold-text.js';
import { matchesFolded, queryWords } from './match-query.js';
import { compareSortText, sortText } from './text-order.js';

/** How a table is being viewed: the sort chosen (index into the tab's sorts) and the search. */
export interface TableView {
  readonly sort: number;
  readonly query: string;
}

/** Every row of a tab with its key and its search text, folded. */
export type SearchIndex = readonly { readonly row: unknown; readonly key: string; readonly text: string }[];

/** The search index of a tab's rows. */
export function searchIndex(tab: AnyTab, context: TabContext): SearchIndex {
  return tab.rows(context).map((row) => ({ row, key: tab.key(row), text: foldText(tab.searchText(row, context)) }));
}

const byKey = (a: { readonly key: string }, b: { readonly key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The tab's rows that match the search, sorted; ties broken by row key. */
export function tableRows(tab: AnyTab, context: TabContext, view: TableView, index: SearchIndex = searchIndex(tab, context)): readonly unknown[] {
  const sort = tab.sorts[view.sort] ?? tab.sorts[0];
  const words = queryWords(view.query);
  const keyed = index.filter((entry) => matchesFolded(entry.text, words));
  if (sort && 'text' in sort) {
    // Each row's text folded once here, not twice in each of the comparisons.
    const texts = keyed.map((entry) => ({ entry, text: sortText(sort.text(entry.row, context)) }));
    texts.sort((a, b) => compareSortText(a.text, b.text) || byKey(a.entry, b.entry));
    return texts.map(({ entry }) => entry.row);
  }
  keyed.sort((a, b) => (sort ? sort.compare(a.row, b.row, context) : 0) || byKey(a, b));
  return keyed.map((entry) => entry.row);
}
