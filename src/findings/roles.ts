/**
 * Roles: nodefinder's own judgements over the standard measures. Thresholds are percentiles of
 * this organisation's distribution (over people with at least one tie), so "a connector" means
 * "among the best-connected here", and every role carries the evidence that made it.
 *
 *   connector         degree ≥ P(connectorPercentile) and ≥ connectorMinDegree
 *   broker            betweenness ≥ P(brokerBetweennessPercentile), betweenness > 0,
 *                     and Burt's constraint ≤ P(brokerConstraintPercentile)
 *   boundary-spanner  participation ≥ P(spannerParticipationPercentile), participation > 0,
 *                     and ties into ≥ spannerMinTeams other teams
 *   peripheral        at least one tie, degree ≤ P(peripheralPercentile), no other role, and not a cut point
 *   isolate           no ties at all
 *   bottleneck        a broker who is also a cut point: leaving would cut people off
 *
 * A percentile that is also the median (half the people or more share the value, as in a ring
 * where everyone has four contacts) marks no one out: a role then needs a value beyond it
 * (evidence `>` for connector, broker and boundary spanner, `<` for peripheral), not at it, or
 * everyone would hold the role. Values that differ only by rounding are equal throughout
 * (evidence.ts).
 */
import { evidence, holds, type Evidence } from './evidence.js';
import { percentile } from './percentile.js';
import { formatCount, heldByTiesText } from '../number-text.js';

export const ROLES = ['connector', 'broker', 'boundary-spanner', 'bottleneck', 'peripheral', 'isolate'] as const;
export type Role = (typeof ROLES)[number];

/** The per-person measures roles are judged on, indexed by person. */
export interface RoleInputs {
  readonly degree: Float64Array;
  readonly betweenness: Float64Array;
  readonly constraint: Float64Array;
  readonly participation: Float64Array;
  readonly teamsReached: Float64Array;
  /** People who would be cut off from the rest if this person left (0 for non-cut-points). */
  readonly peopleCutOff: Float64Array;
  /** This person's ties to those people, and their summed strength (risks.ts). */
  readonly tiesToCutOff: Float64Array;
  readonly strengthToCutOff: Float64Array;
  /** True when strengths are summed weights, not counts of interactions: the evidence then says strength. */
  readonly summedWeights: boolean;
}

export interface RoleOptions {
  readonly connectorPercentile: number;
  readonly connectorMinDegree: number;
  readonly brokerBetweennessPercentile: number;
  readonly brokerConstraintPercentile: number;
  readonly spannerParticipationPercentile: number;
  readonly spannerMinTeams: number;
  readonly peripheralPercentile: number;
}

export const ROLE_DEFAULTS: RoleOptions = {
  connectorPercentile: 99,
  connectorMinDegree: 3,
  brokerBetweennessPercentile: 99,
  brokerConstraintPercentile: 50,
  spannerParticipationPercentile: 95,
  spannerMinTeams: 2,
  peripheralPercentile: 10,
};

/**
 * The comparison each threshold's rule makes: `>` (or `<` for peripheral) where the percentile is
 * also the median (see the header). Every output states a threshold with it, so that the words
 * never say "at least 4" where four contacts are not enough.
 */
export interface RoleComparisons {
  readonly degree: '>=' | '>';
  readonly betweenness: '>=' | '>';
  readonly constraint: '<=';
  readonly participation: '>=' | '>';
  readonly peripheralDegree: '<=' | '<';
}

/** The thresholds as computed for this organisation. */
export interface RoleThresholds {
  readonly degree: number;
  readonly betweenness: number;
  readonly constraint: number;
  readonly participation: number;
  readonly peripheralDegree: number;
  /** People with at least one tie: the population the percentiles are taken over. */
  readonly population: number;
  readonly comparisons: RoleComparisons;
}

export interface PersonRoles {
  readonly roles: readonly Role[];
  /** For each role held, the conditions it rests on. */
  readonly evidence: Readonly<Partial<Record<Role, readonly Evidence[]>>>;
}

