/** Evidence as one line of text, the same in CSV cells, Markdown and HTML tables. */
import { holds, type Evidence } from '../findings/evidence.js';
import { formatCount, thresholdFigure } from './number-format.js';

/**
 * `eiIndex -0.950 <= -0.8 (option siloEiIndex: 2 of 40 ties leave the team)`; whole numbers stay
 * whole. A condition that does not hold (a team that is no silo) says so: `eiIndex 0.525, not <= -0.8 (…)`.
 */
export function describeEvidence(item: Evidence, digits = 3): string {
  const number = (n: number) => (Number.isInteger(n) ? String(n) : Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  const met = holds(item.value, item.comparison, item.threshold);
  return `${item.measure} ${number(item.value)}${met ? ' ' : ', not '}${item.comparison} ${evidenceThreshold(item)} (${item.basis})`;
}

/**
 * A condition's threshold as the role lines write it (thresholdFigure): rounded towards the side
 * that passes, so that "≥ 0.00484" and the Brokers line's "at least 0.00484" agree.
 */
export function evidenceThreshold(item: Pick<Evidence, 'comparison' | 'threshold'>): string {
  const { threshold, comparison } = item;
  if (Number.isInteger(threshold) || !Number.isFinite(threshold) || comparison === '==') return Number.isFinite(threshold) ? String(threshold) : 'n/a';
  return thresholdFigure(threshold, comparison === '>=' || comparison === '>' ? 'at least' : 'at most');
}

/** Each comparison as a symbol, for tables and the dashboard: "degree 70 ≥ 43". */
export const COMPARISON_SYMBOLS: Readonly<Record<Evidence['comparison'], string>> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '==': '=' };

const COMPARISON_WORDS: Readonly<Record<Evidence['comparison'], string>> = { '>=': 'at least', '<=': 'at most', '>': 'more than', '<': 'less than', '==': 'exactly' };

/**
 * A role threshold with the comparison its rule makes (RoleThresholds.comparisons), in words or
 * symbols: "at least 43", "more than 4" (a percentile that is also the median), "at most 0.237";
 * "≥ 43", "> 4". Written as the evidence writes it, with counts grouped (1,200).
 */
export function thresholdWithComparison(comparison: Evidence['comparison'], threshold: number, as: 'words' | 'symbol' = 'words'): string {
  const figure = Number.isInteger(threshold) ? formatCount(threshold) : evidenceThreshold({ comparison, threshold });
  return `${as === 'words' ? COMPARISON_WORDS[comparison] : COMPARISON_SYMBOLS[comparison]} ${figure}`;
}
