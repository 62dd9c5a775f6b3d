/** Hand-computed role and silo judgements on small, explicit measure tables. */
import { describe, expect, it } from 'vitest';
import { percentile } from '../../src/findings/percentile.js';
import { assignRoles } from '../../src/findings/roles.js';
import { judgedWithoutOtherTeams, judgeSilos } from '../../src/findings/silos.js';
import { formatMarkdown } from '../../src/present/markdown.js';
import { NO_OTHER_TEAM } from '../../src/present/silos-shown.js';
import { formatText } from '../../src/present/text.js';
import { silosTab } from '../../src/ui/tabs/silos-tab.js';
import { tabContext } from '../../src/ui/tabs/tab-definition.js';
import { analyse } from '../../src/analyse.js';
import { tinyOrganisation } from '../introductions/build.js';
import type { TeamTies } from '../../src/measures/team-ties.js';

const f = (values: number[]) => Float64Array.from(values);

describe('percentile (nearest rank)', () => {
  it('returns an observed value', () => {
    const values = f([5, 1, 4, 2, 3]);
    expect(percentile(values, 100)).toBe(5);
    expect(percentile(values, 80)).toBe(4);
    expect(percentile(values, 50)).toBe(3);
    expect(percentile(values, 10)).toBe(1);
  });
  it('takes only included, finite values', () => {
    expect(percentile(f([9, 1, NaN, 2]), 100, (i) => i > 0)).toBe(2);
    expect(percentile(f([]), 50)).toBeNaN();
  });
});

