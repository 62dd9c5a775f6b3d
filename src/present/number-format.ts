/**
 * Numbers as the reports and exports print them: fixed decimals, counts with thousands
 * separators (number-text.ts), and a dash for a measure that does not apply (NaN in memory), so
 * that the same Analysis always gives the same characters.
 */
import { fixed } from '../number-text.js';

// Shared with the loader and the findings, which must not depend on presenting.
export { counted, fixed, formatCount, joinList } from '../number-text.js';

/** A yes-or-no setting. */
export const yesNo = (value: boolean) => (value ? 'yes' : 'no');


/**
 * A share such as betweenness: three decimals, or three significant digits below 0.01, where
 * three decimals would show 0.00485 and 0.00549 alike as 0.005 (at 21,000 people a broker
 * threshold is that small); an en dash when it does not apply.
 */
export function threeFigures(value: number): string {
  return fixed(value, threeFiguresDecimals(value));
}

/**
 * A threshold as written after "at least" or "at most": as threeFigures writes it, but rounded
 * towards the side that passes, so the words never shut out someone who passes. A broker
 * threshold of 0.004848 is "at least 0.00484": "at least 0.00485" (or 0.005) would deny the
 * brokers between it and the threshold.
 */
export function thresholdFigure(value: number, bound: 'at least' | 'at most'): string {
  if (!Number.isFinite(value)) return fixed(value);
  const decimals = threeFiguresDecimals(value);
  const shown = Number(value.toFixed(decimals));
  if (bound === 'at least' ? shown <= value : shown >= value) return value.toFixed(decimals);
  const step = 10 ** -decimals;
  return (bound === 'at least' ? shown - step : shown + step).toFixed(decimals);
}

/** Decimals that give `value` three significant digits below 0.01, three above. */
function threeFiguresDecimals(value: number): number {
  return value === 0 || !Number.isFinite(value) || Math.abs(value) >= 0.01 ? 3 : 2 - Math.floor(Math.log10(Math.abs(value)));
}
