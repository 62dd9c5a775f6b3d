/**
 * Comparisons for the Changes tab tests, made as `nodefinder compare` makes them: each period
 * loaded and analysed, released with the minimum group size, the before period's windows
 * measured, then compared from the released analyses. Returns the after period too, which the
 * dashboard shows. Each is made once per test file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse, type Analysis } from '../../src/analyse.js';
import { compare, type ComparedPeriod } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/compare/comparison.js';
import { measureWindow } from '../../src/compare/noise.js';
import { parsePeriodRange, type PeriodRange } from '../../src/compare/periods.js';
import { teamsSmallInEitherPeriod } from '../../src/compare/team-changes.js';
import { planNoiseWindows } from '../../src/compare/windows.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import type { Organisation } from '../../src/organisation/organisation.js';
import { releaseAnalysis } from '../../src/privacy/release.js';
import { writeSample, type SecondPeriodTruth } from '../../src/sample/index.js';
import { AFTER, BEFORE, writeTinyOrganisation } from '../compare/tiny-org.js';

/** A comparison and the after period it ends in. */
export interface Compared {
  readonly comparison: Comparison;
  readonly organisation: Organisation;
  readonly analysis: Analysis;
  readonly released: Analysis;
}

async function side(dir: string, range: PeriodRange, minGroupSize: number): Promise<ComparedPeriod & { released: Analysis }> {
  const { organisation, report } = await loadOrganisation({ dir, since: range.since, until: range.until });
  const analysis = analyse(organisation, { introductions: { minGroupSize } }, report);
  const released = releaseAnalysis(analysis, organisation, { minGroupSize });
  return { label: `${range.start}..${range.end}`, range, organisation, analysis, released };
}

/**
 * Compares two periods of the folder, with windows of the before period (unless `withWindows` is
 * false), as the CLI does; the after period from `afterDir` when given.
 */
export async function comparedPeriods(dir: string, beforeText: string, afterText: string, withWindows = true, afterDir = dir): Promise<Compared> {
  const minGroupSize = 5;
  const before = parsePeriodRange('--before', beforeText);
  const after = parsePeriodRange('--after', afterText);
  const windows = [];
  for (const range of withWindows ? planNoiseWindows(before) : []) {
    const { organisation } = await loadOrganisation({ dir, since: range.since, until: range.until });
    windows.push(measureWindow(organisation, range));
  }
  const earlier = await side(dir, before, minGroupSize);
  const later = await side(afterDir, after, minGroupSize);
  const notes = withWindows ? [] : ['Normal variation was not measured (a test without windows).'];
  const comparison = compare(earlier, later, { mode: 'periods', top: 10, windows, minGroupSize, notes });
  // The after period as the CLI releases it for the dashboard's exports: the teams small in either period withheld.
  const withholdTeams = [...teamsSmallInEitherPeriod(earlier.organisation, later.organisation, minGroupSize)];
  const released = releaseAnalysis(later.analysis, later.organisation, { minGroupSize, withholdTeams });
  return { comparison, organisation: later.organisation, analysis: later.analysis, released };
}

/**
 * The tiny organisation with Scrutiny (S) small before and not after: two members in January,
 * five in February (s3, s4 and s5 joined).
 */
export function comparedTinyWithJoiners(): Promise<Compared> {
  const sTies = [['s1', 's3'], ['s2', 's4'], ['s3', 's4'], ['s4', 's5'], ['s5', 's1']] as const;
  const after = writeTinyOrganisation({ extraStaff: [['s3', 'S'], ['s4', 'S'], ['s5', 'S']], extraInteractions: sTies.map(([a, b]) => [a, b, '2026-02-10'] as const) });
  return comparedPeriods(writeTinyOrganisation(), BEFORE, AFTER, true, after);
}

/** test/compare's tiny organisation, whose comparison known-answers.test.ts computes by hand. */
export function comparedTiny(withWindows = true): Promise<Compared> {
  return comparedPeriods(writeTinyOrganisation(), BEFORE, AFTER, withWindows);
}

/** The tiny organisation with counts before and minutes (a weight column, 2 a row) after: strengths of different kinds. */
export function comparedTinyCountsThenWeights(): Promise<Compared> {
  return comparedPeriods(writeTinyOrganisation(), BEFORE, AFTER, true, writeTinyOrganisation({ weight: 2 }));
}

/** A sample with a planted second period, its truth, and its two periods compared. */
export async function comparedSample(staff: number, seed: number): Promise<Compared & { readonly dir: string; readonly truth: SecondPeriodTruth }> {
  const dir = mkdtempSync(join(tmpdir(), 'nodefinder-changes-'));
  const truth = (await writeSample(dir, { staff, seed, secondPeriod: true })).secondPeriod!;
  const compared = await comparedPeriods(dir, `${truth.before.start}..${truth.before.end}`, `${truth.after.start}..${truth.after.end}`);
  return { ...compared, dir, truth };
}