describe('assignRoles', () => {
  // Ten people. 0: many ties; 1: high betweenness, low constraint, a cut point; 2: spread over
  // teams; 9: no ties; 8: one tie.
  const inputs = {
    degree: f([12, 6, 5, 4, 4, 3, 3, 3, 1, 0]),
    betweenness: f([0.1, 0.5, 0.05, 0.01, 0.01, 0, 0, 0, 0, 0]),
    constraint: f([0.2, 0.15, 0.3, 0.5, 0.5, 0.6, 0.6, 0.6, 1, NaN]),
    participation: f([0.2, 0.3, 0.7, 0, 0, 0, 0, 0, 0, NaN]),
    teamsReached: f([1, 2, 3, 0, 0, 0, 0, 0, 0, 0]),
    peopleCutOff: f([0, 4, 0, 0, 0, 0, 0, 0, 0, 0]),
    // Person 1 holds the 4 people by 2 ties of 3 and 4 interactions.
    tiesToCutOff: f([0, 2, 0, 0, 0, 0, 0, 0, 0, 0]),
    strengthToCutOff: f([0, 7, 0, 0, 0, 0, 0, 0, 0, 0]),
    summedWeights: false,
  };
  const { people, thresholds } = assignRoles(inputs, {
    connectorPercentile: 90,
    brokerBetweennessPercentile: 90,
    spannerParticipationPercentile: 90,
  });

  it('computes thresholds over people with ties', () => {
    // 9 people with ties; the 90th percentile is the 9th smallest (rank ceil(8.1) = 9).
    expect(thresholds).toEqual({
      degree: 12, betweenness: 0.5, constraint: 0.5, participation: 0.7, peripheralDegree: 1, population: 9,
      comparisons: { degree: '>=', betweenness: '>=', constraint: '<=', participation: '>=', peripheralDegree: '<=' },
    });
  });
  it('judges each person with evidence', () => {
    expect(people.map((p) => p.roles)).toEqual([
      ['connector'],
      ['broker', 'bottleneck'],
      ['boundary-spanner'],
      [], [], [], [], [],
      ['peripheral'],
      ['isolate'],
    ]);
    expect(people[0].evidence.connector).toEqual([
      { measure: 'degree', value: 12, comparison: '>=', threshold: 12, basis: '90th percentile of degree over 9 people with ties, at least 3' },
    ]);
    expect(people[1].evidence.bottleneck?.map((e) => e.measure)).toEqual(['betweenness', 'constraint', 'peopleCutOff']);
    // The ties that hold the people cut off, so that a cut point resting on a chance contact can be discounted.
    expect(people[1].evidence.bottleneck?.[2]).toEqual({
      measure: 'peopleCutOff', value: 4, comparison: '>', threshold: 0, basis: 'a cut point: people lose their only path to the rest, held by 2 ties of 7 interactions',
    });
    // In the reports' words: a single interaction may be chance; a summed weight counts no interactions.
    const single = { ...inputs, tiesToCutOff: f([0, 1, 0, 0, 0, 0, 0, 0, 0, 0]), strengthToCutOff: f([0, 1, 0, 0, 0, 0, 0, 0, 0, 0]) };
    const chance = assignRoles(single, { connectorPercentile: 90, brokerBetweennessPercentile: 90 });
    expect(chance.people[1].evidence.bottleneck?.[2].basis).toBe('a cut point: people lose their only path to the rest, held by 1 tie of 1 interaction, which may be chance');
    const weights = assignRoles({ ...single, summedWeights: true }, { connectorPercentile: 90, brokerBetweennessPercentile: 90 });
    expect(weights.people[1].evidence.bottleneck?.[2].basis).toBe('a cut point: people lose their only path to the rest, held by 1 tie of strength 1');
  });
  it('never calls a single point of failure peripheral, however few their ties (the only link into a silo)', () => {
    const cut = assignRoles({ ...inputs, peopleCutOff: f([0, 4, 0, 0, 0, 0, 0, 0, 3, 0]) }, { connectorPercentile: 90, brokerBetweennessPercentile: 90, spannerParticipationPercentile: 90 });
    expect(cut.people[8].roles).toEqual([]);
    expect(people[8].evidence.peripheral).toEqual([
      { measure: 'degree', value: 1, comparison: '<=', threshold: 1, basis: '10th percentile of degree over 9 people with ties' },
      { measure: 'peopleCutOff', value: 0, comparison: '==', threshold: 0, basis: 'not a single point of failure' },
    ]);
  });
  it('marks no one out where half the people or more share the top value (a ring where all have four contacts)', () => {
    const ring = assignRoles({
      degree: f(new Array(8).fill(4)),
      betweenness: f(new Array(8).fill(0.05)),
      constraint: f(new Array(8).fill(0.4)),
      participation: f(new Array(8).fill(0.5)),
      teamsReached: f(new Array(8).fill(2)),
      peopleCutOff: f(new Array(8).fill(0)),
      tiesToCutOff: f(new Array(8).fill(0)),
      strengthToCutOff: f(new Array(8).fill(0)),
      summedWeights: false,
    });
    expect(ring.people.map((p) => p.roles)).toEqual(new Array(8).fill([]));
    // The thresholds carry the comparison their rules make, for the outputs to state it.
    expect(ring.thresholds.comparisons).toEqual({ degree: '>', betweenness: '>', constraint: '<=', participation: '>', peripheralDegree: '<' });
    // Nine share the 90th percentile, which is the median: only the one above it is a connector, by '>'.
    const nearlyFlat = assignRoles({ ...inputs, degree: f([4, 4, 4, 4, 4, 4, 4, 4, 4, 5]) }, { connectorPercentile: 90 });
    expect(nearlyFlat.people.map((p) => p.roles.includes('connector'))).toEqual([false, false, false, false, false, false, false, false, false, true]);
    expect(nearlyFlat.people[9].evidence.connector![0]).toMatchObject({ value: 5, comparison: '>', threshold: 4 });
    // Likewise at the edge: of 20 people, 19 have 2 contacts, so the 10th percentile is the median,
    // 2, and only the one with 1 contact is peripheral, by '<'.
    const zeros = f(new Array(20).fill(0));
    const edge = assignRoles({ degree: f([1, ...new Array(19).fill(2)]), betweenness: zeros, constraint: f(new Array(20).fill(0.5)), participation: zeros, teamsReached: zeros, peopleCutOff: zeros, tiesToCutOff: zeros, strengthToCutOff: zeros, summedWeights: false });
    expect(edge.people.map((p) => p.roles.includes('peripheral'))).toEqual([true, ...new Array(19).fill(false)]);
    expect(edge.people[0].evidence.peripheral![0]).toMatchObject({ value: 1, comparison: '<', threshold: 2 });
  });
  it('judges alike values that differ only in their last bits (sums taken in another order)', () => {
    // Ten people in one position, whose betweenness and constraint came out of the sums as
    // 0.09473684210526317 or …316 and 0.49358698905011456 or …467, and ten with none.
    const position = (v: number) => v < 10;
    const lastBit = (value: number, v: number) => (v % 3 === 0 ? value : value * (1 + Number.EPSILON));
    const n = 20;
    const judged = assignRoles({
      degree: Float64Array.from({ length: n }, (_, v) => (position(v) ? 7 : 6)),
      betweenness: Float64Array.from({ length: n }, (_, v) => (position(v) ? lastBit(0.09473684210526316, v) : 0)),
      constraint: Float64Array.from({ length: n }, (_, v) => (position(v) ? lastBit(0.49358698905011456, v) : 0.6)),
      participation: new Float64Array(n),
      teamsReached: new Float64Array(n),
      peopleCutOff: new Float64Array(n),
      tiesToCutOff: new Float64Array(n),
      strengthToCutOff: new Float64Array(n),
      summedWeights: false,
    }, { brokerBetweennessPercentile: 90, brokerConstraintPercentile: 40 });
    expect(new Set(judged.people.slice(0, 10).map((p) => p.roles.includes('broker')))).toEqual(new Set([true]));
    expect(judged.people.slice(10).some((p) => p.roles.includes('broker'))).toBe(false);
    // The 50th percentile of such values is the 90th: a flat top, so no one is marked out.
    const flat = assignRoles({
      degree: f(new Array(8).fill(4)),
      betweenness: Float64Array.from({ length: 8 }, (_, v) => lastBit(0.05, v)),
      constraint: f(new Array(8).fill(0.4)),
      participation: Float64Array.from({ length: 8 }, (_, v) => lastBit(0.5, v)),
      teamsReached: f(new Array(8).fill(2)),
      peopleCutOff: f(new Array(8).fill(0)),
      tiesToCutOff: f(new Array(8).fill(0)),
      strengthToCutOff: f(new Array(8).fill(0)),
      summedWeights: false,
    });
    expect(flat.people.map((p) => p.roles)).toEqual(new Array(8).fill([]));
  });
  it('never makes a connector of someone below the minimum degree', () => {
    const small = assignRoles({ ...inputs, degree: f([2, 1, 1, 1, 1, 1, 1, 1, 1, 0]) }, { connectorPercentile: 90 });
    expect(small.thresholds.degree).toBe(3);
    expect(small.people.some((p) => p.roles.includes('connector'))).toBe(false);
  });
});

