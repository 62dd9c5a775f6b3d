/**
 * The one place that composes measures into an Analysis: a pure function of the organisation
 * and the options. Same input, same options: the same Analysis, and byte-identical JSON.
 */
import { checkAnalyseOptions } from './analyse-options-check.js';
import { UsageError } from './errors.js';
import { withDefaults } from './option-names.js';
import { assignRoles, ROLE_DEFAULTS, type Role, type RoleOptions, type RoleThresholds } from './findings/roles.js';
import { judgeSilos, SILO_DEFAULTS, type SiloOptions } from './findings/silos.js';
import { cutOffParts, listRisks, type Risks } from './findings/risks.js';
import type { Evidence } from './findings/evidence.js';
import type { LoadReport } from './load/report.js';
import { brokerage } from './measures/brokerage.js';
import { clustering } from './measures/clustering.js';
import { communities, NO_COMMUNITY } from './measures/communities.js';
import { constraint } from './measures/constraint.js';
import { countComponents, cutPoints } from './measures/cut-points.js';
import { largestStandardError } from './measures/largest-standard-error.js';
import { degree } from './measures/degree.js';
import { effectiveSize } from './measures/effective-size.js';
import { personEiIndex } from './measures/ei-index.js';
import { eigenvector } from './measures/eigenvector.js';
import { normalisedMutualInformation } from './measures/normalised-mutual-information.js';
import { pagerank } from './measures/pagerank.js';
import { pathCentralities } from './measures/path-centralities.js';
import type { ThreadCount } from './measures/path-workers.js';
import { participationCoefficient, withinTeamDegreeZ } from './measures/participation.js';
import { strength } from './measures/strength.js';
import { teamAssignment } from './measures/team-assignment.js';
import { teamStrata } from './measures/team-strata.js';
import { teamTies } from './measures/team-ties.js';
import { teamsReached } from './measures/teams-reached.js';
import type { Organisation } from './organisation/organisation.js';
import type { PrivacyApplied } from './privacy/release.js';
import { planIntroductions, type Introduction, type IntroductionOptions, type IntroductionsApplied } from './introductions/suggest-introductions.js';

/** Version of the JSON output's shape; raised on any incompatible change. */
export const SCHEMA_VERSION = 4;

export interface AnalyseOptions {
  /** Path measures use distance = 1 / strength instead of counting steps. */
  readonly weighted: boolean;
  /** Centralities on the directed network instead of the undirected one. */
  readonly directed: boolean;
  /** Betweenness, closeness and harmonic: `auto` is exact up to `exactUpTo` people, sampled above. */
  readonly betweenness: 'auto' | 'exact' | 'sampled';
  /** Organisations up to this size get exact path measures under `auto`. */
  readonly exactUpTo: number;
  /**
   * Sources sampled when path measures are estimated, spread evenly over teams (grouped by
   * department). At 21,000 people 1,000 such sources keep 18–20 of the exact top 20 by
   * betweenness in the sampled top 20 over seeds 1–10, where 500 uniform ones kept 14–18
   * (README, Performance and scale).
   */
  readonly samples: number;
  /** Seed of every random choice (sampled sources, Louvain's visiting order). */
  readonly seed: number;
  /** Louvain resolution. */
  readonly resolution: number;
  /**
   * Threads for the path measures: `'auto'` uses every core on large networks. Results are
   * bit-for-bit the same whatever it is, so it is not recorded in the output.
   */
  readonly threads: ThreadCount;
  readonly roles: Partial<RoleOptions>;
  readonly silos: Partial<SiloOptions>;
  readonly introductions: Partial<IntroductionOptions>;
}

export const ANALYSE_DEFAULTS: AnalyseOptions = {
  weighted: false,
  directed: false,
  betweenness: 'auto',
  exactUpTo: 5_000,
  samples: 1_000,
  seed: 1,
  resolution: 1,
  threads: 'auto',
  roles: {},
  silos: {},
  introductions: {},
};

/** Brokerage role counts of one person. */
export interface BrokerageRoles {
  readonly coordinator: number;
  readonly itinerant: number;
  readonly gatekeeper: number;
  readonly representative: number;
  readonly liaison: number;
}

