/**
 * Betweenness, closeness and harmonic from one search per source, on one or several threads:
 * the same values as the separate measures and networkx, bit for bit whatever the thread count,
 * from the TypeScript sources (here) and from the built package (a child process).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { betweenness } from '../../src/measures/betweenness.js';
import { distanceCentralities } from '../../src/measures/distance-centralities.js';
import { pathCentralities } from '../../src/measures/path-centralities.js';
import { checkThreads, unitCountFor } from '../../src/measures/path-workers.js';
import { directedGraph, type CompactGraph } from '../../src/organisation/compact-graph.js';
import { EXACT, arcList, directedOf, expectClose, loadReference, undirectedOf } from './reference.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Same numbers, bit for bit (NaN equal to NaN). */
function expectIdentical(actual: Float64Array | null, expected: Float64Array | null, label: string): void {
  expect(actual === null, label).toBe(expected === null);
  if (!actual || !expected) return;
  expect(actual.length, label).toBe(expected.length);
  const differing: number[] = [];
  for (let i = 0; i < actual.length; i++) if (!Object.is(actual[i], expected[i])) differing.push(i);
  expect(differing.slice(0, 5), `${label}: ${differing.length} values differ`).toEqual([]);
}

describe('pathCentralities', () => {
  const reference = loadReference('sociopatterns-invs15');
  const graph = undirectedOf(reference);

  it.each([
    ['exact, unweighted', { samples: null, weighted: false }],
    ['exact, weighted', { samples: null, weighted: true }],
    ['sampled', { samples: 60, seed: 4, weighted: false }],
    ['sampled, weighted', { samples: 60, seed: 4, weighted: true }],
  ] as const)('gives what betweenness() and distanceCentralities() give separately (%s)', (_name, options) => {
    const together = pathCentralities(graph, options);
    const apart = betweenness(graph, options);
    const distances = distanceCentralities(graph, options);
    expectIdentical(together.betweenness.values, apart.values, 'betweenness');
    expectIdentical(together.betweenness.standardError, apart.standardError, 'betweenness standard error');
    expect(together.betweenness.mode).toBe(apart.mode);
    expectIdentical(together.distances.closeness, distances.closeness, 'closeness');
    expectIdentical(together.distances.harmonic, distances.harmonic, 'harmonic');
    expectIdentical(together.distances.closenessStandardError, distances.closenessStandardError, 'closeness standard error');
    expect(together.distances.mode).toBe(distances.mode);
  });

  it('matches networkx on several threads, undirected and directed', () => {
    const plain = pathCentralities(graph, { threads: 3 });
    expect(plain.threads).toBe(3);
    expectClose(plain.betweenness.values, reference.undirected.betweenness, EXACT, 'betweenness on 3 threads');
    expectClose(plain.distances.closeness, reference.undirected.closeness, EXACT, 'closeness on 3 threads');
    expectClose(plain.distances.harmonic, reference.undirected.harmonic, EXACT, 'harmonic on 3 threads');
    const weighted = pathCentralities(graph, { weighted: true, threads: 2 });
    expectClose(weighted.betweenness.values, reference.undirected.betweennessWeighted, EXACT, 'weighted betweenness on 2 threads');
    const advice = loadReference('krackhardt-advice');
    const directed = pathCentralities(directedOf(advice), { threads: 2 });
    expectClose(directed.betweenness.values, advice.directed!.betweenness, EXACT, 'directed betweenness on 2 threads');
    expectClose(directed.distances.closeness, advice.directed!.closeness, EXACT, 'directed closeness on 2 threads');
  });

  it.each([
    ['exact', { samples: null }],
    ['sampled', { samples: 100, seed: 9 }],
    ['weighted', { samples: null, weighted: true }],
  ] as const)('gives bit-for-bit the same values on 1, 2 and 4 threads (%s)', (_name, options) => {
    const one = pathCentralities(graph, { ...options, threads: 1 });
    expect(one.threads).toBe(1);
    for (const threads of [2, 4]) {
      const many = pathCentralities(graph, { ...options, threads });
      expect(many.threads).toBe(threads);
      expectIdentical(many.betweenness.values, one.betweenness.values, `betweenness, ${threads} threads`);
      expectIdentical(many.betweenness.standardError, one.betweenness.standardError, `standard error, ${threads} threads`);
      expectIdentical(many.distances.closeness, one.distances.closeness, `closeness, ${threads} threads`);
      expectIdentical(many.distances.harmonic, one.distances.harmonic, `harmonic, ${threads} threads`);
      expectIdentical(many.distances.harmonicStandardError, one.distances.harmonicStandardError, `harmonic standard error, ${threads} threads`);
    }
  });

  it.each([1, 2])('tells the share searched, rising a whole percent or more at a time to 1, with the same values (%i threads)', (threads) => {
    const shares: number[] = [];
    const watched = pathCentralities(graph, { threads, onProgress: (share) => shares.push(share) });
    const unwatched = pathCentralities(graph, { threads });
    expectIdentical(watched.betweenness.values, unwatched.betweenness.values, 'betweenness');
    expectIdentical(watched.distances.closeness, unwatched.distances.closeness, 'closeness');
    expectIdentical(watched.distances.harmonic, unwatched.distances.harmonic, 'harmonic');
    // 232 sources in 32 units: a share after each search, told once per whole percent.
    const n = graph.nodeCount;
    expect(n).toBe(232);
    expect(shares.length).toBeGreaterThan(32);
    expect(shares.length).toBeLessThanOrEqual(101);
    expect(shares.at(-1)).toBe(1);
    // Each a number of sources searched out of 232.
    expect(shares).toEqual(shares.map((share) => Math.round(share * n) / n));
    const percents = shares.map((share) => Math.floor(100 * share));
    for (let i = 1; i < percents.length; i++) expect(percents[i]).toBeGreaterThan(percents[i - 1]);
  });

  it('tells the share of sampled searches to betweenness() and distanceCentralities() too', () => {
    for (const measure of [betweenness, distanceCentralities]) {
      const shares: number[] = [];
      measure(graph, { samples: 50, seed: 2, threads: 1, onProgress: (share) => shares.push(share) });
      expect(shares).toEqual(Array.from({ length: 50 }, (_, i) => (i + 1) / 50));
    }
  });

  it('cuts the sources into units that do not depend on the threads', () => {
    expect(unitCountFor(5, 4, 100)).toBe(5);
    expect(unitCountFor(21_000, 4, 21_000)).toBe(32);
    // 7 sums × 100,000 people × 8 bytes per unit, within 64 MiB: 11 units.
    expect(unitCountFor(500, 7, 100_000)).toBe(11);
  });

  it('rejects a thread count that is not a whole number of 1 or more', () => {
    for (const threads of [0, 1.5, -2]) {
      expect(() => pathCentralities(graph, { threads })).toThrow(expect.objectContaining({ code: 'USAGE' }));
      expect(() => checkThreads(threads)).toThrow(expect.objectContaining({ code: 'USAGE' }));
    }
  });
});

