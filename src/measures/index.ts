/** The per-person measures: one file each; see DESIGN.md §5 for their exact meaning. */

export { betweenness, accumulateDependencies, BETWEENNESS_DEFAULTS } from './betweenness.js';
export type { BetweennessOptions, BetweennessResult } from './betweenness.js';
export { closeness, CLOSENESS_DEFAULTS } from './closeness.js';
export type { ClosenessOptions } from './closeness.js';
export { clustering, CLUSTERING_DEFAULTS } from './clustering.js';
export type { ClusteringOptions } from './clustering.js';
export { constraint, CONSTRAINT_DEFAULTS } from './constraint.js';
export type { ConstraintOptions } from './constraint.js';
export { cutPoints, CUT_POINTS_DEFAULTS } from './cut-points.js';
export type { CutPointsOptions, CutPointsResult } from './cut-points.js';
export { degree, DEGREE_DEFAULTS } from './degree.js';
export type { DegreeOptions, Direction } from './degree.js';
export { effectiveSize, EFFECTIVE_SIZE_DEFAULTS } from './effective-size.js';
export type { EffectiveSizeOptions, EffectiveSizeResult } from './effective-size.js';
export { eigenvector, EIGENVECTOR_DEFAULTS } from './eigenvector.js';
export type { EigenvectorOptions, EigenvectorResult } from './eigenvector.js';
export { harmonic, HARMONIC_DEFAULTS } from './harmonic.js';
export type { HarmonicOptions } from './harmonic.js';
export { pagerank, PAGERANK_DEFAULTS } from './pagerank.js';
export type { PagerankOptions, PagerankResult } from './pagerank.js';
export { seededRandom, sampleWithoutReplacement } from './seeded-random.js';
export type { RandomSource } from './seeded-random.js';
export { strength, STRENGTH_DEFAULTS } from './strength.js';
export type { StrengthOptions } from './strength.js';
export { undirectedView } from './undirected-view.js';
export type { UndirectedViewOptions } from './undirected-view.js';