/** One person's measures and roles. Measures that do not apply are null (NaN in memory). */
export interface PersonAnalysis {
  readonly id: string;
  readonly name: string;
  /** Team id, or null. */
  readonly team: string | null;
  readonly degree: number;
  readonly inDegree: number;
  readonly outDegree: number;
  readonly strength: number;
  readonly betweenness: number;
  readonly closeness: number;
  readonly harmonic: number;
  readonly pagerank: number;
  readonly eigenvector: number;
  readonly clustering: number;
  readonly constraint: number;
  readonly effectiveSize: number;
  readonly efficiency: number;
  readonly eiIndex: number;
  readonly participation: number;
  readonly withinTeamZ: number;
  readonly teamsReached: number;
  /**
   * Louvain community, numbered from 0; NaN for a person with no ties, who is in none, and for a
   * small team's member in a release (privacy/release.ts).
   */
  readonly community: number;
  readonly peopleCutOff: number;
  readonly teamsCutOff: number;
  readonly brokerage: BrokerageRoles;
  readonly roles: readonly Role[];
  readonly evidence: Readonly<Partial<Record<Role, readonly Evidence[]>>>;
  /** Staff columns named with --keep-attributes; only in released output (src/privacy/release.ts). */
  readonly attributes?: Readonly<Record<string, string>>;
}

export interface TeamAnalysis {
  readonly id: string;
  readonly name: string;
  readonly parent: string;
  readonly size: number;
  readonly internalTies: number;
  readonly externalTies: number;
  readonly density: number;
  readonly eiIndex: number;
  readonly teamsReached: number;
  readonly busFactor: number;
  /** Id of the member who carries the largest share of external ties, or null. */
  readonly busFactorPerson: string | null;
  readonly silo: boolean;
  readonly evidence: readonly Evidence[];
}

export type { Bridge, Risks, SinglePointOfFailure } from './findings/risks.js';

/** How a path measure was computed: exactly from everyone, or estimated from a seeded sample of sources. */
export interface PathMeasureMethod {
  readonly mode: 'exact' | 'sampled';
  /** Sources searched from: the sample's size when sampled, everyone (the number of people) when exact. */
  readonly samples: number;
  /** Seed of the sample; null when exact. */
  readonly seed: number | null;
  /** Largest standard error of the estimates; null when exact. */
  readonly maxStandardError: number | null;
}

export interface Analysis {
  readonly schemaVersion: number;
  readonly options: {
    readonly weighted: boolean;
    readonly directed: boolean;
    readonly pathMeasures: string;
    /** How betweenness, closeness and harmonic were computed, with the largest standard error of each estimate. */
    readonly betweenness: PathMeasureMethod;
    readonly closeness: PathMeasureMethod;
    readonly harmonic: PathMeasureMethod;
    readonly seed: number;
    readonly resolution: number;
    readonly roles: RoleOptions;
    readonly silos: SiloOptions;
    readonly introductions: IntroductionsApplied;
  };
  readonly load: LoadReport | null;
  readonly summary: {
    readonly people: number;
    readonly teams: number;
    readonly ties: number;
    readonly density: number;
    readonly components: number;
    readonly largestComponent: number;
    readonly isolates: number;
    /** Louvain communities of the people with ties: an isolate is in none. */
    readonly communities: number;
    readonly modularity: number;
    /** Agreement of the communities with the formal teams, over the people with ties and a team. */
    readonly communityTeamNmi: number;
    readonly silos: number;
    readonly singlePointsOfFailure: number;
    readonly bridges: number;
  };
  readonly thresholds: RoleThresholds;
  readonly people: readonly PersonAnalysis[];
  readonly teams: readonly TeamAnalysis[];
  readonly risks: Risks;
  /** Suggested introductions, best first (see src/introductions). */
  readonly introductions: readonly Introduction[];
  /** The protections applied, present in output that may leave the machine (src/privacy/release.ts). */
  readonly privacy?: PrivacyApplied;
}

/** Everything measured and judged, before introductions are suggested from it. */
export type OrganisationMeasures = Omit<Analysis, 'introductions' | 'privacy' | 'options'> & { readonly options: Omit<Analysis['options'], 'introductions'> };

