/**
 * Runs a comparison in the test process the way `nodefinder compare` does: load and analyse each
 * period, measure the before period's windows, compare. Without the CLI's released analyses, so
 * compare releases each itself with its own minimum group size, as a library user's call would.
 */
import { analyse, type AnalyseOptions } from '../../src/analyse.js';
import { compare, type ComparedPeriod, type CompareOptions } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/compare/comparison.js';
import { measureWindow } from '../../src/compare/noise.js';
import { coveredPart, daysCovered, parsePeriodRange, type PeriodRange } from '../../src/compare/periods.js';
import { planNoiseWindows } from '../../src/compare/windows.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';

async function side(dir: string, label: string, range: PeriodRange | null, options: Partial<AnalyseOptions>): Promise<ComparedPeriod> {
  const { organisation, report, dataPeriod } = await loadOrganisation({ dir, since: range?.since, until: range?.until });
  return { label, range, dataPeriod, organisation, analysis: analyse(organisation, options, report) };
}

/** Two periods of one folder. */
export async function comparePeriods(
  dir: string,
  before: string,
  after: string,
  options: Partial<CompareOptions> = {},
  analyseOptions: Partial<AnalyseOptions> = {},
): Promise<Comparison> {
  const b = parsePeriodRange('--before', before);
  const a = parsePeriodRange('--after', after);
  const [earlier, later] = [await side(dir, before, b, analyseOptions), await side(dir, after, a, analyseOptions)];
  const windows = [];
  for (const range of planNoiseWindows(coveredPart(b, earlier.dataPeriod ?? null))) {
    const { organisation } = await loadOrganisation({ dir, since: range.since, until: range.until });
    windows.push(measureWindow(organisation, range));
  }
  return compare(earlier, later, { mode: 'periods', windows, ...options });
}

/** Two folders, all of each; the windows split the days the before folder's timestamps cover, as the CLI does. */
export async function compareFolders(beforeDir: string, afterDir: string, options: Partial<CompareOptions> = {}): Promise<Comparison> {
  const before = await side(beforeDir, beforeDir, null, {});
  const after = await side(afterDir, afterDir, null, {});
  const span = (period: ComparedPeriod) => daysCovered(period.organisation.period!);
  const windows = [];
  for (const range of planNoiseWindows(span(before))) {
    const { organisation } = await loadOrganisation({ dir: beforeDir, since: range.since, until: range.until });
    windows.push(measureWindow(organisation, range));
  }
  return compare(before, after, { mode: 'folders', windows, ...options });
}
