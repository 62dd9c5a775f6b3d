/** How the dashboard says the path measures were computed: exactly, or sampled with the largest standard error of each estimate. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, type Analysis } from '../../../src/analyse.js';
import { loadOrganisation } from '../../../src/load/load-organisation.js';
import { methodText, pathMeasuresSampled, pathMethodsText } from '../../../src/ui/details/method-text.js';
import { analysed, FIXTURES } from '../analyses.js';

let exact: Analysis;
let sampled: Analysis;
beforeAll(async () => {
  exact = (await analysed('small-org')).analysis;
  const { organisation, report } = await loadOrganisation({ dir: join(FIXTURES, 'sample') });
  sampled = analyse(organisation, { betweenness: 'sampled', samples: 60 }, report);
});

describe('methodText', () => {
  it('names the three path measures together when they are exact', () => {
    expect(pathMeasuresSampled(exact)).toBe(false);
    expect(methodText(exact)).toBe('Path measures unweighted: every tie is one step; betweenness, closeness and harmonic exact; undirected network; seed 1.');
  });
  it('gives each sampled measure its sample and largest standard error, in the written outputs\' words', () => {
    // fixtures/sample, 60 of 300 sources: largest standard errors 0.0183 (betweenness), 0.0188 (closeness), 9.1267 people (harmonic).
    expect(pathMeasuresSampled(sampled)).toBe(true);
    const sample = 'sampled from 60 sources spread over teams (seed 1)';
    expect(pathMethodsText(sampled)).toBe(
      `betweenness ${sample}, largest standard error 0.0183; closeness ${sample}, largest standard error 0.0188; harmonic ${sample}, largest standard error 9.1267`,
    );
    expect(methodText(sampled)).toContain(`; betweenness ${sample}, largest standard error 0.0183;`);
  });
});
