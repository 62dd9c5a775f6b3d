/**
 * The name a mistyped one most likely meant: "Finance Strategy" for "Finnance Strategy" or
 * "finance strategy". Names are compared folded (fold-text.ts: case, accents and punctuation
 * aside) and without spaces, by how many letters must be added, dropped, changed or swapped
 * (optimal string alignment distance). A name is near when that is at most one in four of its
 * letters, so short codes are never guessed: T5 is no misspelling of T1.
 */
import { foldText } from './fold-text.js';

/**
 * The nearest of `names` and its distance, 0 when it differs only in case, spaces or punctuation;
 * undefined when none is near, or when several names are nearest (T0019 is as near to T0018 as
 * to T0017: a guess would be no better than chance).
 */
export function closestName(typed: string, names: readonly string[]): { index: number; distance: number } | undefined {
  const wanted = looseKey(typed);
  if (wanted === '') return undefined;
  let best: { index: number; distance: number; key: string } | undefined;
  let tied = false;
  for (const [index, name] of names.entries()) {
    const key = looseKey(name);
    const allowed = Math.floor(Math.max(wanted.length, key.length) / 4);
    const distance = editDistance(wanted, key, Math.min(allowed, best?.distance ?? Infinity));
    if (distance === undefined) continue;
    if (best === undefined || distance < best.distance) {
      best = { index, distance, key };
      tied = false;
    } else if (key !== best.key) {
      tied = true;
    }
  }
  return best && !tied ? { index: best.index, distance: best.distance } : undefined;
}

/** A name as typed without care for case, accents, punctuation or spaces. */
export function looseKey(name: string): string {
  return foldText(name).replace(/\s+/gu, '');
}

/** The edits from `a` to `b` (a swap of two neighbours is one), or undefined when more than `most`. */
function editDistance(a: string, b: string, most: number): number | undefined {
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
