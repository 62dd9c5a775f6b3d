/**
 * Normalised mutual information between two partitions of the same people, here the detected
 * communities and the formal teams: NMI = 2 I(X; Y) / (H(X) + H(Y)) (arithmetic normalisation,
 * as scikit-learn's default; Danon et al. 2005). 1 means the informal organisation follows the
 * org chart exactly; near 0 that it ignores it. People outside either partition are left out:
 * analyse compares over the people with ties (a person with no ties is in no community) and a team.
 */

/** NMI of two labelings (negative labels are ignored); 1 when both have a single group. */
export function normalisedMutualInformation(a: Int32Array, b: Int32Array): number {
  const joint = new Map<string, number>();
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] < 0 || b[i] < 0) continue;
    n++;
    countA.set(a[i], (countA.get(a[i]) ?? 0) + 1);
    countB.set(b[i], (countB.get(b[i]) ?? 0) + 1);
    const key = `${a[i]},${b[i]}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  if (n === 0) return NaN;
  const entropy = (counts: Map<number, number>) => {
    let h = 0;
    for (const count of counts.values()) h -= (count / n) * Math.log(count / n);
    return h;
  };
  const hA = entropy(countA);
  const hB = entropy(countB);
  if (hA === 0 && hB === 0) return 1;
  let mutual = 0;
  for (const [key, count] of joint) {
    const [x, y] = key.split(',').map(Number);
    mutual += (count / n) * Math.log((count * n) / (countA.get(x)! * countB.get(y)!));
  }
  return (2 * mutual) / (hA + hB);
}