describe('sampled betweenness, linearly scaled', () => {
  /** How many of the `top` highest of `a` are among the `top` highest of `b`. */
  const overlap = (a: Float64Array, b: Float64Array, top: number) => {
    const best = (values: Float64Array) => Array.from(values.keys()).sort((x, y) => values[y] - values[x] || x - y).slice(0, top);
    const first = new Set(best(a));
    return best(b).filter((v) => first.has(v)).length;
  };

  /** The same network with every tie as two arcs: directed, so estimated the plain way. */
  const asArcs = (graph: CompactGraph) => {
    const rows: number[][] = [];
    for (let v = 0; v < graph.nodeCount; v++) {
      for (let e = graph.out.offsets[v]; e < graph.out.offsets[v + 1]; e++) rows.push([v, graph.out.neighbours[e], graph.out.strengths[e]]);
    }
    return directedGraph(graph.nodeCount, arcList(rows));
  };

  it.each([
    ['SocioPatterns InVS15', async () => undirectedOf(loadReference('sociopatterns-invs15'))],
    ['the bundled sample', async () => (await loadOrganisation({ dir: join(ROOT, 'fixtures', 'sample') })).organisation.network],
  ])('ranks the top 20 better than the plain estimate from the same sources (%s)', async (_name, network) => {
    const graph = await network();
    const arcs = asArcs(graph);
    const exact = betweenness(graph).values;
    let linear = 0;
    let plain = 0;
    for (let seed = 1; seed <= 10; seed++) {
      linear += overlap(exact, betweenness(graph, { samples: 30, seed }).values, 20);
      plain += overlap(exact, betweenness(arcs, { samples: 30, seed }).values, 20);
    }
    expect(linear).toBeGreaterThan(plain);
  });
});

