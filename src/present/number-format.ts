/**
 * Numbers as the reports and exports print them: fixed decimals, counts with thousands
 * separators, and a dash for a measure that does not apply (NaN in memory), so that the same
 * Analysis always gives the same characters.
 */

/**
 * A count as British readers write it: 21,000. Grouped by hand, not by toLocaleString: its first
 * call loads the ICU number formats, 11 ms of every run (a tenth of reading the staff file).
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-GB');
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return n < 0 ? `-${grouped}` : grouped;
}

/** A yes-or-no setting. */
export const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** `value` with `digits` decimals, or an en dash when it does not apply. */
export function fixed(value: number, digits = 3): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/**
 * `value` with `digits` decimals, or with `digits` significant digits when it is too small for
 * them to show (a betweenness threshold of 0.000202 read "0.000", as if any betweenness cleared it).
 */
export function fixedOrSignificant(value: number, digits = 3): string {
  return value !== 0 && Math.abs(value) < 10 ** -digits ? value.toPrecision(digits) : fixed(value, digits);
}

/** `n` and the noun in the singular or plural: "1 team", "12 teams". */
export function counted(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Items as an English list: "a", "a and b", "a, b and c" (or "a, b or c"). */
export function joinList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
