/** The fixtures' organisations, loaded and analysed once per test file, for the dashboard tests. */
import { join } from 'node:path';
import { analyse, type Analysis } from '../../src/analyse.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import type { Organisation } from '../../src/organisation/organisation.js';
import { releaseAnalysis } from '../../src/privacy/release.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export interface Analysed {
  readonly organisation: Organisation;
  readonly analysis: Analysis;
}

const cache = new Map<string, Promise<Analysed>>();

/** fixtures/<name> loaded and analysed with the default options. */
export function analysed(name: 'small-org' | 'sample'): Promise<Analysed> {
  let result = cache.get(name);
  if (!result) {
    result = loadOrganisation({ dir: join(FIXTURES, name) }).then(({ organisation, report }) => ({ organisation, analysis: analyse(organisation, {}, report) }));
    cache.set(name, result);
  }
  return result;
}

/** The analysis as the CLI releases it for anything written out: teams below `minGroupSize` suppressed. */
export function releasedFrom({ analysis, organisation }: Analysed, minGroupSize: number): Analysis {
  return releaseAnalysis(analysis, organisation, { minGroupSize });
}
