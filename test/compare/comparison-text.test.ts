/**
 * The comparison's text tables stay aligned in a terminal whatever script the names are in: on
 * the tiny organisation (tiny-org.ts) with people given Chinese and Korean names, whose
 * characters take two terminal cells each.
 */
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/compare/comparison.js';
import { displayWidth } from '../../src/present/display-width.js';
import { formatComparisonText } from '../../src/present/comparison-text.js';
import { comparePeriods } from './run-compare.js';
import { AFTER, BEFORE, writeTinyOrganisation } from './tiny-org.js';

const NAMES = ['王小明 Wang', '김민준'];

/** The comparison with the first people of its largest rises in betweenness renamed. */
function withWideNames(comparison: Comparison): Comparison {
  const rises = comparison.people.betweennessRises;
  const items = rises.items.map((person, i) => ({ ...person, name: NAMES[i] ?? person.name }));
  return { ...comparison, people: { ...comparison.people, betweennessRises: { ...rises, items } } };
}

describe('the comparison as text', async () => {
  const comparison = withWideNames(await comparePeriods(writeTinyOrganisation(), BEFORE, AFTER));

  it('pads names by the terminal cells they take, so every column starts where its header does', () => {
    const text = formatComparisonText(comparison);
    const table = text.slice(text.indexOf('People: largest rises in betweenness\n')).split('\n').slice(1, 2 + comparison.people.betweennessRises.items.length);
    // 王小明 Wang takes 11 cells and 김민준 6 (two a character), as wide as "Person h2" and less.
    expect(table.slice(0, 4)).toEqual([
      '  person       team                       before   after   change',
      '  王小明 Wang  Grants                     0.0016  0.0357  +0.0341',
      '  김민준       Grants                     0.0016  0.0341  +0.0325',
      '  Person h2    Housing                    0.0016  0.0262  +0.0246',
    ]);
    expect(new Set(table.map(displayWidth))).toEqual(new Set([displayWidth(table[0])]));
  });

  it('counts one judged change in the singular, and says nothing of chance\'s number when it is 0', () => {
    const one = { judged: 1, beyond: 0, chanceShare: 0.025, expectedByChance: 0 };
    const many = { judged: 102, beyond: 7, chanceShare: 0.044, expectedByChance: 4 };
    const judged = { eiIndex: many, teamsReached: { ...one, judged: 2 }, brokenPairs: one, newlyLinkedPairs: one };
    const text = formatComparisonText({ ...comparison, noise: { ...comparison.noise, rule: 'the rule', available: true, judged } });
    expect(text).toContain('E-I index: 7 of 102 teams beyond normal variation; in sample organisations without change about 4.4% of teams pass by chance: about 4 of these.\n');
    expect(text).toContain('Teams reached: 0 of 2 teams beyond normal variation; in sample organisations without change about 2.5% of teams pass by chance.\n');
    expect(text).toContain('Team pairs that lost all their ties: 0 of 1 pair beyond normal variation; in sample organisations without change about 2.5% of pairs pass by chance.\n');
  });
});
