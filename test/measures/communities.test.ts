/** Communities, modularity and NMI: hand-computed cases and the small-org fixture. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { analyse } from '../../src/analyse.js';
import { communities, NO_COMMUNITY } from '../../src/measures/communities.js';
import { modularity } from '../../src/measures/modularity.js';
import { normalisedMutualInformation as nmi } from '../../src/measures/normalised-mutual-information.js';
import { teamAssignment } from '../../src/measures/team-assignment.js';
import { edges } from '../helpers/graphs.js';
import { tinyOrganisation } from '../introductions/build.js';

describe('modularity', () => {
  const triangles = edges(6, [[0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [3, 5]]);
  it('is 0.5 for two separate triangles split into their triangles', () => {
    expect(modularity(triangles, Int32Array.from([0, 0, 0, 1, 1, 1]))).toBeCloseTo(0.5, 12);
  });
  it('is 0 for everyone in one community', () => {
    expect(modularity(triangles, new Int32Array(6))).toBeCloseTo(0, 12);
  });
  it('weights ties by strength', () => {
    // Ties 0–1 (3) and 1–2 (1): communities {0,1}, {2}. W = 4, S = (3, 3+1) and (1).
    const graph = edges(3, [[0, 1, 3], [1, 2, 1]]);
    const expected = 3 / 4 - (7 / 8) ** 2 + 0 - (1 / 8) ** 2;
    expect(modularity(graph, Int32Array.from([0, 0, 1]))).toBeCloseTo(expected, 12);
  });
});

describe('normalised mutual information', () => {
  it('is 1 for identical partitions, whatever the labels, and 0 for independent ones', () => {
    expect(nmi(Int32Array.from([0, 0, 1, 1]), Int32Array.from([5, 5, 2, 2]))).toBeCloseTo(1, 12);
    expect(nmi(Int32Array.from([0, 0, 1, 1]), Int32Array.from([0, 1, 0, 1]))).toBeCloseTo(0, 12);
  });
  it('matches a hand computation', () => {
    const hA = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    const hB = Math.log(2);
    const mutual = 0.5 * Math.log(4 / 3) + 0.25 * Math.log(2 / 3) + 0.25 * Math.log(2);
    expect(nmi(Int32Array.from([0, 0, 0, 1]), Int32Array.from([0, 0, 1, 1]))).toBeCloseTo((2 * mutual) / (hA + hB), 12);
  });
  it('leaves out people with a negative label', () => {
    expect(nmi(Int32Array.from([0, 0, 1, 1, 0]), Int32Array.from([3, 3, 4, 4, -1]))).toBeCloseTo(1, 12);
  });
});

describe('Louvain communities', async () => {
  const { organisation } = await loadOrganisation({ dir: join(import.meta.dirname, '..', '..', 'fixtures', 'small-org') });
  it('recovers the fixture’s teams, Archive and the isolate apart', () => {
    const found = communities(organisation.network, { seed: 1 });
    const byId = (id: string) => found.communityOf[organisation.personIndex.get(id)!];
    expect(byId('P12')).toBe(byId('P13'));
    expect(byId('P12')).not.toBe(byId('P01'));
    expect(byId('P09')).toBe(byId('P10'));
    expect(byId('P09')).not.toBe(byId('P02'));
    // Ned (P14) has no ties, so no community: Finance, Payroll, Housing and Archive make four.
    expect(byId('P14')).toBe(NO_COMMUNITY);
    expect(found.count).toBe(4);
    expect(found.modularity).toBeGreaterThan(0.4);
    expect(found.modularity).toBeCloseTo(modularity(organisation.network, found.communityOf), 12);
    expect(nmi(found.communityOf, teamAssignment(organisation))).toBeGreaterThan(0.7);
  });
  it('gives the same partition for the same seed', () => {
    const first = communities(organisation.network, { seed: 7 });
    const second = communities(organisation.network, { seed: 7 });
    expect([...first.communityOf]).toEqual([...second.communityOf]);
  });
});

describe('people with no ties', () => {
  // Two triangles, A1–A3 in team A and B1–B3 in team B, and one person in each team with no ties.
  const organisation = tinyOrganisation({
    teams: [['A', 'Team A'], ['B', 'Team B']],
    people: [['A1', 'A'], ['IA', 'A'], ['A2', 'A'], ['A3', 'A'], ['B1', 'B'], ['B2', 'B'], ['IB', 'B'], ['B3', 'B']],
    ties: [['A1', 'A2'], ['A2', 'A3'], ['A1', 'A3'], ['B1', 'B2'], ['B2', 'B3'], ['B1', 'B3']],
  });

  it('are in no community, the others numbered 0.. in order of their first member', () => {
    const found = communities(organisation.network, { seed: 1 });
    expect([...found.communityOf]).toEqual([0, NO_COMMUNITY, 0, 0, 1, 1, NO_COMMUNITY, 1]);
    expect(found.count).toBe(2);
    // An isolate adds nothing to modularity: the two triangles' 0.5, as with each isolate alone.
    expect(found.modularity).toBeCloseTo(0.5, 12);
    expect(modularity(organisation.network, Int32Array.from([0, 2, 0, 0, 1, 1, 3, 1]))).toBeCloseTo(0.5, 12);
  });

  it('are left out of the count, have no community and do not count in the agreement with the teams', () => {
    const analysis = analyse(organisation);
    expect(analysis.summary).toMatchObject({ isolates: 2, communities: 2 });
    expect(analysis.summary.modularity).toBeCloseTo(0.5, 12);
    expect(analysis.people.map((person) => person.community)).toEqual([0, NaN, 0, 0, 1, 1, NaN, 1]);
    // Over the six people with ties the communities are the teams exactly; with each isolate as a
    // community of one they would not be.
    expect(analysis.summary.communityTeamNmi).toBeCloseTo(1, 12);
  });
});
