/**
 * Which way a judged change went, for colouring it: every judged figure (a team's E-I index, the
 * teams it reaches, the ties between two teams) is better higher, so a rise is a gain and a fall
 * a loss, unless the change is within normal variation. The dashboard's Changes tab and the
 * comparison's HTML colour changes by this one rule.
 */
import type { JudgedChange } from '../compare/comparison.js';

export type ChangeDirection = 'loss' | 'gain' | 'quiet' | 'neutral';

/** A rise is a gain and a fall a loss, unless the change is within normal variation. */
export function judgedDirection(value: JudgedChange): ChangeDirection {
  if (value.variation === 'within-normal') return 'quiet';
  if (value.change === null || value.change === 0) return 'neutral';
  return value.change < 0 ? 'loss' : 'gain';
}
