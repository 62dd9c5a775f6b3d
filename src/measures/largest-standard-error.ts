/** The largest standard error of a sampled measure, as outputs report it. */

/** The largest finite value, or null for no values (an exact measure has no standard error). */
export function largestStandardError(values: Float64Array | null): number | null {
  if (!values) return null;
  let max = 0;
  for (const value of values) if (Number.isFinite(value) && value > max) max = value;
  return max;
}
