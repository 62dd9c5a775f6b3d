/**
 * What an export left blank that the screen shows: the cells of the rows exported that have a
 * value on screen and none in the released analysis (a small team's name, the score of an
 * introduction with an end in a small team), counted for the status line, so that a blank in the
 * file is not read as missing data.
 */
import { csvField } from '../../present/csv.js';
import { counted } from '../../present/number-format.js';
import type { AnyTab, TabContext } from '../tabs/tab-definition.js';

/** "14 team names", "14 scores": the cells left blank, by what they are called, in column order; none when there are none. */
export function cellsLeftBlank(tab: AnyTab, shown: TabContext, released: TabContext, onScreen: readonly unknown[], exported: readonly unknown[]): string[] {
  const rowOnScreen = new Map(onScreen.map((row) => [tab.key(row), row]));
  const counts = new Map<string, { one: string; many: string; count: number }>();
  for (const column of tab.columns.filter((each) => !each.screenOnly)) {
    const [one, many] = column.cellName ?? [`${column.id.replace(/_/g, ' ')} value`, `${column.id.replace(/_/g, ' ')} values`];
    for (const row of exported) {
      const shownRow = rowOnScreen.get(tab.key(row));
      // Blank as the CSV writes it: null, empty or NaN.
      if (shownRow === undefined || csvField(column.value(row, released)) !== '' || csvField(column.value(shownRow, shown)) === '') continue;
      const entry = counts.get(one) ?? { one, many, count: 0 };
      entry.count++;
      counts.set(one, entry);
    }
  }
  return [...counts.values()].map(({ one, many, count }) => counted(count, one, many));
}
