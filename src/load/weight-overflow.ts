/**
 * Weights each below the largest number can still sum beyond it (two rows of 1e308): the tie's
 * strength would be Infinity, written as null in JSON and as "Infinity" in CSV. Refused instead,
 * at the first line of a pair whose sum overflowed.
 */
import { InputError } from '../errors.js';
import type { TieTable } from '../organisation/tie-table.js';
import type { SortedPairs } from './sorted-pairs.js';

/** Throws BAD_WEIGHT when an arc's or a tie's summed strength is not finite. */
export function refuseOverflowingWeights(arcs: SortedPairs, ties: TieTable, file: string): void {
  const arc = firstInfinite(arcs.strength);
  let line = arc < 0 ? Infinity : arcs.firstLine[arc];
  if (arc < 0) {
    // Both directions of a tie summed: the first line of either.
    const tie = firstInfinite(ties.strength);
    if (tie < 0) return;
    const [a, b] = [ties.source[tie], ties.target[tie]];
    for (let i = 0; i < arcs.length; i++) {
      if ((arcs.source[i] === a && arcs.target[i] === b) || (arcs.source[i] === b && arcs.target[i] === a)) line = Math.min(line, arcs.firstLine[i]);
    }
  }
  throw new InputError('BAD_WEIGHT', 'the weights of one pair of people sum to more than the largest number there is (about 1.8e308)', { file, line },
    'weights this large are no interaction counts or strengths: check the weight column, or scale the weights down');
}

/** The first index whose value is not finite, or -1 (a plain loop: a million ties at 100,000 people). */
function firstInfinite(values: Float64Array): number {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return i;
  return -1;
}
