/**
 * Sampled path measures with sources spread over teams (stratified-sample.ts, team-strata.ts):
 * exact with every source, unbiased, steadier than uniform sources, and what analyse() uses.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSE_DEFAULTS, analyse } from '../../src/analyse.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { betweenness } from '../../src/measures/betweenness.js';
import { distanceCentralities } from '../../src/measures/distance-centralities.js';
import { pathCentralities } from '../../src/measures/path-centralities.js';
import { teamStrata } from '../../src/measures/team-strata.js';

const ROOT = join(import.meta.dirname, '..', '..');
const { organisation, report } = await loadOrganisation({ dir: join(ROOT, 'fixtures', 'sample') });
const graph = organisation.network;
const n = graph.nodeCount;
const strata = teamStrata(organisation);
const exact = betweenness(graph).values;

/** People by decreasing value (ties: lower index first). */
const ranking = (values: Float64Array) => Array.from(values.keys()).sort((x, y) => values[y] - values[x] || x - y);
const exactTop20 = new Set(ranking(exact).slice(0, 20));

describe('betweenness from sources spread over teams', () => {
  it('is exact when every person is a source', () => {
    const { values, mode, standardError } = betweenness(graph, { samples: n, seed: 2, strata });
    expect(mode).toBe('exact');
    expect([...values]).toEqual([...exact]);
    expect(standardError).toBeNull();
  });

  it('averages to the exact values over many seeds (unbiased)', () => {
    const seeds = 300;
    const mean = new Float64Array(n);
    for (let seed = 1; seed <= seeds; seed++) {
      const { values } = betweenness(graph, { samples: 30, seed, strata });
      for (let v = 0; v < n; v++) mean[v] += values[v] / seeds;
    }
    // The mean of 300 estimates has a standard error of about 1% here.
    for (const v of ranking(exact).slice(0, 10)) expect(Math.abs(mean[v] / exact[v] - 1)).toBeLessThan(0.04);
  });

  it('errs less than uniform sources, and ranks the top 20 better (30 of 300, seeds 1–20)', () => {
    const squaredError = { uniform: 0, spread: 0 };
    const overlap = { uniform: 0, spread: 0 };
    for (let seed = 1; seed <= 20; seed++) {
      for (const [design, choice] of [['uniform', null], ['spread', strata]] as const) {
        const { values } = betweenness(graph, { samples: 30, seed, strata: choice });
        for (let v = 0; v < n; v++) squaredError[design] += (values[v] - exact[v]) ** 2;
        overlap[design] += ranking(values).slice(0, 20).filter((v) => exactTop20.has(v)).length;
      }
    }
    expect(squaredError.spread).toBeLessThan(0.7 * squaredError.uniform);
    expect(overlap.spread).toBeGreaterThan(overlap.uniform);
  });

  it('chooses the same sources in pathCentralities as in betweenness and distanceCentralities', () => {
    const options = { samples: 40, seed: 9, strata };
    const together = pathCentralities(graph, options);
    expect([...together.betweenness.values]).toEqual([...betweenness(graph, options).values]);
    const distances = distanceCentralities(graph, options);
    expect([...together.distances.closeness]).toEqual([...distances.closeness]);
    expect([...together.distances.harmonic]).toEqual([...distances.harmonic]);
    expect([...together.betweenness.values]).not.toEqual([...betweenness(graph, { samples: 40, seed: 9 }).values]);
  });

  it('rejects strata that do not give one stratum per person', () => {
    expect(() => betweenness(graph, { samples: 5, strata: new Int32Array(n - 1) })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => distanceCentralities(graph, { samples: 5, strata: new Int32Array(n + 1) })).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('analyse', () => {
  it('spreads sampled sources over teams', () => {
    const analysis = analyse(organisation, { betweenness: 'sampled', samples: 50, seed: 3 }, report);
    const spread = pathCentralities(graph, { samples: 50, seed: 3, strata });
    expect(analysis.people.map((person) => person.betweenness)).toEqual([...spread.betweenness.values]);
    expect(analysis.options.betweenness).toMatchObject({ mode: 'sampled', samples: 50, seed: 3 });
  });

  it('samples 1,000 sources by default: all of them in a smaller organisation, which is exact for all three path measures', () => {
    expect(ANALYSE_DEFAULTS.samples).toBe(1_000);
    const everyone = analyse(organisation, { betweenness: 'sampled' }, report);
    const exactly = { mode: 'exact', samples: n, seed: null, maxStandardError: null };
    expect(everyone.options).toMatchObject({ betweenness: exactly, closeness: exactly, harmonic: exactly });
    const exactRun = analyse(organisation, { betweenness: 'exact' }, report);
    expect(everyone.people.map((person) => person.betweenness)).toEqual(exactRun.people.map((person) => person.betweenness));
  });
});