describe('analyse on several threads', () => {
  it('writes the same analysis whatever the thread count', async () => {
    const { organisation, report } = await loadOrganisation({ dir: join(ROOT, 'fixtures', 'sample') });
    const one = JSON.stringify(analyse(organisation, { threads: 1 }, report));
    expect(JSON.stringify(analyse(organisation, { threads: 2 }, report))).toBe(one);
    expect(JSON.stringify(analyse(organisation, { threads: 2, betweenness: 'sampled', samples: 50 }, report))).toBe(
      JSON.stringify(analyse(organisation, { threads: 1, betweenness: 'sampled', samples: 50 }, report)),
    );
  });
});

describe('analyse progress', () => {
  it('tells each stage as it starts, then the path measures\' share done up to 1, with the same analysis', async () => {
    const { organisation, report } = await loadOrganisation({ dir: join(ROOT, 'fixtures', 'sample') });
    const calls: [string, number | undefined][] = [];
    const watched = analyse(organisation, { threads: 2 }, report, (stage, share) => calls.push([stage, share]));
    expect(JSON.stringify(watched)).toBe(JSON.stringify(analyse(organisation, { threads: 2 }, report)));
    const path = 'betweenness, closeness and harmonic';
    const shares = calls.filter(([stage, share]) => stage === path && share !== undefined).map(([, share]) => share!);
    expect(shares.length).toBeGreaterThan(10);
    expect(shares.at(-1)).toBe(1);
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThan(shares[i - 1]);
    // The stage itself first, with no share; every other stage has none.
    const first = calls.findIndex(([stage]) => stage === path);
    expect(calls[first][1]).toBeUndefined();
    expect(calls.filter(([stage, share]) => stage !== path && share !== undefined)).toEqual([]);
    expect(calls.map(([stage]) => stage).filter((stage, i, all) => stage !== all[i - 1])).toEqual([
      'degree and strength', path, 'PageRank and eigenvector', 'clustering and structural holes', 'team measures', 'communities', 'cut points', 'roles and silos', 'introductions',
    ]);
  });
});

describe('the built package', () => {
  it('runs the path searches on worker threads from dist/, with the same values', () => {
    // A ring of 400 people with chords, searched on 1 and 3 threads by the compiled code.
    const script = `
      const { pathCentralities } = await import(${JSON.stringify(join(ROOT, 'dist', 'measures', 'path-centralities.js'))});
      const { undirectedGraph } = await import(${JSON.stringify(join(ROOT, 'dist', 'organisation', 'compact-graph.js'))});
      const n = 400, source = [], target = [];
      for (let v = 0; v < n; v++) { source.push(v); target.push((v + 1) % n); if (v % 7 === 0) { source.push(v); target.push((v * 13 + 5) % n); } }
      const keep = source.map((s, i) => s !== target[i]);
      const s = Int32Array.from(source.filter((_, i) => keep[i])), t = Int32Array.from(target.filter((_, i) => keep[i]));
      const graph = undirectedGraph(n, { source: s, target: t, strength: new Float64Array(s.length).fill(1), length: s.length });
      const one = pathCentralities(graph, { threads: 1 });
      const three = pathCentralities(graph, { threads: 3 });
      const same = (a, b) => a.every((x, i) => Object.is(x, b[i]));
      process.stdout.write(JSON.stringify({
        threads: three.threads,
        same: same(one.betweenness.values, three.betweenness.values) && same(one.distances.harmonic, three.distances.harmonic),
        total: one.betweenness.values.reduce((a, b) => a + b, 0),
      }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout) as { threads: number; same: boolean; total: number };
    expect(output.threads).toBe(3);
    expect(output.same).toBe(true);
    expect(output.total).toBeGreaterThan(0);
  });
});
