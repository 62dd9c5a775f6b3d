/** Evidence as one line of text, the same in CSV cells, Markdown and HTML tables. */
import { holds, type Evidence } from '../findings/evidence.js';

/**
 * `eiIndex -0.950 <= -0.8 (option siloEiIndex: 2 of 40 ties leave the team)`; whole numbers stay
 * whole. A condition that does not hold (a team that is no silo) says so: `eiIndex 0.525, not <= -0.8 (…)`.
 */
export function describeEvidence(item: Evidence, digits = 3): string {
  const number = (n: number) => (Number.isInteger(n) ? String(n) : Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  const met = holds(item.value, item.comparison, item.threshold);
  return `${item.measure} ${number(item.value)}${met ? ' ' : ', not '}${item.comparison} ${number(item.threshold)} (${item.basis})`;
}
