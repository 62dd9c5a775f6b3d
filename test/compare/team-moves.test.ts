/**
 * A reorganisation between two folders of the tiny organisation (tiny-org.ts), worked out by hand:
 * who moved between teams, each team's members before and after, and which teams' changes are
 * flagged as possibly the reorganisation rather than behaviour (more than a fifth of the people
 * in the team in either period joined, left or moved: src/compare/membership.ts).
 */
import { describe, expect, it } from 'vitest';
import type { MembershipChange } from '../../src/compare/comparison.js';
import { formatComparisonHtml } from '../../src/present/comparison-html.js';
import { formatComparisonMarkdown } from '../../src/present/comparison-markdown.js';
import { formatComparisonText } from '../../src/present/comparison-text.js';
import { compareFolders, comparePeriods } from './run-compare.js';
import { AFTER, BEFORE, writeTinyOrganisation } from './tiny-org.js';

const caveat = (team: string, changed: number, of: number) =>
  `${team}: membership changed: ${changed} of ${of} people joined, left or moved; part of this change may be the reorganisation, not behaviour.`;

describe('two folders either side of a reorganisation', async () => {
  const before = writeTinyOrganisation({ days: ['2026-01-05', '2026-01-15', '2026-01-25'] });
  // e4 and e5 move from Estates (E) to Fleet (F), g5 from Grants (G) to Housing (H), s1 from the
  // small team Scrutiny (S) to Casework (C); a4 and a5 leave Accounts (A).
  const after = writeTinyOrganisation({ days: ['2026-02-10'], moved: { e4: 'F', e5: 'F', g5: 'H', s1: 'C' }, without: ['a4', 'a5'] });
  // A minimum group size of 3 keeps Estates (3 after) and Accounts (3 after) compared; Scrutiny (2, then 1) stays small.
  const comparison = await compareFolders(before, after, { minGroupSize: 3 });
  const text = formatComparisonText(comparison);
  const lines = text.split('\n');
  const section = (title: string) => {
    const start = lines.indexOf(title);
    return lines.slice(start + 1, lines.indexOf('', start));
  };

  it('lists who moved, by the team they left then the team they joined, naming no small team', () => {
    expect(comparison.people.movedTeams.total).toBe(4);
    expect(comparison.people.movedTeams.items.map((p) => [p.id, p.from, p.team])).toEqual([
      ['e4', 'E', 'F'],
      ['e5', 'E', 'F'],
      ['g5', 'G', 'H'],
      ['s1', null, 'C'], // from Scrutiny, below the minimum group size
    ]);
    // Leavers are not movers.
    expect(comparison.people.left.items.map((p) => p.id)).toEqual(['a4', 'a5']);
    expect(section('Moved between teams')).toEqual([
      '  person     team before                team after',
      '  Person e4  Estates                    Fleet',
      '  Person e5  Estates                    Fleet',
      '  Person g5  Grants                     Housing',
      '  Person s1  no team, or a small team*  Casework',
      '  * a small team, withheld: fewer than 3 people in either period (--min-group-size).',
    ]);
    expect(formatComparisonMarkdown(comparison)).toContain('| Person g5 | Grants | Housing |');
    expect(formatComparisonHtml(comparison)).toContain('<h2>Moved between teams</h2>');
  });

  it('counts who arrived in and departed from each team, and flags more than a fifth', () => {
    const membership = (people: number, arrived: number, departed: number, substantial: boolean): MembershipChange => ({ people, arrived, departed, substantial });
    expect(Object.fromEntries(comparison.teams.all.map((t) => [t.id, [t.size.before, t.size.after, t.membership]]))).toEqual({
      A: [5, 3, membership(5, 0, 2, true)], // two leavers of five
      B: [5, 5, membership(5, 0, 0, false)],
      C: [5, 6, membership(6, 1, 0, false)], // one of six arrived
      E: [5, 3, membership(5, 0, 2, true)], // two of five moved out
      F: [5, 7, membership(7, 2, 0, true)], // two of seven moved in
      G: [5, 4, membership(5, 0, 1, false)], // exactly a fifth: not more than one
      H: [5, 6, membership(6, 1, 0, false)],
    });
  });

  it('shows each team’s members before → after and flags the changes of reorganised teams, verdict kept', () => {
    // Estates: 5 inside and 4 leaving before; after, e1-e2 and e2-e3 inside, e3-e4, e5-e1, e2-f2 and e3-f3 leaving.
    const estates = section('Teams: largest changes in E-I index').find((line) => line.startsWith('  Estates'))!;
    expect(estates.split(/\s{2,}/).slice(1)).toEqual(['Estates', 'Services', '5 → 3', '-0.11', '0.33', '+0.44', '–', 'normal variation unknown; membership changed']);
    expect(section('Teams: largest changes in E-I index')).toContain(`  ${caveat('Estates', 2, 5)}`);
    const grants = section('Teams: largest changes in E-I index').find((line) => line.startsWith('  Grants'))!;
    expect(grants).toMatch(/ 5 → 4 .*normal variation unknown$/);
    expect(section('Teams: largest changes in E-I index').some((line) => line.includes(caveat('Grants', 1, 5)))).toBe(false);
  });

  it('flags the team pairs with a reorganised team, and only those', () => {
    const newly = comparison.pairs.newlyLinked.items.map((p) => p.teams.map((t) => t.id).join('–'));
    // G–H: g1-h1, g2-h2 and g5's ring ties g4-g5, g5-g1 (4); B–F: b3-e4; C–G: s1-g3.
    expect(newly).toEqual(['G–H', 'B–F', 'C–G']);
    const rows = section('Team pairs newly linked');
    expect(rows.find((line) => line.startsWith('  Buildings'))).toMatch(/normal variation unknown; membership changed$/);
    expect(rows.find((line) => line.startsWith('  Grants'))).toMatch(/normal variation unknown$/);
    expect(rows.filter((line) => line.includes('membership changed:'))).toEqual([`  ${caveat('Fleet', 2, 7)}`]);
  });
});

describe('two periods of one folder', () => {
  it('has no one moving and no team changing membership: one staff file serves both', async () => {
    const comparison = await comparePeriods(writeTinyOrganisation(), BEFORE, AFTER);
    expect(comparison.people.movedTeams).toEqual({ total: 0, items: [] });
    expect(comparison.teams.all.every((t) => !t.membership.substantial && t.membership.arrived + t.membership.departed === 0)).toBe(true);
    expect(formatComparisonText(comparison)).not.toContain('Moved between teams');
  });
});
