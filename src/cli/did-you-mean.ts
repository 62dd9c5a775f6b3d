/**
 * "did you mean X?" for a mistyped config key or threshold name, by the nearness team names use
 * (organisation/closest-name.ts): one name, and only when it alone is nearest.
 */
import { closestName } from '../organisation/closest-name.js';

/** The suggestion, or undefined when no name is near or several are equally near. */
export function didYouMean(word: string, candidates: readonly string[], quote = (name: string) => name): string | undefined {
  const near = closestName(word, candidates);
  return near === undefined ? undefined : `did you mean ${quote(candidates[near.index])}?`;
}
