/**
 * The name a mistyped one most likely meant: "Finance Strategy" for "Finnance Strategy" or
 * "finance strategy". Names are compared folded (fold-text.ts: case, accents and punctuation
 * aside) and without spaces, by how many letters must be added, dropped, changed or swapped
 * (optimal string alignment distance). A name is near when that is at most one in four of its
 * letters, so short codes are never guessed: T5 is no misspelling of T1.
 */
import { editDistance } from './edit-distance.js';
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
