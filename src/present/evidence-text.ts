/** Evidence as one line of text, the same in CSV cells, Markdown and HTML tables. */
import type { Evidence } from '../findings/evidence.js';

/** `eiIndex -0.950 <= -0.8 (option siloEiIndex: 2 of 40 ties leave the team)`; whole numbers stay whole. */
export function describeEvidence(item: Evidence, digits = 3): string {
  const number = (n: number) => (Number.isInteger(n) ? String(n) : Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  return `${item.measure} ${number(item.value)} ${item.comparison} ${number(item.threshold)} (${item.basis})`;
}
