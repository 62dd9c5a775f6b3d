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

/** Whether `value` meets the evidence's condition. */
export function holds(value: number, comparison: Evidence['comparison'], threshold: number): boolean {
  switch (comparison) {
    case '>=':
      return value >= threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '<':
      return value < threshold;
    case '==':
      return value === threshold;
  }
}
