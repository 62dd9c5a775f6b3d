/**
 * The types of the library's exported signatures are exported with them: a script can name the
 * options it builds and the results it keeps. Checked by `tsc -p tsconfig.json --noEmit`, which
 * fails on an import the index does not export; the values are checked here as well.
 */
import { describe, expect, it } from 'vitest';
import {
  ANALYSE_DEFAULTS,
  betweenness,
  brokerage,
  closeness,
  clustering,
  communities,
  constraint,
  cutPoints,
  degree,
  distanceCentralities,
  effectiveSize,
  eigenvector,
  harmonic,
  pagerank,
  pathCentralities,
  strength,
  teamTies,
  type AnalyseOptions,
  type BetweennessOptions,
  type BetweennessResult,
  type BrokerageCounts,
  type ClosenessOptions,
  type ClusteringOptions,
  type Communities,
  type CommunitiesOptions,
  type ConstraintOptions,
  type CsvCell,
  type CsvTable,
  type CutPointsOptions,
  type CutPointsResult,
  type DegreeOptions,
  type Direction,
  type DistanceCentralities,
  type DistanceCentralitiesOptions,
  type EffectiveSizeOptions,
  type EffectiveSizeResult,
  type EigenvectorOptions,
  type EigenvectorResult,
  type FieldOf,
  type HarmonicOptions,
  type LoadOptions,
  type LoadThreads,
  type PagerankOptions,
  type PagerankResult,
  type PathCentralities,
  type PathCentralitiesOptions,
  type PathProgress,
  type StrengthOptions,
  type TeamTies,
  type ThreadCount,
} from '../src/index.js';
import { edges } from './helpers/graphs.js';

// A path 0 – 1 – 2: person 1 is between the other two.
const path = edges(3, [[0, 1], [1, 2]]);
const twoTeams = Int32Array.from([0, 0, 1]);

describe('the types of the library API', () => {
  it('name the threads of analyse and loadOrganisation', () => {
    const threads: ThreadCount = 1;
    const analyseOptions: Partial<AnalyseOptions> = { threads };
    const loadThreads: LoadThreads = 'auto';
    const loadOptions: LoadOptions = { dir: 'exports', threads: loadThreads };
    expect([analyseOptions.threads, loadOptions.threads, ANALYSE_DEFAULTS.threads]).toEqual([1, 'auto', 'auto']);
  });

  it('name the path measures\' options, progress and results', () => {
    const shares: number[] = [];
    const onProgress: PathProgress = (share) => shares.push(share);
    const pathOptions: Partial<PathCentralitiesOptions> = { threads: 1, onProgress };
    const both: PathCentralities = pathCentralities(path, pathOptions);
    const betweennessOptions: Partial<BetweennessOptions> = { normalized: false, threads: 1 };
    const between: BetweennessResult = betweenness(path, betweennessOptions);
    const distanceOptions: Partial<DistanceCentralitiesOptions> = { threads: 1 };
    const distances: DistanceCentralities = distanceCentralities(path, distanceOptions);
    expect([...between.values]).toEqual([0, 1, 0]);
    expect([...both.betweenness.values]).toEqual([0, 1, 0]);
    expect([...distances.harmonic]).toEqual([1.5, 2, 1.5]);
    expect(shares.at(-1)).toBe(1);
  });

  it('name every other measure\'s options and results', () => {
    const direction: Direction = 'out';
    const degreeOptions: Partial<DegreeOptions> = { direction };
    const strengthOptions: Partial<StrengthOptions> = { direction };
    const closenessOptions: Partial<ClosenessOptions> = { weighted: false };
    const harmonicOptions: Partial<HarmonicOptions> = { weighted: false };
    const clusteringOptions: Partial<ClusteringOptions> = {};
    const constraintOptions: Partial<ConstraintOptions> = { weighted: false };
    const cutPointsOptions: Partial<CutPointsOptions> = {};
    const effectiveSizeOptions: Partial<EffectiveSizeOptions> = { weighted: false };
    const eigenvectorOptions: Partial<EigenvectorOptions> = { maxIterations: 1000 };
    const pagerankOptions: Partial<PagerankOptions> = { alpha: 0.85 };
    const communitiesOptions: Partial<CommunitiesOptions> = { seed: 1 };

    const cut: CutPointsResult = cutPoints(path, cutPointsOptions);
    const sizes: EffectiveSizeResult = effectiveSize(path, effectiveSizeOptions);
    const central: EigenvectorResult = eigenvector(path, eigenvectorOptions);
    const ranks: PagerankResult = pagerank(path, pagerankOptions);
    const found: Communities = communities(path, communitiesOptions);
    const ties: TeamTies = teamTies(path, twoTeams);
    const roles: BrokerageCounts = brokerage(path, twoTeams);

    expect([...degree(path, degreeOptions)]).toEqual([1, 2, 1]);
    expect([...strength(path, strengthOptions)]).toEqual([1, 2, 1]);
    expect([...closeness(path, closenessOptions)][1]).toBe(1);
    expect([...harmonic(path, harmonicOptions)]).toEqual([1.5, 2, 1.5]);
    expect([...clustering(path, clusteringOptions)]).toEqual([0, 0, 0]);
    expect([...constraint(path, constraintOptions)][1]).toBe(0.5);
    expect([...cut.articulationPoints]).toEqual([1]);
    expect([...sizes.effectiveSize]).toEqual([1, 2, 1]);
    expect(central.converged).toBe(true);
    expect(ranks.values.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 12);
    expect(found.communityOf.length).toBe(3);
    expect([...ties.externalTies]).toEqual([1, 1]);
    expect(roles.coordinator.length).toBe(3);
  });

  it('name the columns of a file and the cells of a CSV table', () => {
    const field: FieldOf<'interactions'> = 'weight';
    const cells: CsvCell[] = ['P1', 2, true, null];
    const table: CsvTable = { header: [field, 'b', 'c', 'd'], rows: [cells] };
    expect(table.rows[0]).toEqual(['P1', 2, true, null]);
  });
});
