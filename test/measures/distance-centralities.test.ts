/** Closeness and harmonic from one pass: exact equals networkx; sampled is close, with honest errors. */
import { describe, expect, it } from 'vitest';
import { distanceCentralities } from '../../src/measures/distance-centralities.js';
import { EXACT, directedOf, expectClose, loadReference, undirectedOf } from './reference.js';

describe('distanceCentralities, exact', () => {
  it.each(['handmade', 'krackhardt-advice', 'cross-parker-info', 'sociopatterns-invs15'] as const)('matches networkx on %s, unweighted and weighted', (name) => {
    const reference = loadReference(name);
    const graph = undirectedOf(reference);
    const plain = distanceCentralities(graph);
    expect(plain.mode).toBe('exact');
    expect(plain.closenessStandardError).toBeNull();
    expectClose(plain.closeness, reference.undirected.closeness, EXACT, `${name} closeness`);
    expectClose(plain.harmonic, reference.undirected.harmonic, EXACT, `${name} harmonic`);
    const weighted = distanceCentralities(graph, { weighted: true });
    expectClose(weighted.closeness, reference.undirected.closenessWeighted, EXACT, `${name} closeness weighted`);
    expectClose(weighted.harmonic, reference.undirected.harmonicWeighted, EXACT, `${name} harmonic weighted`);
  });
  it('uses incoming distances on a directed network, as networkx', () => {
    const reference = loadReference('krackhardt-advice');
    const result = distanceCentralities(directedOf(reference));
    expectClose(result.closeness, reference.directed!.closeness, EXACT, 'directed closeness');
    expectClose(result.harmonic, reference.directed!.harmonic, EXACT, 'directed harmonic');
  });
});

describe('distanceCentralities, sampled', () => {
  const reference = loadReference('sociopatterns-invs15');
  const graph = undirectedOf(reference);
  it('equals the exact values when every person is sampled', () => {
    const all = distanceCentralities(graph, { samples: reference.nodeCount });
    expect(all.mode).toBe('exact');
    expectClose(all.closeness, reference.undirected.closeness, EXACT, 'k = n closeness');
  });
  it('estimates within a few standard errors, deterministically for a seed', () => {
    const estimate = distanceCentralities(graph, { samples: 60, seed: 11 });
    expect(estimate).toMatchObject({ mode: 'sampled', samples: 60, seed: 11 });
    const again = distanceCentralities(graph, { samples: 60, seed: 11 });
    expect([...again.closeness]).toEqual([...estimate.closeness]);
    let closenessWithin = 0;
    let harmonicWithin = 0;
    let people = 0;
    for (let v = 0; v < reference.nodeCount; v++) {
      const exactCloseness = reference.undirected.closeness[v]!;
      if (exactCloseness === 0) continue; // the isolates: estimated as 0 too
      people++;
      if (Math.abs(estimate.closeness[v] - exactCloseness) <= 3 * estimate.closenessStandardError![v] + 1e-12) closenessWithin++;
      if (Math.abs(estimate.harmonic[v] - reference.undirected.harmonic[v]!) <= 3 * estimate.harmonicStandardError![v] + 1e-12) harmonicWithin++;
    }
    expect(closenessWithin / people).toBeGreaterThan(0.95);
    expect(harmonicWithin / people).toBeGreaterThan(0.95);
    // Relative error stays moderate for a 60-of-232 sample (worst seen: 17%).
    const exact = reference.undirected.closeness.map(Number);
    const worst = Math.max(...exact.map((c, v) => (c > 0 ? Math.abs(estimate.closeness[v] - c) / c : 0)));
    expect(worst).toBeLessThan(0.2);
  });
});
