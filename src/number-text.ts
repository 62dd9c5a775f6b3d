/**
 * Counts and lists as every layer writes them in English (the loader's warnings, the findings'
 * evidence, the reports), here rather than in present/ so that loading does not depend on presenting.
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

/** Items as an English list: "a", "a and b", "a, b and c" (or "a, b or c"). */
export function joinList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
