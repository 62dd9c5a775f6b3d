/**
 * The names nearest a mistyped one, for a config file's key or a threshold's name: near means at
 * most three edits (edit-distance.ts) and more than 40% of the longer name unchanged, the
 * bounds commander's suggestions for an unknown flag keep, so that both suggest alike.
 */
import { editDistance } from '../organisation/edit-distance.js';

/** Most edits between a name and a suggestion. */
const MAX_DISTANCE = 3;
/** A suggestion keeps more than this share of the longer name unchanged. */
const MIN_SIMILARITY = 0.4;

/** The candidates fewest edits from `word` (several when tied, sorted), or none near enough. */
export function similarNames(word: string, candidates: Iterable<string>): string[] {
  let nearest: string[] = [];
  let best = MAX_DISTANCE;
  for (const candidate of new Set(candidates)) {
    if (candidate.length <= 1) continue;
    const distance = editDistance(word, candidate, best);
    if (distance === undefined) continue;
    const length = Math.max(word.length, candidate.length);
    if ((length - distance) / length <= MIN_SIMILARITY) continue;
    if (distance < best) {
      best = distance;
      nearest = [candidate];
    } else if (distance === best) nearest.push(candidate);
  }
  return nearest.sort((a, b) => a.localeCompare(b));
}

/** "did you mean X?" or "did you mean one of X, Y?", or undefined when no name is near. */
export function didYouMean(word: string, candidates: Iterable<string>, quote = (name: string) => name): string | undefined {
  const names = similarNames(word, candidates).map(quote);
  if (names.length === 0) return undefined;
  return names.length === 1 ? `did you mean ${names[0]}?` : `did you mean one of ${names.join(', ')}?`;
}