/**
 * For progress displays: called as each stage starts, with no share; then, during a long stage
 * (the path measures, which take minutes on a large organisation), again with the same stage and
 * the share of it done, from 0 to 1, each time another whole percent is done, ending at 1.
 */
export type AnalyseProgress = (stage: string, share?: number) => void;

/** Measures the organisation and judges roles, silos and risks. */
export function analyse(
  organisation: Organisation,
  options: Partial<AnalyseOptions> = {},
  load: LoadReport | null = null,
  onProgress: AnalyseProgress = () => {},
): Analysis {
  checkAnalyseOptions(options);
  // Measures of a network without ties are numbers about nothing (percentiles of nothing, E-I
  // indices of 0/0): refuse, as the CLI does with NO_INTERACTIONS.
  if (organisation.ties.length === 0) {
    throw new UsageError('analyse: the organisation has no ties, so there is no network to analyse',
      'build it from interactions that were used: the load report lists the rows skipped and why');
  }
  const o = withDefaults(ANALYSE_DEFAULTS, options);
  // Read without direction, the directed view is each tie both ways: directed centralities would repeat the undirected ones.
  if (o.directed && organisation.undirected) {
    throw new UsageError('analyse: directed measures centralities on the directed network, but the organisation was read with undirected, so it holds each tie both ways',
      'leave out directed for data without direction, or load it without undirected');
  }
  const { people, teams } = organisation;
  const n = people.length;
  const undirected = organisation.network;
  const centralityGraph = o.directed ? organisation.directedNetwork : undirected;
  const teamOf = teamAssignment(organisation);

  onProgress('degree and strength');
  const degrees = degree(undirected);
  const inDegrees = degree(organisation.directedNetwork, { direction: 'in' });
  const outDegrees = degree(organisation.directedNetwork, { direction: 'out' });
  const strengths = strength(undirected);

  const pathStage = 'betweenness, closeness and harmonic';
  onProgress(pathStage);
  const sampled = o.betweenness === 'sampled' || (o.betweenness === 'auto' && n > o.exactUpTo);
  // One search per source gives all three (path-centralities.ts).
  const paths = pathCentralities(centralityGraph, {
    weighted: o.weighted,
    samples: sampled ? Math.min(o.samples, n) : null,
    seed: o.seed,
    // Colleagues reach the rest of the organisation along much the same paths, so spreading the
    // sources over teams makes the estimates far steadier from seed to seed (team-strata.ts).
    strata: sampled ? teamStrata(organisation) : null,
    threads: o.threads,
    onProgress: (share) => onProgress(pathStage, share),
  });
  const between = paths.betweenness;
  const distances = paths.distances;
  const close = distances.closeness;
  const harmonicValues = distances.harmonic;
  onProgress('PageRank and eigenvector');
  const rank = pagerank(centralityGraph).values;
  const eigen = eigenvector(undirected).values;
  onProgress('clustering and structural holes');
  const clusteringValues = clustering(undirected);
  const constraintValues = constraint(undirected);
  const effective = effectiveSize(undirected);
  onProgress('team measures');
  const ei = personEiIndex(undirected, teamOf);
  const participation = participationCoefficient(undirected, teamOf);
  const withinZ = withinTeamDegreeZ(undirected, teamOf);
  const reached = teamsReached(undirected, teamOf);
  const brokers = brokerage(organisation.directedNetwork, teamOf);
  const teamFigures = teamTies(undirected, teamOf, teams.length);
  onProgress('communities');
  const found = communities(undirected, { seed: o.seed, resolution: o.resolution });
  onProgress('cut points');
  const cut = cutPoints(undirected);
  const cutOff = cutOffParts(undirected, cut, teamOf);
  const teamsLost = cutOff.teams;
  const peopleCutOff = Float64Array.from(cut.cutOff);

  onProgress('roles and silos');
  const roleOptions = { ...ROLE_DEFAULTS, ...o.roles };
  const siloOptions = { ...SILO_DEFAULTS, ...o.silos };
  const judged = assignRoles(
    { degree: degrees, betweenness: between.values, constraint: constraintValues, participation, teamsReached: reached, peopleCutOff, tiesToCutOff: cutOff.ties, strengthToCutOff: cutOff.strength,
      // As the load report says, else (an organisation built without one) as the organisation holds them.
      summedWeights: load?.summedWeights ?? organisation.weighted },
    roleOptions,
  );
  const silos = judgeSilos(teamFigures, siloOptions);

  const teamId = (v: number) => teams[teamOf[v]]?.id ?? null;
  const personResults: PersonAnalysis[] = people.map((person, v) => ({
    id: person.id,
    name: person.name,
    team: teamId(v),
    degree: degrees[v],
    inDegree: inDegrees[v],
    outDegree: outDegrees[v],
    strength: strengths[v],
    betweenness: between.values[v],
    closeness: close[v],
    harmonic: harmonicValues[v],
    pagerank: rank[v],
    eigenvector: eigen[v],
    clustering: clusteringValues[v],
    constraint: constraintValues[v],
    effectiveSize: effective.effectiveSize[v],
    efficiency: effective.efficiency[v],
    eiIndex: ei[v],
    participation: participation[v],
    withinTeamZ: withinZ[v],
    teamsReached: reached[v],
    community: found.communityOf[v] === NO_COMMUNITY ? NaN : found.communityOf[v],
    peopleCutOff: peopleCutOff[v],
    teamsCutOff: teamsLost[v],
    brokerage: {
      coordinator: brokers.coordinator[v],
      itinerant: brokers.itinerant[v],
      gatekeeper: brokers.gatekeeper[v],
      representative: brokers.representative[v],
      liaison: brokers.liaison[v],
    },
    roles: judged.people[v].roles,
    evidence: judged.people[v].evidence,
  }));

  const teamResults: TeamAnalysis[] = teams.map((team, t) => ({
    id: team.id,
    name: team.name,
    parent: team.parent,
    size: teamFigures.size[t],
    internalTies: teamFigures.internalTies[t],
    externalTies: teamFigures.externalTies[t],
    density: teamFigures.density[t],
    eiIndex: teamFigures.eiIndex[t],
    teamsReached: teamFigures.teamsReached[t],
    busFactor: teamFigures.busFactor[t],
    busFactorPerson: teamFigures.busFactorPerson[t] >= 0 ? people[teamFigures.busFactorPerson[t]].id : null,
    silo: silos[t].silo,
    evidence: silos[t].evidence,
  }));

  const risks = listRisks(organisation, cut, cutOff, teamId);

  const componentCount = countComponents(cut.componentSize);
  let largestComponent = 0;
  for (const size of cut.componentSize) if (size > largestComponent) largestComponent = size;
  const pairs = (n * (n - 1)) / 2;

  const measured: OrganisationMeasures = {
    schemaVersion: SCHEMA_VERSION,
    options: {
      weighted: o.weighted,
      directed: o.directed,
      pathMeasures: o.weighted ? 'weighted: distance = 1 / strength' : 'unweighted: every tie is one step',
      betweenness: { mode: between.mode, samples: between.samples, seed: between.seed, maxStandardError: largestStandardError(between.standardError) },
      closeness: { mode: distances.mode, samples: distances.samples, seed: distances.seed, maxStandardError: largestStandardError(distances.closenessStandardError) },
      harmonic: { mode: distances.mode, samples: distances.samples, seed: distances.seed, maxStandardError: largestStandardError(distances.harmonicStandardError) },
      seed: o.seed,
      resolution: o.resolution,
      roles: roleOptions,
      silos: siloOptions,
    },
    load,
    summary: {
      people: n,
      teams: teams.length,
      ties: organisation.ties.length,
      density: pairs === 0 ? 0 : organisation.ties.length / pairs,
      components: componentCount,
      largestComponent,
      isolates: degrees.filter((d) => d === 0).length,
      communities: found.count,
      modularity: found.modularity,
      communityTeamNmi: normalisedMutualInformation(found.communityOf, teamOf),
      silos: silos.filter((s) => s.silo).length,
      singlePointsOfFailure: risks.singlePointsOfFailure.length,
      bridges: risks.bridges.length,
    },
    thresholds: judged.thresholds,
    people: personResults,
    teams: teamResults,
    risks,
  };
  onProgress('introductions');
  const plan = planIntroductions(organisation, measured, o.introductions);
  return { ...measured, options: { ...measured.options, introductions: plan.applied }, introductions: plan.introductions };
}
