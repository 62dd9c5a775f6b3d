/**
 * Thresholds relative to this organisation: the nearest-rank percentile of a measure over the
 * people it applies to. Nearest rank always returns an observed value, so a reader can find a
 * person who sits exactly on the threshold.
 */

/** The p-th percentile (0 < p ≤ 100) of the finite values where `include` holds; NaN if none. */
export function percentile(values: Float64Array, p: number, include: (index: number) => boolean = () => true): number {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (include(i) && Number.isFinite(values[i])) kept.push(values[i]);
  if (kept.length === 0) return NaN;
  kept.sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * kept.length));
  return kept[rank - 1];
}
