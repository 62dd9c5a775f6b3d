/**
 * The measures: per person, per team and of the whole network, one file each; see DESIGN.md §5
 * for their exact meaning.
 *
 * They are computed here on the compact network (typed arrays, compact-graph.ts), not with
 * graphology-metrics on a graphology copy, because of what the benchmark measured on the same
 * 21,000-person network (bench/results.md, "nodefinder's own code next to graphology-metrics"):
 * exact betweenness 236 s there against 18.9 s here (on two cores), exact closeness 46 s against
 * 9.8 s, eigenvector 2.6 s against 0.31 s, PageRank 0.49 s against 0.10 s, and making the
 * graphology copy alone takes 0.59 s. Every value agrees with graphology-metrics' to within 1e-11
 * of the largest.
 */

export { betweenness, BETWEENNESS_DEFAULTS } from './betweenness.js';
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
export { distanceCentralities, DISTANCE_CENTRALITIES_DEFAULTS } from './distance-centralities.js';
export type { DistanceCentralities, DistanceCentralitiesOptions } from './distance-centralities.js';
export { pathCentralities, PATH_CENTRALITIES_DEFAULTS } from './path-centralities.js';
export type { PathCentralities, PathCentralitiesOptions } from './path-centralities.js';
export type { PathProgress, ThreadCount } from './path-workers.js';
export { brokerage } from './brokerage.js';
export type { BrokerageCounts } from './brokerage.js';
export { personEiIndex } from './ei-index.js';
export { participationCoefficient, withinTeamDegreeZ } from './participation.js';
export { teamsReached } from './teams-reached.js';
export { teamTies } from './team-ties.js';
export type { TeamTies } from './team-ties.js';
export { teamAssignment, groupCount, NO_GROUP } from './team-assignment.js';
export { communities, COMMUNITIES_DEFAULTS } from './communities.js';
export type { Communities, CommunitiesOptions } from './communities.js';
export { modularity } from './modularity.js';
export { normalisedMutualInformation } from './normalised-mutual-information.js';
