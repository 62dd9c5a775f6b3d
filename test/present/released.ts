/** Loads a fixture, analyses it and releases it the way the CLI does, for the presenter tests. */
import { join } from 'node:path';
import { analyse, type Analysis, type AnalyseOptions } from '../../src/analyse.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import type { Organisation } from '../../src/organisation/organisation.js';
import { releaseAnalysis } from '../../src/privacy/release.js';

export const SMALL_ORG = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');
export const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');

export interface Released {
  readonly organisation: Organisation;
  readonly analysis: Analysis;
  readonly released: Analysis;
}

/** The folder's organisation, its full analysis and the analysis as released with `minGroupSize`. */
export async function releasedOf(dir: string, minGroupSize: number, options: Partial<AnalyseOptions> = {}): Promise<Released> {
  const { organisation, report } = await loadOrganisation({ dir });
  const analysis = analyse(organisation, { ...options, introductions: { minGroupSize } }, report);
  return { organisation, analysis, released: releaseAnalysis(analysis, organisation, { minGroupSize }) };
}
