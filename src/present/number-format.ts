/**
 * Numbers as the reports and exports print them: fixed decimals, counts with thousands
 * separators (number-text.ts), and a dash for a measure that does not apply (NaN in memory), so
 * that the same Analysis always gives the same characters.
 */
import { formatCount } from '../number-text.js';

// Shared with the loader and the findings, which must not depend on presenting.
export { formatCount, joinList } from '../number-text.js';

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
