/**
 * Known answers for how the plan is chosen under the per-person cap: equal scores are spread over
 * people and pairs of teams rather than given to the lowest id, a silo's introductions go first to
 * members other than the one who already holds its outside ties, and a silo whose warm
 * introductions all fall through at the cap gets a cold one.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { suggestIntroductions, type Introduction } from '../../src/introductions/index.js';
import type { Organisation } from '../../src/organisation/organisation.js';
import { tinyOrganisation } from './build.js';

const clique = (ids: readonly string[], strength = 3) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b, strength] as [string, string, number]));
const members = (team: string, count = 6) => Array.from({ length: count }, (_, i) => `${team}${i + 1}`);
const summary = (s: Introduction) => (s.warm ? `${s.from}>${s.to} via ${s.via.join()}` : `${s.from}>${s.to} cold`);
const plan = (organisation: Organisation) => suggestIntroductions(organisation, analyse(organisation), { limit: 100, minGroupSize: 0 });

describe('equal scores are spread over people', () => {
  it('two teams joined only by A1: three different people of each team, not A2 three times', () => {
    // Every A2..A6 × B1..B6 pair has A1 as its one mutual contact and the same score; A1 (cap 3)
    // can introduce three of them. A needs it more (A1 holds all its outside ties), so A is `from`.
    const a = members('A');
    const b = members('B');
    const organisation = tinyOrganisation({
      teams: [['A', 'A'], ['B', 'B']],
      people: [...a, ...b].map((id) => [id, id[0]] as [string, string]),
      ties: [...clique(a), ...clique(b), ...b.map((id) => ['A1', id, 1] as [string, string, number])],
    });
    const result = plan(organisation);
    expect(new Set(result.map((s) => s.score)).size).toBe(1);
    expect(result.map(summary)).toEqual(['A2>B1 via A1', 'A3>B2 via A1', 'A4>B3 via A1']);
  });

  it('a bridge B6–D6 between two departments: a tie for each side of it, so that neither stays a cut point', () => {
    // B–C and D–E are linked five times each (B1–C1 … B5–C5, D1–E1 … D5–E5), B and D only by B6–D6.
    // B1..B5 can meet D6 through B6 and B6 can meet D1..D5 through D6, all with the same score.
    // After B1>D6 (via B6), B6 has been introduced to no one and D1 neither, so B6>D1 (via D6) comes
    // next; then B2>D6 and B6>D2 are even on who has been introduced and who appeared, and the
    // lower id, B2, takes the last turn that B6 and D6 have room for.
    const teams = ['B', 'C', 'D', 'E'];
    const organisation = tinyOrganisation({
      teams: teams.map((t) => [t, `Team ${t}`] as [string, string]),
      people: teams.flatMap((t) => members(t).map((id) => [id, t] as [string, string])),
      ties: [
        ...teams.flatMap((t) => clique(members(t))),
        ...[1, 2, 3, 4, 5].flatMap((i) => [[`B${i}`, `C${i}`, 1], [`D${i}`, `E${i}`, 1]] as [string, string, number][]),
        ['B6', 'D6', 4],
      ],
    });
    const bridge = plan(organisation).filter((s) => [s.from, s.to].sort().join().match(/^B\d,D\d$/));
    expect(new Set(bridge.map((s) => s.score)).size).toBe(1);
    expect(bridge.map(summary)).toEqual(['B1>D6 via B6', 'B6>D1 via D6', 'B2>D6 via B6']);
  });
});

describe('a silo whose outside ties one member holds', () => {
  // Sealed (S1..S5) talks to the outside only through S1–O1. S1 could meet O1's contacts O2 and P1
  // (higher scores: Sealed and Partners have no tie), or introduce S2..S5 to O1 (all the same score).
  const organisation = tinyOrganisation({
    teams: [['S', 'Sealed', 'Dept A'], ['O', 'Open', 'Dept A'], ['P', 'Partners', 'Dept B']],
    people: [['S1', 'S'], ['S2', 'S'], ['S3', 'S'], ['S4', 'S'], ['S5', 'S'], ['O1', 'O'], ['O2', 'O'], ['P1', 'P'], ['P2', 'P']],
    ties: [...clique(['S1', 'S2', 'S3', 'S4', 'S5'], 2), ['S1', 'O1', 1], ['O1', 'O2', 4], ['O1', 'P1', 3], ['P1', 'P2', 4], ['O2', 'P2', 1]],
  });

  it('gives its introductions to other members, through the one who holds them, before that member', () => {
    const result = plan(organisation).filter((s) => s.from.startsWith('S'));
    expect(result.map(summary)).toEqual(['S2>O1 via S1', 'S3>O1 via S1', 'S4>O1 via S1']);
  });

  it('still introduces that member when the cap leaves room', () => {
    const result = suggestIntroductions(organisation, analyse(organisation), { limit: 100, maxPerPerson: 100, minGroupSize: 0 });
    const sealed = result.filter((s) => s.from.startsWith('S')).map(summary);
    expect(sealed).toEqual(expect.arrayContaining(['S1>O2 via O1', 'S1>P1 via O1', 'S5>O1 via S1']));
    // listed best score first all the same: S1's introductions (no tie between the teams) lead
    expect(sealed.slice(0, 2).sort()).toEqual(['S1>O2 via O1', 'S1>P1 via O1']);
  });
});

describe('silos on one hub', () => {
  // Seven silos S1..S7 of six, each linked by its first member to the hub H1 alone; H1's teammates
  // H2..H6 each know one of O2..O6. H1 (cap 3) can take part in three introductions.
  const silos = [1, 2, 3, 4, 5, 6, 7].map((i) => `S${i}`);
  const person = (team: string, i: number) => `${team}_${i}`;
  const six = (team: string) => [1, 2, 3, 4, 5, 6].map((i) => person(team, i));
  const organisation = tinyOrganisation({
    teams: [...silos, 'H', 'O'].map((t) => [t, t] as [string, string]),
    people: [...silos, 'H', 'O'].flatMap((t) => six(t).map((id) => [id, t] as [string, string])),
    ties: [
      ...[...silos, 'H', 'O'].flatMap((t) => clique(six(t))),
      ...silos.map((t) => [person(t, 1), 'H_1', 2] as [string, string, number]),
      ...[2, 3, 4, 5, 6].map((i) => [person('H', i), person('O', i), 2] as [string, string, number]),
    ],
  });
  const result = plan(organisation);
  const ofSilo = (s: Introduction) => s.from.startsWith('S');

  it('spreads H1 over three silos, each a member other than the one who holds its outside tie', () => {
    expect(result.filter((s) => ofSilo(s) && s.warm).map(summary)).toEqual(['S1_2>H_1 via S1_1', 'S2_2>H_1 via S2_1', 'S3_2>H_1 via S3_1']);
  });

  it('gives each silo H1 had no room for a cold introduction, again not through its first member', () => {
    // The nearest unlinked team is O; its best-connected are O_2 and O_3, taken in turn.
    expect(result.filter((s) => ofSilo(s) && !s.warm).map(summary)).toEqual(['S4_2>O_2 cold', 'S5_2>O_3 cold', 'S6_2>O_2 cold', 'S7_2>O_3 cold']);
    for (const s of result.filter((s) => !s.warm)) expect(s.reason).toMatch(/no one knows both, so this would be a cold introduction\.$/);
  });
});
