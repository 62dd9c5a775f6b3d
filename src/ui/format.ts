/**
 * How figures read on screen: fixed decimals, counts with thousands separators, a dash for a
 * measure that does not apply (NaN in memory, null after JSON or when withheld).
 */
import type { Evidence } from '../findings/evidence.js';
import { formatCount, threeFigures } from '../present/number-format.js';
import { COMPARISON_SYMBOLS, evidenceThreshold } from '../present/evidence-text.js';
import { strengthAmount } from '../number-text.js';

/** Dash shown for a figure that does not apply or was withheld. */
export const NO_VALUE = '–';

const usable = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** A number with `digits` decimals, or a dash. */
export function fixed(value: number | null | undefined, digits = 3): string {
  return usable(value) ? value.toFixed(digits) : NO_VALUE;
}

/** A share such as betweenness as the reports write it (threeFigures), or a dash. */
export function share(value: number | null | undefined): string {
  return usable(value) ? threeFigures(value) : NO_VALUE;
}

/** A whole count with thousands separators (21,000), or a dash. */
export function countText(value: number | null | undefined): string {
  return usable(value) ? formatCount(value) : NO_VALUE;
}

/** A share 0..1 as a whole percentage (67%), or a dash. */
export function percentText(value: number | null | undefined): string {
  return usable(value) ? `${Math.round(value * 100)}%` : NO_VALUE;
}

/** "1 tie" / "3 ties". */
export function plural(n: number, one: string, many: string): string {
  return `${countText(n)} ${n === 1 ? one : many}`;
}

/** Interactions between people ("1 interaction", "4 interactions"), or "strength 2.5" when the data had weights. */
export function interactionsText(value: number, weighted: boolean): string {
  return strengthAmount(value, weighted);
}

/** A figure as compact as it can be while exact for whole numbers: 70, 0.156, 43.5. */
export function figure(value: number | null | undefined): string {
  if (!usable(value)) return NO_VALUE;
  if (Number.isInteger(value)) return countText(value);
  return Math.abs(value) >= 10 ? value.toFixed(1) : share(value);
}

/** One condition as "degree 70 ≥ 43". */
export function evidenceText(item: Evidence): string {
  return `${item.measure} ${figure(item.value)} ${COMPARISON_SYMBOLS[item.comparison]} ${evidenceThreshold(item)}`;
}

/** Several conditions joined: "betweenness 0.156 ≥ 0.090; constraint 0.057 ≤ 0.200". */
export function evidenceList(items: readonly Evidence[] | undefined): string {
  return (items ?? []).map(evidenceText).join('; ');
}
