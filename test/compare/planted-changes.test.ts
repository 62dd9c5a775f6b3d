/**
 * The planted changes of `sample --second-period` are each reported, and an unchanged control
 * team shows no large change; with nothing planted, few teams cross the line of normal variation.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TeamChange } from '../../src/compare/comparison.js';
import { formatComparisonText } from '../../src/present/comparison-text.js';
import { writeSample } from '../../src/sample/index.js';
import { comparePeriods } from './run-compare.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'nodefinder-compare-'));

describe.each([
  { staff: 1000, seed: 1 },
  { staff: 2000, seed: 7 },
])('a sample of $staff people with a second period (seed $seed)', async ({ staff, seed }) => {
  const dir = fresh();
  const truth = (await writeSample(dir, { staff, seed, secondPeriod: true })).secondPeriod!;
  const comparison = await comparePeriods(dir, `${truth.before.start}..${truth.before.end}`, `${truth.after.start}..${truth.after.end}`, { top: 20 });
  const team = (id: string) => comparison.teams.all.find((t) => t.id === id)!;
  const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

  it('reports the team cut off: a new silo, beyond normal variation, and its broken bridges first', () => {
    const cut = team(truth.cutOffTeam);
    expect(cut.eiIndex).toMatchObject({ after: -1, variation: 'beyond-normal' });
    expect(cut.eiIndex.change!).toBeLessThan(-0.8);
    expect(cut.teamsReached).toMatchObject({ after: 0, variation: 'beyond-normal' });
    expect(ids(comparison.teams.becameSilos.items)).toContain(truth.cutOffTeam);
    expect(ids(comparison.teams.largestEiChanges.items)[0]).toBe(truth.cutOffTeam);
    expect(comparison.pairs.broken.items[0].teams.map((t) => t.id)).toContain(truth.cutOffTeam);
    expect(comparison.repairs.some((r) => r.target.teams.some((t) => t.id === truth.cutOffTeam))).toBe(true);
  });

  it('reports the broker who left: lost roles, the largest fall in betweenness and in contacts across teams', () => {
    const [first] = comparison.people.roleChanges.items;
    expect(first).toMatchObject({ id: truth.leavingBroker, after: ['isolate'] });
    // A planted broker is judged a broker, a boundary spanner or both, depending on the draw.
    expect(first.lost.filter((role) => role === 'broker' || role === 'boundary-spanner').length).toBeGreaterThan(0);
    expect(comparison.people.betweennessFalls.items[0]).toMatchObject({ id: truth.leavingBroker, value: { after: 0 } });
    expect(comparison.people.crossTeamLosses.items[0]).toMatchObject({ id: truth.leavingBroker, value: { after: 0 } });
    expect(ids(comparison.people.stoppedInteracting.items)).toEqual([truth.leavingBroker]);
  });

  it('reports the merged departments: their teams opened up, and the new links run between them', () => {
    const merged = new Set(truth.mergedDepartments);
    const teams = comparison.teams.all.filter((t) => merged.has(t.parent) && !t.silo.before);
    const opened = teams.filter((t) => t.eiIndex.change! > 0 && t.eiIndex.variation === 'beyond-normal');
    expect(opened.length).toBeGreaterThanOrEqual(0.8 * teams.length);
    const across = (pair: { teams: readonly { parent: string }[] }) => merged.has(pair.teams[0].parent) && merged.has(pair.teams[1].parent) && pair.teams[0].parent !== pair.teams[1].parent;
    expect(comparison.pairs.newlyLinked.items.every(across)).toBe(true);
    expect(comparison.pairs.newlyLinked.items).toHaveLength(20);
    expect(comparison.organisation.crossTeamShare.change!).toBeGreaterThan(0);
  });

  it('shows no large change in the control team', () => {
    const control: TeamChange = team(truth.controlTeam);
    expect(Math.abs(control.eiIndex.change!)).toBeLessThan(0.1);
    expect(control.eiIndex.variation).toBe('within-normal');
    expect(control.teamsReached.variation).toBe('within-normal');
    expect(control.silo).toEqual({ before: false, after: false });
    const named = JSON.stringify([comparison.pairs, comparison.teams.becameSilos, comparison.teams.stoppedBeingSilos, comparison.repairs]);
    expect(named).not.toContain(`"${truth.controlTeam}"`);
  });
});

describe('a sample with nothing planted', () => {
  it('has few teams beyond normal variation between the two halves of its period', async () => {
    const dir = fresh();
    await writeSample(dir, { staff: 1000, seed: 2 });
    const comparison = await comparePeriods(dir, '2026-01-05..2026-03-31', '2026-04-01..2026-06-26');
    const beyond = (pick: (t: TeamChange) => { variation: string }) => comparison.teams.all.filter((t) => pick(t).variation === 'beyond-normal').length / comparison.teams.compared;
    // The rule is built to let about one chance change in twenty through (noise.ts).
    expect(beyond((t) => t.eiIndex)).toBeLessThan(0.1);
    expect(beyond((t) => t.teamsReached)).toBeLessThan(0.1);
    expect(comparison.teams.becameSilos.total + comparison.teams.stoppedBeingSilos.total).toBeLessThanOrEqual(1);
    expect(comparison.people.stoppedInteracting.total).toBe(0);
  });

  it('says how many changes of each kind were judged and passed, and about how many chance alone would pass', async () => {
    const dir = fresh();
    await writeSample(dir, { staff: 1000, seed: 2 });
    const comparison = await comparePeriods(dir, '2026-01-05..2026-03-31', '2026-04-01..2026-06-26', { top: 1 });
    const { judged } = comparison.noise;
    // Seed 2's figures, as bench/compare-chance.mjs measured them: every team is judged, and the pairs are counted in full, not only the one listed.
    expect(judged).toEqual({
      eiIndex: { judged: 102, beyond: 7, chanceShare: 0.044, expectedByChance: 4 },
      teamsReached: { judged: 102, beyond: 1, chanceShare: 0.024, expectedByChance: 2 },
      brokenPairs: { judged: 12, beyond: 0, chanceShare: 0.025, expectedByChance: 0 },
      newlyLinkedPairs: { judged: 10, beyond: 1, chanceShare: 0.043, expectedByChance: 0 },
    });
    expect(comparison.pairs.broken).toMatchObject({ total: 12, items: [expect.anything()] });
    const text = formatComparisonText(comparison);
    expect(text).toContain('E-I index: 7 of 102 teams beyond normal variation; in sample organisations without change about 4.4% of teams pass by chance: about 4 of these.');
    expect(text).toContain('Team pairs newly linked: 1 of 10 pairs beyond normal variation;');
    expect(text).not.toContain('unlikely to be chance');
    // Every list is cut to --top 1, and says how to see all of it.
    expect(text).toContain('Teams: largest changes in E-I index (1 of 94 shown; --top 94 for all)');
    expect(text).toContain('Team pairs that lost all their ties (1 of 12 shown; --top 12 for all)');
  });
});
