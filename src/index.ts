/**
 * nodefinder's library API. Everything a script needs is re-exported here by name; nothing
 * else in the package is public.
 */

/** Errors: `InputError` (a file problem, with file/line/column), `UsageError`, `OutputError`, their base and exit codes. */
export { EXIT_CODES, InputError, NodefinderError, OutputError, UsageError, type InputErrorCode } from './errors.js';

/** Loading: `loadOrganisation(options)` reads the files and returns the organisation and the load report. */
export {
  DEFAULT_FILES,
  loadOrganisation,
  type LoadOptions,
  type LoadProgress,
  type LoadResult,
} from './load/load-organisation.js';
export type { LoadThreads } from './load/second-part.js';
/** Column names nodefinder recognises, and the `--columns` syntax. */
export { ALIASES, FIELDS, parseColumnMapping, type ColumnMapping, type FieldOf, type FileKind } from './load/columns.js';
export type { Delimiter, DelimiterName } from './load/delimiter.js';
export type { InteractionsFormat } from './load/interactions.js';
/** The load report: every row used or skipped with a reason. */
export { SKIP_REASONS, type FileReport, type LoadReport, type LoadSettings, type SkipReason, type SkippedRows } from './load/report.js';
export { parseTimestamp, parseWindowEnd, type DateOrder } from './load/values.js';

/** The organisation model. */
export { createOrganisation, NO_TEAM, type Organisation, type OrganisationParts, type Person, type Team } from './organisation/organisation.js';
export type { TieTable } from './organisation/tie-table.js';
export { degreeOf, directedGraph, undirectedGraph, type Adjacency, type ArcList, type CompactGraph } from './organisation/compact-graph.js';
/** The organisation as a graphology Graph, for the JavaScript graph ecosystem. */
export { toGraphology, type PersonNodeAttributes, type TieEdgeAttributes, type ToGraphologyOptions } from './organisation/to-graphology.js';

/** Presenting the load report as text. */
export { formatLoadReport, PLAIN, type TextStyle } from './present/load-report-text.js';

/** Analysis: `analyse(organisation, options, loadReport)` measures everything and judges roles, silos and risks. */
export {
  analyse,
  ANALYSE_DEFAULTS,
  SCHEMA_VERSION,
  type Analysis,
  type AnalyseOptions,
  type AnalyseProgress,
  type BrokerageRoles,
  type OrganisationMeasures,
  type PathMeasureMethod,
  type PersonAnalysis,
  type SinglePointOfFailure,
  type TeamAnalysis,
} from './analyse.js';
export { ROLE_DEFAULTS, ROLES, type Role, type RoleOptions, type RoleThresholds } from './findings/roles.js';
export { SILO_DEFAULTS, type SiloOptions } from './findings/silos.js';
export type { Evidence } from './findings/evidence.js';
/** Presenting an analysis. */
export { formatJson } from './present/json.js';
export { formatText } from './present/text.js';
/** Introductions: who should meet whom, and who can introduce them. */
export { INTRODUCTION_DEFAULTS, planIntroductions, suggestIntroductions, type Introduction, type IntroductionOptions, type IntroductionPlan, type IntroductionsApplied } from './introductions/suggest-introductions.js';
export { formatCsv } from './present/csv.js';
/** Reports and exports of a released analysis: HTML and Markdown reports, GEXF and GraphML networks, CSV tables. */
export { formatHtml } from './present/html/format-html.js';
export { formatMarkdown, type MarkdownOptions } from './present/markdown.js';
export { formatGexf, gexfLines } from './present/gexf.js';
export { formatGraphml, graphmlLines } from './present/graphml.js';
export { CSV_TABLES, formatCsvTable, introductionsTable, peopleTable, teamsTable, type CsvCell, type CsvTable, type CsvTableName } from './present/csv-tables.js';
/**
 * Privacy: `releaseAnalysis` gives what may leave the machine (small teams suppressed, staff
 * columns only when named); `pseudonymiseOrganisation` puts people under keyed-hash pseudonyms.
 */
export { PRIVACY_DEFAULTS, releaseAnalysis, type PrivacyApplied, type PrivacyOptions } from './privacy/release.js';
export { pseudonym, pseudonymiseOrganisation } from './privacy/pseudonymise.js';
export { IDENTIFYING_COLUMNS, isIdentifyingColumn } from './privacy/keepable-columns.js';
export { MINIMUM_KEY_BYTES, readPseudonymKey } from './privacy/pseudonym-key.js';
export { findPseudonyms, reidentify, type Reidentified } from './privacy/reidentify.js';
export { privacyNote } from './present/privacy-note.js';
/**
 * Comparing two periods or two data folders: `compare(before, after, options)` returns a plain,
 * serialisable `Comparison`; `likeForLike` gives the stretch of a longer before period to compare,
 * `coveredPart` the part of a period the data covers, which compare measures it by, and
 * `planNoiseWindows` and `measureWindow` the windows of the before period that normal variation is
 * measured on (see src/compare).
 */
export {
  CHANCE_SHARES,
  compare,
  coveredPart,
  COMPARE_DEFAULTS,
  COMPARISON_SCHEMA_VERSION,
  COUNT_RESOLUTION,
  judgeVariation,
  likeForLike,
  measureWindow,
  normalVariation,
  parsePeriodRange,
  planNoiseWindows,
  type Change,
  type ComparedPeriod,
  type ComparedPeriodSummary,
  type CompareOptions,
  type Comparison,
  type JudgedChange,
  type JudgedCount,
  type MembershipChange,
  type NewSinglePointOfFailure,
  type NoiseDescription,
  type PairChange,
  type PeriodRange,
  type PersonChange,
  type PersonPresence,
  type PersonRef,
  type Ranked,
  type Repair,
  type RepairTarget,
  type RoleChange,
  type TeamChange,
  type TeamMove,
  type TeamRef,
  type Variation,
  type WindowFigures,
} from './compare/index.js';
/** Presenting a comparison. */
export { formatComparisonText } from './present/comparison-text.js';
export { formatComparisonMarkdown } from './present/comparison-markdown.js';
export { formatComparisonHtml } from './present/comparison-html.js';
/** Every measure, one function each, over `organisation.network` (see src/measures). */
export {
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
  modularity,
  normalisedMutualInformation,
  pagerank,
  participationCoefficient,
  pathCentralities,
  personEiIndex,
  strength,
  teamAssignment,
  teamsReached,
  teamTies,
  withinTeamDegreeZ,
} from './measures/index.js';
/** The measures' options and results; `ThreadCount` is also `analyse`'s `threads`, `PathProgress` the path measures' `onProgress`. */
export type {
  BetweennessOptions,
  BetweennessResult,
  BrokerageCounts,
  ClosenessOptions,
  ClusteringOptions,
  Communities,
  CommunitiesOptions,
  ConstraintOptions,
  CutPointsOptions,
  CutPointsResult,
  DegreeOptions,
  Direction,
  DistanceCentralities,
  DistanceCentralitiesOptions,
  EffectiveSizeOptions,
  EffectiveSizeResult,
  EigenvectorOptions,
  EigenvectorResult,
  HarmonicOptions,
  PagerankOptions,
  PagerankResult,
  PathCentralities,
  PathCentralitiesOptions,
  PathProgress,
  StrengthOptions,
  TeamTies,
  ThreadCount,
} from './measures/index.js';
