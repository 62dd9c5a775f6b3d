/**
 * Evidence: the measures, values and thresholds behind a judgement, so that a reader can
 * check it and disagree.
 */

/** One condition a judgement rests on. */
export interface Evidence {
  /** The measure's name as in the output (e.g. `degree`, `betweenness`). */
  readonly measure: string;
  readonly value: number;
  readonly comparison: '>=' | '<=' | '>' | '<' | '==';
  readonly threshold: number;
  /** Where the threshold comes from, e.g. "90th percentile of degree over 210 people with ties". */
  readonly basis: string;
}

/** Builds one piece of evidence. */
export function evidence(measure: string, value: number, comparison: Evidence['comparison'], threshold: number, basis: string): Evidence {
  return { measure, value, comparison, threshold, basis };
}

/**
 * Values within this relative distance are one value. Betweenness, constraint and participation
 * are sums taken in an order that depends on the person, so people in the same position can
 * differ in the last bits (0.09473684210526317 and …316): judged exactly, some of them held a
 * role and the others did not.
 */
const SAME_VALUE = 1e-9;

/** Whether `a` and `b` are one value, but for rounding. */
function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= SAME_VALUE * Math.max(Math.abs(a), Math.abs(b));
}

/** Whether `value` meets the evidence's condition, values within rounding of each other being equal. */
export function holds(value: number, comparison: Evidence['comparison'], threshold: number): boolean {
  const same = sameValue(value, threshold);
  switch (comparison) {
    case '>=':
      return value >= threshold || same;
    case '<=':
      return value <= threshold || same;
    case '>':
      return value > threshold && !same;
    case '<':
      return value < threshold && !same;
    case '==':
      return same;
  }
}
