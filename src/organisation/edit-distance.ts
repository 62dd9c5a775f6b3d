/**
 * How many letters must be added, dropped, changed or swapped with a neighbour to turn one text
 * into another (optimal string alignment distance): the measure of a near miss, for "did you
 * mean" suggestions of team names, config keys and thresholds alike.
 */

/** The edits from `a` to `b`, or undefined when more than `most` (the table is skipped then when the lengths alone tell). */
export function editDistance(a: string, b: string, most: number): number | undefined {
  if (most < 0 || Math.abs(a.length - b.length) > most) return undefined;
  // d[i][j]: edits from a's first i letters to b's first j.
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  const distance = d[a.length][b.length];
  return distance <= most ? distance : undefined;
}
