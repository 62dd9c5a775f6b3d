/** Louvain on the compact network: planted groups, resolution, and seeds. */
import { describe, expect, it } from 'vitest';
import { louvain } from '../../src/measures/louvain.js';
import { modularity } from '../../src/measures/modularity.js';
import { seededRandom } from '../../src/measures/seeded-random.js';
import { graphOf } from './reference.js';

/** `groups` cliques of `size` people, clique g linked to clique g + 1 by one tie. */
function cliques(groups: number, size: number) {
  const pairs: number[][] = [];
  for (let g = 0; g < groups; g++) {
    for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) pairs.push([g * size + a, g * size + b]);
    if (g + 1 < groups) pairs.push([g * size, (g + 1) * size + 1]);
  }
  return graphOf(groups * size, pairs);
}

const run = (graph: ReturnType<typeof graphOf>, resolution: number, seed: number) =>
  louvain(graph.nodeCount, graph.out.offsets, graph.out.neighbours, graph.out.strengths, resolution, seededRandom(seed));

describe('louvain', () => {
  it('finds each of a chain of cliques, numbered in order of first member', () => {
    const graph = cliques(6, 5);
    for (const seed of [1, 2, 3]) {
      const found = run(graph, 1, seed);
      expect(Array.from(found)).toEqual(Array.from({ length: 30 }, (_, v) => Math.floor(v / 5)));
    }
  });

  it('merges groups at a low resolution and never leaves modularity below the planted partition at 1', () => {
    const graph = cliques(8, 4);
    const planted = Int32Array.from({ length: 32 }, (_, v) => Math.floor(v / 4));
    const found = run(graph, 1, 5);
    expect(modularity(graph, found)).toBeGreaterThanOrEqual(modularity(graph, planted) - 1e-12);
    const coarse = run(graph, 0.05, 5);
    expect(new Set(coarse).size).toBeLessThan(8);
  });

  it('is the same for the same seed, with strengths weighting the ties', () => {
    // A ring of 12 with one strong pair per three people.
    const pairs = Array.from({ length: 12 }, (_, v) => [v, (v + 1) % 12, v % 3 === 0 ? 10 : 1]);
    const graph = graphOf(12, pairs);
    const first = run(graph, 1, 9);
    expect(Array.from(run(graph, 1, 9))).toEqual(Array.from(first));
    for (let v = 0; v < 12; v += 3) expect(first[v]).toBe(first[v + 1]);
  });

  it('leaves people without ties alone', () => {
    expect(Array.from(run(graphOf(3, []), 1, 1))).toEqual([0, 1, 2]);
  });
});
