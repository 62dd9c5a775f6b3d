/**
 * The names nearest a mistyped one, by the rule commander uses for an unknown option or command
 * ("(Did you mean --min-interactions?)"), so that a config file's key or a threshold's name gets
 * the same suggestion as a flag. Commander does not export its own helper.
 */

/** Edits at most this many apart, as commander's. */
const MAX_DISTANCE = 3;
/** A suggestion shares more than this part of the longer name, as commander's. */
const MIN_SIMILARITY = 0.4;

/** The candidates fewest edits from `word` (several when tied, sorted), or none near enough. */
export function similarNames(word: string, candidates: Iterable<string>): string[] {
  let nearest: string[] = [];
  let best = MAX_DISTANCE;
  for (const candidate of new Set(candidates)) {
    if (candidate.length <= 1) continue;
    const distance = editDistance(word, candidate);
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

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > MAX_DISTANCE) return Math.max(a.length, b.length);
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, d[i - 2]![j - 2]! + 1);
      d[i]![j] = distance;
    }
  }
  return d[a.length]![b.length]!;
}
