/**
 * Known answers on tiny organisations built in code: the resource allocation index, the
 * plausibility bonuses, the per-person cap with a second introducer taking over from a busy hub,
 * silos with and without a warm path, and people without a team.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { gapValue, suggestIntroductions, teamNeed, type Introduction } from '../../src/introductions/index.js';
import { joinReasons } from '../../src/introductions/explain.js';
import { measureGaps } from '../../src/introductions/gaps.js';
import { hubOrganisation, tinyOrganisation } from './build.js';

const appearances = (result: readonly Introduction[]) => {
  const load = new Map<string, number>();
  for (const s of result) for (const id of [s.from, s.to, ...s.via]) load.set(id, (load.get(id) ?? 0) + 1);
  return load;
};

describe('score components', () => {
  it('team need: silo first, then inward ties, few teams reached and bus factor beyond an even spread', () => {
    expect(teamNeed({ size: 2, eiIndex: -1, teamsReached: 0, busFactor: NaN, silo: true })).toBe(2);
    // a pair who both talk mostly outside: an even split of outside ties is no bus-factor risk
    expect(teamNeed({ size: 2, eiIndex: 0.9, teamsReached: 11, busFactor: 0.5, silo: false })).toBeCloseTo((0.05 + 1 / 12 + 0) / 3, 12);
    // one member of ten holds every outside tie
    expect(teamNeed({ size: 10, eiIndex: 0, teamsReached: 1, busFactor: 1, silo: false })).toBeCloseTo((0.5 + 0.5 + 1) / 3, 12);
    expect(teamNeed({ size: 1, eiIndex: 1, teamsReached: 3, busFactor: 1, silo: false })).toBeCloseTo(0.25 / 3, 12);
  });

  it('value: unlinked teams and communities are worth the most', () => {
    expect(gapValue(0, 0)).toBe(1);
    expect(gapValue(0, null)).toBe(0.5);
    expect(gapValue(1, 1)).toBe(0.5);
    expect(gapValue(3, null)).toBe(0.125);
  });
});

describe('the people linking two communities', () => {
  it('are counted on the thinner side: one person tied to three on the other side is one linker', () => {
    // Two cliques of five; A1 alone knows B1, B2 and B3 of the other.
    const complete = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b, 1] as [string, string, number]));
    const a = ['A1', 'A2', 'A3', 'A4', 'A5'];
    const b = ['B1', 'B2', 'B3', 'B4', 'B5'];
    const organisation = tinyOrganisation({
      teams: [['A', 'Team A'], ['B', 'Team B']],
      people: [...a.map((id) => [id, 'A'] as [string, string]), ...b.map((id) => [id, 'B'] as [string, string])],
      ties: [...complete(a), ...complete(b), ['A1', 'B1'], ['A1', 'B2'], ['A1', 'B3']],
    });
    const analysis = analyse(organisation, { seed: 1 });
    const gaps = measureGaps(organisation, analysis);
    const [ca, cb] = [gaps.communityOf[0], gaps.communityOf[5]];
    expect(ca).not.toBe(cb);
    expect(gaps.communityLink(ca, cb)).toEqual({ linkers: 1, person: 0 });
    // A2–B1: the teams' only pair holds all 3 cross-team ties, R = 1 → 1/(1 + R) = 1/2; L = 1 → C = 1/2.
    const a2b1 = suggestIntroductions(organisation, analysis, { limit: 100, maxPerPerson: 100, minGroupSize: 0 }).find((s) => [s.from, s.to].sort().join() === 'A2,B1');
    expect(a2b1?.components.value).toBeCloseTo(1 / 2, 12);
  });
});

describe('resource allocation and bonuses', () => {
  // U (team X) and V (team Y) share two contacts in team Z: W1 knows only them (|Γ| = 2), W2 also
  // knows W3 (|Γ| = 3). Resource allocation = 1/2 + 1/3.
  const spec = (u: [string, string, string?, string?], v: [string, string, string?, string?], parents: [string, string] = ['', '']) =>
    tinyOrganisation({
      teams: [['X', 'Team X', parents[0]], ['Y', 'Team Y', parents[1]], ['Z', 'Team Z']],
      people: [u, v, ['W1', 'Z'], ['W2', 'Z'], ['W3', 'Z']],
      ties: [['U', 'W1', 2], ['V', 'W1', 2], ['U', 'W2', 5], ['V', 'W2', 4], ['W2', 'W3', 1]],
    });
  const uv = (organisation: ReturnType<typeof spec>, options = {}) =>
    suggestIntroductions(organisation, analyse(organisation), { limit: 100, maxPerPerson: 100, ...options }).find(
      (s) => [s.from, s.to].sort().join() === 'U,V',
    )!;

  it('is Σ 1/|Γ(w)| over mutual contacts, and names the strongest mutual contact first', () => {
    const organisation = spec(['U', 'X'], ['V', 'Y']);
    const s = uv(organisation, { introducers: 2 });
    expect(s.components.plausibility).toBeCloseTo(1 / 2 + 1 / 3, 12);
    expect(s.via).toEqual(['W2', 'W1']);
    expect(s.viaStrengths).toEqual([
      { id: 'W2', from: s.from === 'U' ? 5 : 4, to: s.from === 'U' ? 4 : 5 },
      { id: 'W1', from: 2, to: 2 },
    ]);
    expect(s.reason).toMatch(/Name W2 \((5 and 4|4 and 5) interactions\) and Name W1 \(2 interactions each\) know both\.$/);
    expect(uv(organisation).via).toEqual(['W2']);
  });

  it('adds 0.1 each for the same role, location and department, only when they are not empty', () => {
    const base = 1 / 2 + 1 / 3;
    expect(uv(spec(['U', 'X', 'Analyst', 'HQ'], ['V', 'Y', 'Analyst', 'HQ'])).components.plausibility).toBeCloseTo(base + 0.2, 12);
    expect(uv(spec(['U', 'X', 'Analyst', ''], ['V', 'Y', 'Analyst', ''])).components.plausibility).toBeCloseTo(base + 0.1, 12);
    expect(uv(spec(['U', 'X', '', ''], ['V', 'Y', '', ''])).components.plausibility).toBeCloseTo(base, 12);
    expect(uv(spec(['U', 'X'], ['V', 'Y'], ['Ops', 'Ops'])).components.plausibility).toBeCloseTo(base + 0.1, 12);
    expect(uv(spec(['U', 'X'], ['V', 'Y'], ['Ops', 'Finance'])).components.plausibility).toBeCloseTo(base, 12);
  });

  it('speaks of strength summed over both directions, not interactions, when ties come from a weight column', () => {
    // A rating of 1–6 each way sums to up to 12: the reason says so, or 12 would read as beyond the scale.
    const organisation = { ...spec(['U', 'X'], ['V', 'Y']), weighted: true };
    expect(uv(organisation).reason).toMatch(/Name W2 knows both \(strength (5 and 4|4 and 5), both directions summed\)\.$/);
    expect(uv(spec(['U', 'X'], ['V', 'Y'])).reason).toMatch(/Name W2 knows both \((5 and 4|4 and 5) interactions\)\.$/);
    // Read without direction (--undirected) there are no directions to sum.
    expect(uv({ ...organisation, undirected: true }).reason).toMatch(/Name W2 knows both \(strength (5 and 4|4 and 5)\)\.$/);
  });
});

describe('protecting the connectors', () => {
  const leaves = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'];
  const organisation = hubOrganisation();
  const analysis = analyse(organisation);

  it('without a cap, the hub introduces everyone', () => {
    const result = suggestIntroductions(organisation, analysis, { limit: 100, maxPerPerson: 100 });
    expect(appearances(result).get('H')).toBeGreaterThanOrEqual(15);
    expect(result.every((s) => s.via[0] === 'H')).toBe(true);
  });

  it('with the cap, the hub appears at most maxPerPerson times and G takes over pairs H is too busy for', () => {
    for (const cap of [1, 2, 3, 4]) {
      const result = suggestIntroductions(organisation, analysis, { limit: 100, maxPerPerson: cap });
      const load = appearances(result);
      expect(load.get('H')).toBe(cap);
      for (const count of load.values()) expect(count).toBeLessThanOrEqual(cap);
      const viaG = result.filter((s) => s.via[0] === 'G');
      expect(viaG.length).toBeGreaterThan(0);
      for (const s of viaG) {
        expect(leaves.slice(0, 4)).toContain(s.from);
        expect(leaves.slice(0, 4)).toContain(s.to);
        expect(s.viaStrengths).toEqual([{ id: 'G', from: 1, to: 1 }]);
      }
    }
  });
});

describe('silos with and without a warm path', () => {
  // S1..S5 talk to each other (10 ties) and S1 to O1 once: E-I = −9/11, a silo with a warm path
  // through O1. Q1 and Q2 talk only to each other: a silo with no path at all.
  const complete = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b, 2] as [string, string, number]));
  const organisation = tinyOrganisation({
    teams: [['S', 'Sealed', 'Dept A'], ['O', 'Open', 'Dept A'], ['P', 'Partners', 'Dept B'], ['Q', 'Quiet', 'Dept B']],
    people: [['S1', 'S'], ['S2', 'S'], ['S3', 'S'], ['S4', 'S'], ['S5', 'S'], ['O1', 'O'], ['O2', 'O'], ['P1', 'P'], ['P2', 'P'], ['Q1', 'Q'], ['Q2', 'Q'], ['N', '']],
    ties: [
      ...complete(['S1', 'S2', 'S3', 'S4', 'S5']),
      ['S1', 'O1', 1],
      ['O1', 'O2', 4],
      ['O1', 'P1', 3],
      ['P1', 'P2', 4],
      ['O2', 'P2', 1],
      ['Q1', 'Q2', 5],
      ['N', 'O2', 5],
      ['N', 'P1', 5],
    ],
  });
  const analysis = analyse(organisation);
  const teamOf = (id: string) => analysis.people[organisation.personIndex.get(id)!].team;
  const result = suggestIntroductions(organisation, analysis, { limit: 100, maxPerPerson: 100, minGroupSize: 0 });

  it('judges both silos', () => {
    expect(analysis.teams.filter((t) => t.silo).map((t) => t.id)).toEqual(['S', 'Q']);
  });

  it('opens the silo with a warm path warmly, through its one outside tie (S1–O1), and first', () => {
    const sealed = result.filter((s) => teamOf(s.from) === 'S' || teamOf(s.to) === 'S');
    for (const s of sealed) {
      expect(s.warm).toBe(true);
      expect(s.reason).toContain('Sealed has 9% of its ties outside the team');
    }
    // S1 meets O1's contacts through O1; S1's teammates meet O1 through S1.
    const summary = sealed.map((s) => `${s.from}>${s.to} via ${s.via.join()}`).sort();
    expect(summary).toEqual(['S1>O2 via O1', 'S1>P1 via O1', 'S2>O1 via S1', 'S3>O1 via S1', 'S4>O1 via S1', 'S5>O1 via S1']);
  });

  it('gives the silo with no path one cold introduction, marked cold', () => {
    const quiet = result.filter((s) => teamOf(s.from) === 'Q' || teamOf(s.to) === 'Q');
    expect(quiet).toHaveLength(1);
    expect(quiet[0]).toMatchObject({ warm: false, via: [], viaStrengths: [] });
    expect(quiet[0].reason).toMatch(/Quiet has no ties outside the team.*no one knows both, so this would be a cold introduction\.$/);
    // the nearest team is Partners, in Quiet's department; its best-connected person is P1
    expect(quiet[0].to).toBe('P1');
    const more = suggestIntroductions(organisation, analysis, { limit: 100, maxPerPerson: 100, coldPerTeam: 3 });
    expect(more.filter((s) => !s.warm).length).toBe(3);
  });

  it('ranks silo introductions above the rest', () => {
    const firstOther = result.findIndex((s) => !['S', 'Q'].includes(teamOf(s.from)!) && !['S', 'Q'].includes(teamOf(s.to)!));
    const lastSilo = result.length - 1 - [...result].reverse().findIndex((s) => ['S', 'Q'].includes(teamOf(s.from)!) || ['S', 'Q'].includes(teamOf(s.to)!));
    expect(lastSilo).toBeLessThan(firstOther);
  });

  it('never suggests someone without a team, but lets them introduce', () => {
    for (const s of result) expect([s.from, s.to]).not.toContain('N');
    // O2 and P1 both know O1 (4 and 3) and N (5 each): N, the stronger, introduces them.
    expect(result.find((s) => [s.from, s.to].sort().join() === 'O2,P1')?.via).toEqual(['N']);
  });
});

describe('cold partners', () => {
  // Silo S talks only inside. Team D, in S's department and so the nearest team, has D1, with no
  // interactions at all (gone, or missing from the export), and D2, who knows E1 of team E.
  const complete = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b, 3] as [string, string, number]));
  const organisation = tinyOrganisation({
    teams: [['S', 'Silo', 'Dept 1'], ['D', 'Dee', 'Dept 1'], ['E', 'Eve', 'Dept 2']],
    people: [['S1', 'S'], ['S2', 'S'], ['S3', 'S'], ['D1', 'D'], ['D2', 'D'], ['E1', 'E'], ['E2', 'E'], ['E3', 'E']],
    ties: [...complete(['S1', 'S2', 'S3']), ...complete(['E1', 'E2', 'E3']), ['D2', 'E1', 4]],
  });
  const analysis = analyse(organisation);

  it('are people with at least one interaction', () => {
    expect(analysis.teams.find((t) => t.id === 'S')?.silo).toBe(true);
    const cold = suggestIntroductions(organisation, analysis, { limit: 100, maxPerPerson: 100, minGroupSize: 0, coldPerTeam: 100 }).filter((s) => !s.warm);
    // D1 and D2 tie on everything else, and D1 has the lower id: without the rule D1 came first.
    expect([cold[0].from, cold[0].to]).toEqual(['S1', 'D2']);
    for (const s of cold) expect([s.from, s.to]).not.toContain('D1');
  });

  it('come from a team with someone who has an interaction, however many quiet teams there are', () => {
    // Silos S and O talk only inside; teams X, Y and Z (more than the three nearest teams taken)
    // have no interactions at all, so only O can open S, and S only O.
    const quietTeams = ['X', 'Y', 'Z'];
    const organisation = tinyOrganisation({
      teams: [['S', 'Silo'], ['O', 'Other'], ...quietTeams.map((t) => [t, `Quiet ${t}`] as [string, string])],
      people: [...['S', 'O', ...quietTeams].flatMap((t) => [1, 2, 3].map((i) => [`${t}${i}`, t] as [string, string]))],
      ties: [...complete(['S1', 'S2', 'S3']), ...complete(['O1', 'O2', 'O3'])],
    });
    const analysis = analyse(organisation);
    expect(analysis.teams.filter((t) => t.silo).map((t) => t.id)).toEqual(['S', 'O']);
    const plan = suggestIntroductions(organisation, analysis, { minGroupSize: 0 });
    expect(plan.map((s) => `${s.from}>${s.to} ${s.warm ? 'warm' : 'cold'}`)).toEqual(['O1>S1 cold']);
  });
});

describe('the reasons of one introduction', () => {
  it('say that two teams are already well linked when they are, not that the introduction adds a link', () => {
    // Teams A and B (five people each) with every tie between them but A1–B1: 24 ties, as dense as
    // the organisation's one pair of teams, so no gap to close. A1's teammate A2 knows B1.
    const people = ['A', 'B'].flatMap((team) => [1, 2, 3, 4, 5].map((i) => [`${team}${i}`, team] as const));
    const between = [1, 2, 3, 4, 5].flatMap((a) => [1, 2, 3, 4, 5].filter((b) => a !== 1 || b !== 1).map((b) => [`A${a}`, `B${b}`] as const));
    const ties = [...between, ['A1', 'A2'] as const];
    const organisation = tinyOrganisation({ teams: [['A', 'Alpha'], ['B', 'Beta']], people, ties });
    const analysis = analyse(organisation, { seed: 1 });
    const pair = suggestIntroductions(organisation, analysis, { minGroupSize: 5 }).find((s) => [s.from, s.to].sort().join() === 'A1,B1');
    expect(pair?.reason).toMatch(/^Name A1 \(Alpha\) and Name B1 \(Beta\): Alpha and Beta already have 24 ties between them, at least as many as is usual for teams their size: this would add one more; /);
  });

  it('say that a person has no ties, not that their informal group is unlinked: they are in none', () => {
    // Silo S: S1–S3 talk only among themselves, S4 not at all. Teams D and E talk mostly to each other.
    const complete = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [string, string]));
    const organisation = tinyOrganisation({
      teams: [['S', 'Silo'], ['D', 'Dee'], ['E', 'Eve']],
      // D1 first: its community is number 0, which S4 must not be taken for.
      people: [['D1', 'D'], ['D2', 'D'], ['D3', 'D'], ['E1', 'E'], ['E2', 'E'], ['S1', 'S'], ['S2', 'S'], ['S3', 'S'], ['S4', 'S']],
      ties: [...complete(['S1', 'S2', 'S3']), ['D1', 'D2'], ['D1', 'E1'], ['D2', 'E1'], ['D3', 'E2'], ['E1', 'E2']],
    });
    const analysis = analyse(organisation);
    expect(analysis.teams.map((t) => t.silo)).toEqual([true, false, false]);
    // Four openers from the silo: S4 too.
    const plan = suggestIntroductions(organisation, analysis, { limit: 100, maxPerPerson: 100, minGroupSize: 0, coldPeople: 4, coldPerTeam: 100 });
    const s4 = plan.find((s) => s.from === 'S4' && s.to === 'D1');
    expect(s4?.reason).toBe('Name S4 (Silo) and Name D1 (Dee): Silo has no ties outside the team and Name S4 has no ties at all in this data; no one knows both, so this would be a cold introduction.');
    // No team ties and nothing to link S4 through: the most a pair can be worth, as for unlinked groups.
    expect(s4?.components.value).toBe(1);
    expect(plan.find((s) => s.from === 'S1' && s.to === 'D1')?.reason).toContain('Silo has no ties outside the team and their informal groups have no tie between them');
  });

  it('are joined so that a reason with a comma of its own does not run into the next', () => {
    const fewer = 'Housing and Finance have 5 ties between them, fewer than usual for teams their size';
    const groups = 'their informal groups have no tie between them';
    expect(joinReasons([fewer, groups])).toBe(`${fewer}, and ${groups}`);
    expect(joinReasons(['Archive has no ties outside the team', groups])).toBe(`Archive has no ties outside the team and ${groups}`);
    expect(joinReasons([fewer])).toBe(fewer);
  });
});
