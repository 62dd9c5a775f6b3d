/** Hand-computed known answers for the team-based measures. */
import { describe, expect, it } from 'vitest';
import { brokerage } from '../../src/measures/brokerage.js';
import { personEiIndex } from '../../src/measures/ei-index.js';
import { participationCoefficient, withinTeamDegreeZ } from '../../src/measures/participation.js';
import { teamsReached } from '../../src/measures/teams-reached.js';
import { edges } from '../helpers/graphs.js';

const A = 0, B = 1, C = 2, NONE = -1;

describe('Gould–Fernandez brokerage', () => {
  const roleOfMiddle = (groups: number[], extra: [number, number][] = []) => {
    const counts = brokerage(edges(3, [[0, 1], [1, 2], ...extra], true), Int32Array.from(groups));
    return Object.fromEntries(Object.entries(counts).map(([role, values]) => [role, values[1]]));
  };
  it.each([
    ['coordinator', [A, A, A]],
    ['itinerant', [A, B, A]],
    ['gatekeeper', [A, B, B]],
    ['representative', [A, A, B]],
    ['liaison', [A, B, C]],
  ])('counts a → v → b as %s', (role, groups) => {
    const counts = roleOfMiddle(groups as number[]);
    expect(counts[role]).toBe(1);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1);
  });
  it('does not count a two-path closed by a direct arc a → b', () => {
    expect(Object.values(roleOfMiddle([A, B, C], [[0, 2]])).every((count) => count === 0)).toBe(true);
  });
  it('counts a two-path when only b → a exists (direction matters)', () => {
    expect(roleOfMiddle([A, B, C], [[2, 0]]).liaison).toBe(1);
  });
  it('does not count a → v → a', () => {
    const counts = brokerage(edges(2, [[0, 1], [1, 0]], true), Int32Array.from([A, B]));
    expect(counts.itinerant[1]).toBe(0);
  });
  it('treats people without a team as groups of their own', () => {
    expect(roleOfMiddle([NONE, A, NONE]).liaison).toBe(1);
  });
  it('counts every open two-path through a hub', () => {
    // 0,1 (team A) → 2 (team B) → 3,4 (team C), and 0 → 3 closes one of the four paths.
    const graph = edges(5, [[0, 2], [1, 2], [2, 3], [2, 4], [0, 3]], true);
    const counts = brokerage(graph, Int32Array.from([A, A, B, C, C]));
    expect(counts.liaison[2]).toBe(3);
  });
});

describe('E-I index, teams reached, participation and within-team z', () => {
  // 0: ties to 1 (own team A), 2 (team B), 3 (no team), 4 (team A)
  // team A = {0, 1, 4}; 1 and 4 are also tied.
  const graph = edges(5, [[0, 1], [0, 2], [0, 3], [0, 4], [1, 4]]);
  const teamOf = Int32Array.from([A, A, B, NONE, A]);

  it('E-I index: (E − I) / (E + I) over a person’s ties', () => {
    const ei = personEiIndex(graph, teamOf);
    expect(ei[0]).toBeCloseTo((2 - 2) / 4, 12);
    expect(ei[1]).toBe(-1);
    expect(ei[2]).toBe(1);
    expect(ei[3]).toBeNaN();
  });
  it('teams reached: distinct other teams among contacts', () => {
    expect([...teamsReached(graph, teamOf)]).toEqual([1, 0, 1, 1, 0]);
  });
  it('participation: 1 − Σ (k_is / k_i)², a teamless contact counting as a group of one', () => {
    const p = participationCoefficient(graph, teamOf);
    expect(p[0]).toBeCloseTo(1 - ((2 / 4) ** 2 + (1 / 4) ** 2 + (1 / 4) ** 2), 12);
    expect(p[1]).toBe(0);
    expect(participationCoefficient(edges(2, []), Int32Array.from([A, A]))[0]).toBeNaN();
  });
  it('within-team z: own-team degrees 2, 2, 2 in team A give 0; a skewed team gives ±', () => {
    expect([...withinTeamDegreeZ(graph, teamOf)].slice(0, 2)).toEqual([0, 0]);
    // Team A = {0, 1, 2} with own-team degrees 2, 1, 1: mean 4/3, population sd √(2/9).
    const skewed = withinTeamDegreeZ(edges(3, [[0, 1], [0, 2]]), Int32Array.from([A, A, A]));
    expect(skewed[0]).toBeCloseTo((2 - 4 / 3) / Math.sqrt(2 / 9), 12);
    expect(skewed[1]).toBeCloseTo((1 - 4 / 3) / Math.sqrt(2 / 9), 12);
    expect(withinTeamDegreeZ(graph, teamOf)[3]).toBeNaN();
  });
});

describe('team ties on fixtures/small-org', async () => {
  const { loadOrganisation } = await import('../../src/load/load-organisation.js');
  const { teamTies } = await import('../../src/measures/team-ties.js');
  const { teamAssignment } = await import('../../src/measures/team-assignment.js');
  const { join } = await import('node:path');
  const { organisation } = await loadOrganisation({ dir: join(import.meta.dirname, '..', '..', 'fixtures', 'small-org') });
  const teams = teamTies(organisation.network, teamAssignment(organisation));

  it('counts internal and external ties, density and E-I as worked out in the fixture README', () => {
    // Finance: 5 internal ties; external Dan–Eve, Ann–Eve, Ann–Fay, Carla–Hal = 4.
    expect([...teams.size]).toEqual([4, 3, 5, 2]);
    expect([...teams.internalTies]).toEqual([5, 3, 4, 1]);
    expect([...teams.externalTies]).toEqual([4, 3, 1, 0]);
    expect(teams.density[0]).toBeCloseTo(5 / 6, 12);
    expect(teams.density[2]).toBeCloseTo(4 / 10, 12);
    expect(teams.eiIndex[0]).toBeCloseTo((4 - 5) / 9, 12);
    expect(teams.eiIndex[3]).toBe(-1);
    expect([...teams.teamsReached]).toEqual([2, 1, 1, 0]);
  });

  it('bus factor: Ann holds 2 of Finance’s 4 external ties; Carla alone links Housing; Archive has none', () => {
    expect(teams.busFactor[0]).toBe(0.5);
    expect(organisation.people[teams.busFactorPerson[0]].id).toBe('P01');
    expect(teams.busFactor[2]).toBe(1);
    expect(organisation.people[teams.busFactorPerson[2]].id).toBe('P08');
    expect(teams.busFactor[3]).toBeNaN();
  });
});
