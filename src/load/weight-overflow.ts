/**
 * Weights each below the largest number can still sum beyond it (two rows of 1e308): the tie's
 * strength would be Infinity, written as null in JSON and as "Infinity" in CSV. Refused instead,
 * at the first line of a pair whose sum overflowed; so are weights whose total is too large for
 * the measures to stay finite.
 */
import { InputError } from '../errors.js';
import type { TieTable } from '../organisation/tie-table.js';
import type { SortedPairs } from './sorted-pairs.js';

/**
 * Above this, summed weights overflow in the measures, though no pair's sum does: a person's
 * strength sums their ties, and modularity multiplies two people's strengths.
 */
const MAX_TOTAL_WEIGHT = 1e100;

/** Throws BAD_WEIGHT when an arc's or a tie's summed strength is not finite, or all of them sum beyond {@link MAX_TOTAL_WEIGHT}. */
export function refuseOverflowingWeights(arcs: SortedPairs, ties: TieTable, file: string): void {
  const arc = firstInfinite(arcs.strength);
  let line = arc < 0 ? Infinity : arcs.firstLine[arc];
  if (arc < 0) {
    // Both directions of a tie summed: the first line of either.
    const tie = firstInfinite(ties.strength);
    if (tie < 0) return refuseLargeTotal(arcs, file);
    const [a, b] = [ties.source[tie], ties.target[tie]];
    for (let i = 0; i < arcs.length; i++) {
      if ((arcs.source[i] === a && arcs.target[i] === b) || (arcs.source[i] === b && arcs.target[i] === a)) line = Math.min(line, arcs.firstLine[i]);
    }
  }
  throw new InputError('BAD_WEIGHT', 'the weights of one pair of people sum to more than the largest number there is (about 1.8e308)', { file, line },
    'weights this large are no interaction counts or strengths: check the weight column, or scale the weights down');
}

/** Throws BAD_WEIGHT, at the first line of the largest pair, when the weights sum beyond {@link MAX_TOTAL_WEIGHT}. */
function refuseLargeTotal(arcs: SortedPairs, file: string): void {
  let total = 0;
  let largest = 0;
  for (let i = 0; i < arcs.length; i++) {
    total += arcs.strength[i];
    if (arcs.strength[i] > arcs.strength[largest]) largest = i;
  }
  if (!(total > MAX_TOTAL_WEIGHT)) return;
  throw new InputError('BAD_WEIGHT', 'the weights sum to more than 1e100: a person\'s strength, or the measures that multiply strengths, would overflow', { file, line: arcs.firstLine[largest] },
    'weights this large are no interaction counts or strengths: check the weight column, or scale the weights down');
}

/** The first index whose value is not finite, or -1 (a plain loop: a million ties at 100,000 people). */
function firstInfinite(values: Float64Array): number {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return i;
  return -1;
}