/** Judges every person's roles. */
export function assignRoles(inputs: RoleInputs, options: Partial<RoleOptions> = {}): { people: PersonRoles[]; thresholds: RoleThresholds } {
  const o = { ...ROLE_DEFAULTS, ...options };
  const connected = (v: number) => inputs.degree[v] > 0;
  const population = inputs.degree.filter((d) => d > 0).length;
  const levels = {
    degree: Math.max(percentile(inputs.degree, o.connectorPercentile, connected), o.connectorMinDegree),
    betweenness: percentile(inputs.betweenness, o.brokerBetweennessPercentile, connected),
    constraint: percentile(inputs.constraint, o.brokerConstraintPercentile, connected),
    participation: percentile(inputs.participation, o.spannerParticipationPercentile, connected),
    peripheralDegree: percentile(inputs.degree, o.peripheralPercentile, connected),
  };
  // A threshold that is also the median is strict (see the header).
  const medianDegree = percentile(inputs.degree, 50, connected);
  const above = (threshold: number, median: number) => (holds(threshold, '<=', median) ? '>' : '>=');
  const comparisons: RoleComparisons = {
    degree: above(levels.degree, medianDegree),
    betweenness: above(levels.betweenness, percentile(inputs.betweenness, 50, connected)),
    constraint: '<=',
    participation: above(levels.participation, percentile(inputs.participation, 50, connected)),
    peripheralDegree: holds(levels.peripheralDegree, '>=', medianDegree) ? '<' : '<=',
  };
  const thresholds: RoleThresholds = { ...levels, population, comparisons };
  const top = (measure: 'degree' | 'betweenness' | 'participation') => comparisons[measure];
  const atTop = (measure: 'degree' | 'betweenness' | 'participation', value: number, threshold: number) => holds(value, top(measure), threshold);
  const edge = comparisons.peripheralDegree;
  const over = `over ${formatCount(population)} people with ties`;
  const basis = (p: number, measure: string) => `${ordinal(p)} percentile of ${measure} ${over}`;

  const people: PersonRoles[] = [];
  for (let v = 0; v < inputs.degree.length; v++) {
    const roles: Role[] = [];
    const why: Partial<Record<Role, Evidence[]>> = {};
    const give = (role: Role, conditions: Evidence[]) => {
      roles.push(role);
      why[role] = conditions;
    };
    const degree = inputs.degree[v];
    if (degree === 0) {
      give('isolate', [evidence('degree', 0, '==', 0, 'no ties at all')]);
      people.push({ roles, evidence: why });
      continue;
    }
    if (atTop('degree', degree, thresholds.degree)) {
      give('connector', [
        evidence('degree', degree, top('degree'), thresholds.degree, `${basis(o.connectorPercentile, 'degree')}, at least ${o.connectorMinDegree}`),
      ]);
    }
    const betweenness = inputs.betweenness[v];
    const constraint = inputs.constraint[v];
    const isBroker = betweenness > 0 && atTop('betweenness', betweenness, thresholds.betweenness) && holds(constraint, comparisons.constraint, thresholds.constraint);
    if (isBroker) {
      give('broker', [
        evidence('betweenness', betweenness, top('betweenness'), thresholds.betweenness, basis(o.brokerBetweennessPercentile, 'betweenness')),
        evidence('constraint', constraint, comparisons.constraint, thresholds.constraint, basis(o.brokerConstraintPercentile, 'constraint')),
      ]);
    }
    const participation = inputs.participation[v];
    if (participation > 0 && atTop('participation', participation, thresholds.participation) && inputs.teamsReached[v] >= o.spannerMinTeams) {
      give('boundary-spanner', [
        evidence('participation', participation, top('participation'), thresholds.participation, basis(o.spannerParticipationPercentile, 'participation')),
        evidence('teamsReached', inputs.teamsReached[v], '>=', o.spannerMinTeams, 'option spannerMinTeams'),
      ]);
    }
    if (isBroker && inputs.peopleCutOff[v] > 0) {
      // The ties holding the people cut off, so that a cut point resting on one chance contact can be discounted.
      const held = `held by ${heldByTiesText(inputs.tiesToCutOff[v], inputs.strengthToCutOff[v], inputs.summedWeights)}`;
      give('bottleneck', [...why.broker!, evidence('peopleCutOff', inputs.peopleCutOff[v], '>', 0, `a cut point: people lose their only path to the rest, ${held}`)]);
    }
    // Someone whose leaving would cut people off is not on the edge, however few their ties (the
    // only link into a silo, say).
    if (holds(degree, edge, thresholds.peripheralDegree) && roles.length === 0 && inputs.peopleCutOff[v] === 0) {
      give('peripheral', [
        evidence('degree', degree, edge, thresholds.peripheralDegree, basis(o.peripheralPercentile, 'degree')),
        evidence('peopleCutOff', 0, '==', 0, 'not a single point of failure'),
      ]);
    }
    people.push({ roles, evidence: why });
  }
  return { people, thresholds };
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
