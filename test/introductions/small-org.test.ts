/**
 * Introductions on fixtures/small-org, whose answers are known by construction (see its README):
 * Archive (T4) is a silo with no outside ties, so it gets a cold introduction; Carla (P03) is the
 * only link between the departments, and Hal (P08) is the other end of that bridge.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { UsageError } from '../../src/errors.js';
import { suggestIntroductions, type Introduction } from '../../src/introductions/index.js';
import { measureGaps } from '../../src/introductions/gaps.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');

describe('suggestIntroductions on fixtures/small-org', async () => {
  const { organisation } = await loadOrganisation({ dir: FIXTURE });
  const analysis = analyse(organisation);
  const teamOf = (id: string) => analysis.people[organisation.personIndex.get(id)!].team;
  const pair = (s: Introduction) => [s.from, s.to].sort().join('-');
  const all = suggestIntroductions(organisation, analysis, { limit: 1000, maxPerPerson: 1000 });
  const plan = suggestIntroductions(organisation, analysis, { limit: 1000 });

  it('measures the gaps: ties between teams, and Carla as the one link between two communities', () => {
    const gaps = measureGaps(organisation, analysis);
    const index = (id: string) => organisation.personIndex.get(id)!;
    expect(gaps.tiesBetweenTeams(0, 1)).toBe(3);
    expect(gaps.tiesBetweenTeams(2, 0)).toBe(1);
    expect(gaps.tiesBetweenTeams(3, 2)).toBe(0);
    // 4 ties between teams over 71 pairs of people in different teams; Finance × Housing = 20 pairs
    expect(gaps.relativeDensity(0, 2)).toBeCloseTo(1 / 20 / (4 / 71), 12);
    expect(gaps.relativeDensity(3, 0)).toBe(0);
    const finance = gaps.communityOf[index('P01')];
    const housing = gaps.communityOf[index('P09')];
    expect(finance).not.toBe(housing);
    expect(gaps.communityLink(housing, finance)).toEqual({ linkers: 1, person: index('P03') });
    expect(gaps.communityLink(finance, gaps.communityOf[index('P05')]).linkers).toBe(2); // Ann and Dan; Eve and Fay
    expect(gaps.communityLink(finance, gaps.communityOf[index('P12')]).linkers).toBe(0);
  });

  it('suggests only people in different teams who are not yet tied, through mutual contacts', () => {
    const { offsets, neighbours, strengths } = organisation.network.out;
    const tie = (a: string, b: string) => {
      const u = organisation.personIndex.get(a)!;
      const v = organisation.personIndex.get(b)!;
      for (let k = offsets[u]; k < offsets[u + 1]; k++) if (neighbours[k] === v) return strengths[k];
      return 0;
    };
    expect(all.length).toBeGreaterThan(5);
    for (const s of all) {
      expect(teamOf(s.from)).not.toBe(teamOf(s.to));
      expect(tie(s.from, s.to)).toBe(0);
      expect(s.warm).toBe(s.via.length > 0);
      for (const { id, from, to } of s.viaStrengths) {
        expect(tie(id, s.from)).toBe(from);
        expect(tie(id, s.to)).toBe(to);
      }
      expect(s.viaStrengths.map((v) => v.id)).toEqual(s.via);
    }
  });

  it('gives the silo Archive a cold introduction, to the best-connected person of Housing (same department)', () => {
    const archive = plan.filter((s) => teamOf(s.from) === 'T4' || teamOf(s.to) === 'T4');
    expect(archive).toHaveLength(1);
    const [cold] = archive;
    expect(cold).toMatchObject({ from: 'P12', to: 'P08', via: [], warm: false, viaStrengths: [] });
    expect(cold.components.need).toBe(2); // silo (1) + no outside ties, no teams reached, no bus factor (1)
    expect(cold.components.value).toBe(1); // no ties between the teams, unlinked communities
    expect(cold.components.plausibility).toBeCloseTo(0.1, 12); // same department only
    expect(cold.reason).toContain('cold');
    expect(cold.reason).toContain('no one knows both');
    expect(plan[0]).toEqual(cold); // the silo comes first
  });

  it('finds the obvious warm introduction: Ivy (Housing) to Carla (Finance) through Hal', () => {
    const s = plan.find((x) => pair(x) === 'P03-P09')!;
    expect(s).toMatchObject({ from: 'P09', to: 'P03', via: ['P08'], warm: true, viaStrengths: [{ id: 'P08', from: 5, to: 3 }] });
    // need: Housing E-I −0.6 → inward 0.8; 1 team reached → 1/2; bus factor 1: (0.8 + 0.5 + 1) / 3
    expect(s.components.need).toBeCloseTo(2.3 / 3, 12);
    // value: 1 tie between Finance (4) and Housing (5) has density 1/20, against 4 ties over the 71
    // pairs of people in different teams: R = (1/20) / (4/71) = 71/80 → 1/(1 + R) = 80/151; their
    // communities hang on one person (Carla) → 1/2
    expect(s.components.value).toBeCloseTo((80 / 151 + 1 / 2) / 2, 12);
    // plausibility: resource allocation 1/|Γ(Hal)| = 1/3, nothing else shared
    expect(s.components.plausibility).toBeCloseTo(1 / 3, 12);
    expect(s.score).toBeCloseTo((2.3 / 3) * ((80 / 151 + 1 / 2) / 2) * 1.25, 12);
    // Finance has 4 people, under the default minimum group size of 5: not named, not described.
    expect(s.reason).toBe('Ivy Chen (Housing) and Carla Patel (a small team): Housing has 20% of its ties outside the team and this adds a tie to a small team whose links are not shown; Hal Evans knows both (5 and 3 interactions).');
  });

  it('says a pair of teams has only a few ties when they are below the usual density for their sizes, not by the count', () => {
    const named = suggestIntroductions(organisation, analysis, { limit: 1000, minGroupSize: 1 });
    const reason = (a: string, b: string) => named.find((s) => pair(s) === [a, b].sort().join('-'))!.reason;
    // Housing (5) and Finance (4): 1 tie over 20 pairs = 5%, under the usual 4 ties over 71 pairs = 5.6%.
    expect(reason('P09', 'P03')).toBe('Ivy Chen (Housing) and Carla Patel (Finance): Housing and Finance have only 1 tie between them; Hal Evans knows both (5 and 3 interactions).');
    // Payroll (3) and Finance (4): 3 ties over 12 pairs = 25%, the best-linked pair of teams here.
    expect(reason('P05', 'P03')).toBe(
      'Eve Novak (Payroll) and Carla Patel (Finance): Payroll and Finance already have 3 ties between them, at least as many as is usual for teams their size: this would add one more; Ann Smith knows both (1 and 4 interactions).',
    );
    for (const s of named) if ([teamOf(s.from), teamOf(s.to)].sort().join() === 'T1,T2') expect(s.reason).not.toMatch(/only|fewer/);
  });

  it('names Carla, the only bridge, as introducer between Housing and Finance when the cap allows', () => {
    const s = all.find((x) => pair(x) === 'P01-P08')!;
    expect(s).toMatchObject({ from: 'P08', to: 'P01', via: ['P03'], viaStrengths: [{ id: 'P03', from: 3, to: 4 }] });
    expect(s.reason).toContain('linked only through Carla Patel');
    expect(s.reason).toContain('Carla Patel knows both (3 and 4 interactions)');
  });

  it('keeps everyone within maxPerPerson, counting introducers', () => {
    for (const [result, cap] of [
      [plan, 3],
      [suggestIntroductions(organisation, analysis, { limit: 1000, maxPerPerson: 1 }), 1],
    ] as const) {
      const load = new Map<string, number>();
      for (const s of result) for (const id of [s.from, s.to, ...s.via]) load.set(id, (load.get(id) ?? 0) + 1);
      expect(Math.max(...load.values())).toBeLessThanOrEqual(cap);
    }
    // Hal could introduce or be introduced far more than three times; the cap stops him at three.
    const hal = (result: Introduction[]) => result.filter((s) => [s.from, s.to, ...s.via].includes('P08')).length;
    expect(hal(all)).toBeGreaterThan(3);
    expect(hal(plan)).toBe(3);
  });

  it('is sorted by score (equal scores in the order the plan took them), and the same every time', () => {
    for (let i = 1; i < all.length; i++) expect(all[i - 1].score).toBeGreaterThanOrEqual(all[i].score);
    const again = suggestIntroductions(organisation, analyse(organisation), { limit: 1000, maxPerPerson: 1000 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(all));
  });

  it('never suggests an excluded pair, in either order', () => {
    const result = suggestIntroductions(organisation, analysis, { limit: 1000, exclude: [['P08', 'P12'], ['P03', 'P09'], ['P99', 'P01']] });
    const pairs = result.map(pair);
    expect(pairs).not.toContain('P08-P12');
    expect(pairs).not.toContain('P03-P09');
    // Archive still gets its best remaining cold introduction.
    const archive = result.filter((s) => teamOf(s.from) === 'T4');
    expect(archive).toHaveLength(1);
    expect(archive[0].warm).toBe(false);
  });

  it('filters by person and by team, as a view of the whole plan', () => {
    const forCarla = suggestIntroductions(organisation, analysis, { limit: 1000, forPerson: 'P03' });
    expect(forCarla.length).toBeGreaterThan(0);
    for (const s of forCarla) expect([s.from, s.to]).toContain('P03');
    expect(forCarla).toEqual(plan.filter((s) => s.from === 'P03' || s.to === 'P03'));

    // Payroll has 3 people: listing its introductions on their own needs a smaller minGroupSize.
    expect(() => suggestIntroductions(organisation, analysis, { forTeam: 'T2' })).toThrow('introductions: team "T2" has 3 people, fewer than 5: its introductions are not listed on their own, as that would say who is in it');
    const open = { limit: 1000, minGroupSize: 3 };
    const forPayroll = suggestIntroductions(organisation, analysis, { ...open, forTeam: 'T2' });
    expect(forPayroll.length).toBeGreaterThan(0);
    for (const s of forPayroll) expect([teamOf(s.from), teamOf(s.to)]).toContain('T2');
    const openPlan = suggestIntroductions(organisation, analysis, open);
    expect(forPayroll).toEqual(openPlan.filter((s) => teamOf(s.from) === 'T2' || teamOf(s.to) === 'T2'));

    expect(suggestIntroductions(organisation, analysis, { ...open, limit: 2, forTeam: 'T2' })).toEqual(forPayroll.slice(0, 2));
    expect(suggestIntroductions(organisation, analysis, { limit: 4 })).toEqual(plan.slice(0, 4));
  });

  it('rejects unknown people and teams, bad options, and an analysis of another organisation', () => {
    expect(() => suggestIntroductions(organisation, analysis, { forPerson: 'P99' })).toThrow(UsageError);
    expect(() => suggestIntroductions(organisation, analysis, { forTeam: 'T9' })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => suggestIntroductions(organisation, analysis, { maxPerPerson: 0 })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => suggestIntroductions(organisation, analysis, { limit: 1.5 })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    // A mistyped option is refused, not ignored for its default.
    expect(() => suggestIntroductions(organisation, analysis, { maxPerPersn: 1 } as never)).toThrow(expect.objectContaining({ code: 'USAGE', message: 'suggestIntroductions: unknown option "maxPerPersn"' }));
    const other = { ...analysis, people: analysis.people.slice(1) };
    expect(() => suggestIntroductions(organisation, other)).toThrow(RangeError);
  });

  it('neither names nor describes teams smaller than minGroupSize', () => {
    const cold = plan[0];
    expect(cold.reason).toBe(
      'Lea Öberg (a small team) and Hal Evans (Housing): their informal groups have no tie between them; no one knows both, so this would be a cold introduction.',
    );
    for (const s of plan) expect(s.reason).not.toMatch(/Archive|Finance|Payroll/);
    const open = suggestIntroductions(organisation, analysis, { limit: 1, minGroupSize: 0 })[0];
    expect(open.reason).toContain('Archive has no ties outside the team');
  });
});
