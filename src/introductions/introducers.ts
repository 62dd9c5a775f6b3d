/**
 * Who could make a warm introduction: the mutual contacts of two people on the undirected
 * network, with their tie strength to each. Rows of the compact graph are sorted, so the mutual
 * contacts are found by merging the two rows: O(|Γ(a)| + |Γ(b)|).
 */
import type { CompactGraph } from '../organisation/compact-graph.js';

/** A mutual contact `person` of a and b, and the strengths of their ties to a and to b. */
export interface Introducer {
  readonly person: number;
  readonly toFrom: number;
  readonly toTo: number;
}

/**
 * The mutual contacts of `a` and `b`, best introducer first: the strongest weaker tie (someone who
 * knows both well beats someone who knows one very well), then the larger total, then the lower index.
 */
export function mutualContacts(graph: CompactGraph, a: number, b: number): Introducer[] {
  const { offsets, neighbours, strengths } = graph.out;
  const result: Introducer[] = [];
  let i = offsets[a];
  let j = offsets[b];
  const endA = offsets[a + 1];
  const endB = offsets[b + 1];
  while (i < endA && j < endB) {
    const x = neighbours[i];
    const y = neighbours[j];
    if (x < y) i++;
    else if (y < x) j++;
    else {
      result.push({ person: x, toFrom: strengths[i], toTo: strengths[j] });
      i++;
      j++;
    }
  }
  return result.sort(
    (p, q) => Math.min(q.toFrom, q.toTo) - Math.min(p.toFrom, p.toTo) || q.toFrom + q.toTo - (p.toFrom + p.toTo) || p.person - q.person,
  );
}