describe('judgeSilos', () => {
  const teams = {
    size: f([5, 5, 2, 4]),
    internalTies: f([8, 6, 1, 5]),
    externalTies: f([0, 6, 0, 1]),
    eiIndex: f([-1, 0, -1, -4 / 6]),
  } as unknown as TeamTies;
  it('flags teams at or below the E-I threshold and large enough', () => {
    const silos = judgeSilos(teams);
    expect(silos.map((s) => s.silo)).toEqual([true, false, true, false]);
    expect(judgeSilos(teams, { siloMinSize: 3 }).map((s) => s.silo)).toEqual([true, false, false, false]);
    expect(silos[0].evidence[0]).toEqual({ measure: 'eiIndex', value: -1, comparison: '<=', threshold: -0.8, basis: 'option siloEiIndex: 0 of 8 ties leave the team' });
    expect(judgeSilos(teams, { siloEiIndex: -0.6 }).map((s) => s.silo)).toEqual([true, false, true, true]);
    expect(silos[0].evidence).toHaveLength(2);
  });
  it('finds no silo where fewer than two teams have members: there is no other team to talk to', () => {
    // One team of 8 with 18 ties inside (orgs/oneteam), and beside it an empty team.
    const alone = { size: f([8, 0]), internalTies: f([18, 0]), externalTies: f([0, 0]), eiIndex: f([-1, NaN]) } as unknown as TeamTies;
    const [only] = judgeSilos(alone);
    expect(only.silo).toBe(false);
    expect(only.evidence.at(-1)).toEqual({ measure: 'teamsWithMembers', value: 1, comparison: '>=', threshold: 2, basis: 'no other team to talk to' });
    expect(judgedWithoutOtherTeams(judgeSilos(alone))).toBe(true);
    expect(judgedWithoutOtherTeams(judgeSilos(teams))).toBe(false);
  });
  it('says why in every output of a whole analysis of one team', () => {
    const people = Array.from({ length: 4 }, (_, i) => [`P${i + 1}`, 'T1'] as const);
    const analysis = analyse(tinyOrganisation({ teams: [['T1', 'T1']], people, ties: [['P1', 'P2'], ['P2', 'P3'], ['P3', 'P4'], ['P4', 'P1']] }));
    expect(analysis.summary.silos).toBe(0);
    expect(analysis.teams[0].silo).toBe(false);
    expect(formatText(analysis)).toContain(`\n  ${NO_OTHER_TEAM}\n`);
    expect(formatMarkdown(analysis)).toContain(`\n${NO_OTHER_TEAM}\n`);
    // The dashboard's Silos tab states its rule, then why no team passes it; it said "No silos: every team has enough ties outside itself" under the reason.
    const context = tabContext(analysis, 5);
    expect(silosTab.describe(context)).toMatch(/^E-I index ≤ -0\.800 and at least 2 people:/);
    expect(silosTab.empty(context)).toBe(NO_OTHER_TEAM);
  });
});

