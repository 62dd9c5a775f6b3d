/**
 * What goes beside a count of communities when some people have no ties: they are in no
 * community (measures/communities.ts), so "9 communities" does not read as leaving them out by
 * mistake, nor as counting each of them as a group of one.
 */
import { counted } from './number-format.js';

/** "15 people with no ties are in none", or '' when everyone has a tie. */
export function noCommunityNote(isolates: number): string {
  if (isolates === 0) return '';
  return `${counted(isolates, 'person', 'people')} with no ties ${isolates === 1 ? 'is' : 'are'} in none`;
}