describe('assignRoles on a large organisation', () => {
  it('writes the number of people with ties as a count is written elsewhere: 1,200, not 1200', () => {
    const n = 1200;
    const ramp = Float64Array.from({ length: n }, (_, i) => i + 1);
    const { people } = assignRoles({
      degree: ramp,
      betweenness: new Float64Array(n),
      constraint: new Float64Array(n).fill(0.5),
      participation: new Float64Array(n),
      teamsReached: new Float64Array(n),
      peopleCutOff: new Float64Array(n),
      tiesToCutOff: new Float64Array(n),
      strengthToCutOff: new Float64Array(n),
      summedWeights: false,
    });
    expect(people[n - 1].evidence.connector![0].basis).toMatch(/^\d+th percentile of degree over 1,200 people with ties/);
  });
});

describe('roles from the measures of a whole analysis', () => {
  const people = (prefix: string, team: string, n: number) => Array.from({ length: n }, (_, i) => [`${prefix}${i + 1}`, team] as const);
  it('marks no one out in a ring where all have four contacts, however the sums round', () => {
    const ring = people('r', 'T', 12);
    const ties = ring.flatMap(([id], i) => [[id, ring[(i + 1) % 12][0]], [id, ring[(i + 2) % 12][0]]] as [string, string][]);
    const analysis = analyse(tinyOrganisation({ teams: [['T', 'Ring']], people: ring, ties }));
    expect(analysis.people.map((p) => p.roles)).toEqual(new Array(12).fill([]));
  });
  it('gives people in the same position the same roles (three teams of seven, two single ties between each pair)', () => {
    const teams = ['A', 'B', 'C'].map((team) => people(team.toLowerCase(), team, 7));
    const inside = teams.flatMap((members) => members.flatMap(([a], i) => members.slice(i + 1).map(([b]) => [a, b, 3] as [string, string, number])));
    const between: [string, string, number][] = [['a1', 'b1', 1], ['a2', 'b2', 1], ['b3', 'c1', 1], ['b4', 'c2', 1], ['c3', 'a3', 1], ['c4', 'a4', 1]];
    const analysis = analyse(tinyOrganisation({ teams: [['A', 'A'], ['B', 'B'], ['C', 'C']], people: teams.flat(), ties: [...inside, ...between] }));
    const bridging = new Set(between.flatMap(([a, b]) => [a, b]));
    const rolesOf = (bridge: boolean) => new Set(analysis.people.filter((p) => bridging.has(p.id) === bridge).map((p) => p.roles.join(',')));
    expect(rolesOf(true).size).toBe(1);
    expect(rolesOf(false).size).toBe(1);
  });
});
