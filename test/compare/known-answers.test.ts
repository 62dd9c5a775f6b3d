/**
 * Known answers on the tiny organisation of tiny-org.ts, computed by hand. Each team has five ties
 * inside (its ring), so its E-I index with x ties leaving is (x − 5) / (x + 5).
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { compare, type ComparedPeriod } from '../../src/compare/compare.js';
import type { Comparison, TeamChange } from '../../src/compare/comparison.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { formatComparisonHtml } from '../../src/present/comparison-html.js';
import { formatComparisonMarkdown } from '../../src/present/comparison-markdown.js';
import { formatComparisonText } from '../../src/present/comparison-text.js';
import { comparePeriods, compareFolders } from './run-compare.js';
import { AFTER, BEFORE, writeTinyOrganisation } from './tiny-org.js';

const ei = (leaving: number) => (leaving - 5) / (leaving + 5);

describe('two periods of the tiny organisation', async () => {
  const comparison = await comparePeriods(writeTinyOrganisation(), BEFORE, AFTER);
  const team = (id: string) => comparison.teams.all.find((t) => t.id === id)!;
  const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

  it('splits the 31-day before period into thirds of 11, 10 and 10 days', () => {
    expect(comparison.noise.windows).toEqual([
      { start: '2026-01-01', end: '2026-01-11' },
      { start: '2026-01-12', end: '2026-01-21' },
      { start: '2026-01-22', end: '2026-01-31' },
    ]);
    expect(comparison.noise.available).toBe(true);
    expect(comparison.before).toMatchObject({ label: BEFORE, start: '2026-01-01', end: '2026-01-31', people: 37, ties: 42, interactions: 125 });
    expect(comparison.after).toMatchObject({ label: AFTER, people: 37, ties: 42, interactions: 43, firstInteraction: '2026-02-10T10:00:00.000Z' });
  });

  it('measures each team’s E-I index and its normal variation', () => {
    // [before, after, normal variation, judgement]. The variation is the range over the three
    // windows, but at least the change one tie makes (5 inside, k outside: the largest step to
    // 4 or 6 inside, k − 1 or k + 1 outside).
    const oneTie = (leaving: number) => Math.max(...[[leaving + 1, 5], [leaving, 6], [leaving - 1, 5], [leaving, 4]]
      .filter(([e]) => e >= 0).map(([e, i]) => Math.abs((e - i) / (e + i) - ei(leaving))));
    expect(oneTie(1)).toBeCloseTo(1 / 3, 12); // 1 of 6 ties leaving → none: −2/3 → −1
    const expected: Record<string, [number, number, number, string]> = {
      A: [ei(2), ei(0), oneTie(2), 'beyond-normal'], // a1-b1 and a2-b2 in every window, none after
      B: [ei(3), ei(1), oneTie(3), 'beyond-normal'], // b3-e4 in the first window only: windows -1/4, -3/7, -3/7, a range below one tie
      C: [ei(1), ei(0), oneTie(1), 'within-normal'], // its one tie outside lost: a change of one tie is within it
      E: [ei(4), ei(3), oneTie(4), 'within-normal'], // a change exactly as large as the variation is within it
      F: [ei(2), ei(2), oneTie(2), 'within-normal'], // no change at all
      G: [ei(0), ei(3), oneTie(0), 'beyond-normal'],
      H: [ei(0), ei(2), oneTie(0), 'beyond-normal'],
    };
    expect(Object.keys(expected)).toEqual(ids(comparison.teams.all));
    for (const [id, [before, after, variation, judgement]] of Object.entries(expected)) {
      const { eiIndex } = team(id);
      expect(eiIndex.before, id).toBeCloseTo(before, 12);
      expect(eiIndex.after, id).toBeCloseTo(after, 12);
      expect(eiIndex.change, id).toBeCloseTo(after - before, 12);
      expect(eiIndex.normalVariation, id).toBeCloseTo(variation, 12);
      expect(eiIndex.variation, id).toBe(judgement);
    }
  });

  it('judges teams reached with a floor of one for counts', () => {
    // [before, after, normal variation, judgement]
    const expected: Record<string, [number, number, number, string]> = {
      A: [1, 0, 1, 'within-normal'], // windows 1, 1, 1: range 0, floor 1
      B: [2, 1, 1, 'within-normal'], // windows 2, 1, 1
      C: [1, 0, 1, 'within-normal'],
      E: [3, 2, 1, 'within-normal'], // windows 3, 2, 2
      F: [1, 1, 1, 'within-normal'],
      G: [0, 2, 1, 'beyond-normal'], // reaches H and S
      H: [0, 1, 1, 'within-normal'],
    };
    for (const [id, [before, after, variation, judgement]] of Object.entries(expected)) {
      expect(team(id).teamsReached, id).toEqual({ before, after, change: after - before, normalVariation: variation, variation: judgement });
    }
  });

  it('ranks the largest changes and finds the teams that became or stopped being silos', () => {
    // |change|: G 3/4, A 4/7, H 4/7 (A first by id), B 5/12, C 1/3, E 5/36; F did not change
    expect(ids(comparison.teams.largestEiChanges.items)).toEqual(['G', 'A', 'H', 'B', 'C', 'E']);
    expect(comparison.teams.largestEiChanges.total).toBe(6);
    expect(ids(comparison.teams.largestReachChanges.items)).toEqual(['G', 'A', 'B', 'C', 'E', 'H']);
    expect(ids(comparison.teams.becameSilos.items)).toEqual(['A', 'C']);
    expect(ids(comparison.teams.stoppedBeingSilos.items)).toEqual(['G', 'H']);
    expect(comparison.teams.compared).toBe(7);
  });

  it('finds the broken bridge and the new link between teams', () => {
    const pair = (p: Comparison['pairs']['broken']['items'][number]) => [p.teams[0].id, p.teams[1].id, p.ties.before, p.ties.after, p.ties.normalVariation, p.ties.variation];
    expect(comparison.pairs.broken.items.map(pair)).toEqual([
      ['A', 'B', 2, 0, 1, 'beyond-normal'],
      ['C', 'E', 1, 0, 1, 'within-normal'], // losing a single tie is within the floor of one
    ]);
    expect(comparison.pairs.newlyLinked.items.map(pair)).toEqual([['G', 'H', 0, 2, 1, 'beyond-normal']]);
  });

  it('leaves the small team S out of every team and pair figure, and says so', () => {
    expect(comparison.privacy).toEqual({ minGroupSize: 5, teamsSuppressed: 1, pairsSuppressed: 1, repairsSuppressed: 0, pseudonymised: false });
    const json = JSON.stringify({ teams: comparison.teams, pairs: comparison.pairs });
    expect(json).not.toContain('"S"');
    expect(json).not.toContain('Scrutiny');
    // Its members are listed (s1 is a new single point of failure), but with no team, as the
    // library's compare releases each analysis itself when it is given no released one.
    expect(comparison.people.newSinglePointsOfFailure.items.find((p) => p.id === 's1')!.team).toBeNull();
    expect(JSON.stringify(comparison.people)).not.toContain('"team":"S"');
  });

  it('names a withheld team as the analysis does, marked, with the note under the list saying small in either period, not as missing', () => {
    const note = '* a small team, withheld: fewer than 5 people in either period (--min-group-size).';
    const text = formatComparisonText(comparison);
    expect(text).toContain([
      'New single points of failure',
      '  person     team                       people cut off  teams affected',
      '  Person g3  Grants                                  2               1',
      '  Person s1  no team, or a small team*               1               1',
      `  ${note}`,
      '',
    ].join('\n'));
    // Only the lists that show a withheld team carry the note.
    expect(text.split(note).length - 1).toBe(2); // largest rises in betweenness, new single points of failure
    const markdown = formatComparisonMarkdown(comparison);
    expect(markdown).toContain('| Person s1 | no team, or a small team\\* | 1 | 1 |\n\n\\* a small team, withheld: fewer than 5 people in either period (--min-group-size).\n');
    const html = formatComparisonHtml(comparison);
    expect(html).toContain('<tr><td>Person s1</td><td>no team, or a small team*</td><td class="num">1</td><td class="num">1</td></tr>');
    expect(html).toContain(`</table></div>\n<p>${note}</p>`);
  });

  it('colours a change beyond normal variation in HTML as a loss when it fell and as a gain when it rose', () => {
    const html = formatComparisonHtml(comparison);
    // Each table's rows: the first cell and the class of the judgement, the last cell.
    const verdicts = (title: string) => {
      const section = html.slice(html.indexOf(`<h2>${title}`), html.indexOf('</section>', html.indexOf(`<h2>${title}`)));
      return [...section.matchAll(/<tr><td>([^<]*)<\/td>.*<td class="([^"]*)">[^<]*<\/td><\/tr>/g)].map(([, first, classes]) => `${first}: ${classes}`);
    };
    expect(verdicts('Teams: largest changes in E-I index')).toEqual([
      'Grants: gain nowrap', // -1.00 → -0.25
      'Accounts: loss nowrap', // -0.43 → -1.00
      'Housing: gain nowrap',
      'Buildings: loss nowrap',
      'Casework: dim nowrap', // within normal variation
      'Estates: dim nowrap',
    ]);
    expect(verdicts('Teams: largest changes in teams reached').slice(0, 2)).toEqual(['Grants: gain nowrap', 'Accounts: dim nowrap']);
    expect(verdicts('Teams that became silos')).toEqual(['Accounts: loss nowrap', 'Casework: dim nowrap']);
    expect(verdicts('Teams that stopped being silos')).toEqual(['Grants: gain nowrap', 'Housing: gain nowrap']);
    expect(verdicts('Team pairs that lost all their ties')).toEqual(['Accounts: loss nowrap', 'Casework: dim nowrap']);
    expect(verdicts('Team pairs newly linked')).toEqual(['Grants: gain nowrap']);
    // The words stay: the colour adds the direction, it does not replace the judgement.
    expect(html).toContain('<td class="gain nowrap">beyond normal variation</td>');
    expect(html).toContain('td.loss { color: var(--loss);');
    expect(html).toContain('td.gain { color: var(--gain);');
  });

  it('compares the whole organisation', () => {
    const { organisation } = comparison;
    expect(organisation.people).toEqual({ before: 37, after: 37, change: 0 });
    expect(organisation.ties).toEqual({ before: 42, after: 42, change: 0 });
    expect(organisation.interactions).toEqual({ before: 125, after: 43, change: -82 });
    expect(organisation.density.before).toBeCloseTo(42 / 666, 12);
    // before: A-B-E-C-F (25), G, H, S; after: A, C, B-E-F (15), G-H-S (12)
    expect(organisation.components).toEqual({ before: 4, after: 4, change: 0 });
    expect(organisation.largestComponent).toEqual({ before: 25, after: 15, change: -10 });
    expect(organisation.crossTeamShare.before).toBeCloseTo(6 / 42, 12);
    expect(organisation.crossTeamShare.after).toBeCloseTo(6 / 42, 12);
    // silos among the compared teams: G and H before, A and C after (S is suppressed)
    expect(organisation.silos).toEqual({ before: 2, after: 2, change: 0 });
    // cut points: b3, e4, c1, e1 before; b3, e4, g3, s1 after
    expect(organisation.singlePointsOfFailure).toEqual({ before: 4, after: 4, change: 0 });
  });

  it('finds the people who lost contacts in other teams and the new single points of failure', () => {
    const { people } = comparison;
    expect(people.matched).toBe(37);
    expect(people.crossTeamLosses.items.map((p) => [p.id, p.value.before, p.value.after])).toEqual([
      ['a1', 1, 0],
      ['a2', 1, 0],
      ['b1', 1, 0],
      ['b2', 1, 0],
      ['c1', 1, 0],
      ['e1', 1, 0],
    ]);
    expect(people.newSinglePointsOfFailure.items.map((p) => [p.id, p.peopleCutOff])).toEqual([
      ['g3', 2], // S hangs off G by s1-g3
      ['s1', 1],
    ]);
    expect(people.joined.total + people.left.total + people.stoppedInteracting.total + people.startedInteracting.total).toBe(0);
  });

  it('reports e1, the only link to C, as a connector who lost the role', () => {
    const e1 = comparison.people.roleChanges.items.find((p) => p.id === 'e1')!;
    // After, e1 has the two ties of its ring, as most people do: the 10th percentile of degree is
    // the median, which marks no one out, so e1 is not called peripheral.
    expect(e1).toMatchObject({ before: ['connector'], after: [], gained: [], lost: ['connector'] });
    for (const change of comparison.people.roleChanges.items) {
      expect(change.gained).toEqual(change.after.filter((role) => !change.before.includes(role)));
      expect(change.lost).toEqual(change.before.filter((role) => !change.after.includes(role)));
    }
    expect(comparison.people.betweennessFalls.items.map((p) => p.id)).toContain('e1');
    for (const list of [comparison.people.betweennessFalls, comparison.people.betweennessRises]) {
      const sizes = list.items.map((p) => Math.abs(p.value.change!));
      expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    }
  });

  it('suggests introductions that repair the losses: the broken pair first, then the new silo, then the fall', () => {
    const repairs = comparison.repairs.map((r) => [r.target.kind, r.target.teams.map((t) => t.id).join(), r.introduction.from, r.introduction.to, r.interactionsBefore]);
    expect(repairs).toEqual([
      ['broken-pair', 'A,B', 'a1', 'b1', 3], // A's cold introduction reconnects a1 and b1
      ['became-silo', 'C', 'c1', 'e2', 0],
      // b3 holds Buildings' one tie outside: its teammates meet e4 through it before it meets e3
      ['ei-fall', 'B', 'b2', 'e4', 0],
      ['ei-fall', 'B', 'b4', 'e4', 0],
    ]);
    expect(comparison.repairs[0].target.because).toBe('Accounts and Buildings had 2 ties between them before and none after');
  });

  it('is a plain object that JSON keeps whole, and the same on every run', async () => {
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
    expect(await comparePeriods(writeTinyOrganisation(), BEFORE, AFTER)).toEqual(comparison);
    expect(comparison.notes).toEqual([]);
  });

  it('limits every list to top and keeps the totals', async () => {
    const short = await comparePeriods(writeTinyOrganisation(), BEFORE, AFTER, { top: 2 });
    expect(short.teams.largestEiChanges.items.map((t: TeamChange) => t.id)).toEqual(['G', 'A']);
    expect(short.teams.largestEiChanges.total).toBe(6);
    expect(short.people.crossTeamLosses).toMatchObject({ total: 6 });
    expect(short.repairs).toHaveLength(2);
  });
});

describe('without windows', () => {
  it('judges every change as of unknown variation, and no change as within it', async () => {
    const comparison = await comparePeriods(writeTinyOrganisation(), BEFORE, AFTER, { windows: [], notes: ['no timestamps'] });
    expect(comparison.noise).toMatchObject({ windows: [], available: false });
    const judged = comparison.teams.all.map((t) => [t.id, t.eiIndex.variation, t.eiIndex.normalVariation]);
    expect(judged).toEqual([
      ['A', 'unknown', null],
      ['B', 'unknown', null],
      ['C', 'unknown', null],
      ['E', 'unknown', null],
      ['F', 'within-normal', null],
      ['G', 'unknown', null],
      ['H', 'unknown', null],
    ]);
    expect(comparison.pairs.broken.items.map((p) => p.ties.variation)).toEqual(['unknown', 'unknown']);
    expect(comparison.notes).toEqual(['no timestamps']);
    // Repairs answer losses not known to be within normal variation, so now C-E too: C's cold
    // introduction (c1-e2) relinks that pair, which comes before C's becoming a silo; B's fall is
    // of unknown size against noise and is left out.
    expect(comparison.repairs.map((r) => [r.target.kind, r.target.teams.map((t) => t.id).join(), r.introduction.from, r.introduction.to])).toEqual([
      ['broken-pair', 'A,B', 'a1', 'b1'],
      ['broken-pair', 'C,E', 'c1', 'e2'],
    ]);
  });
});

describe('periods of different lengths', () => {
  it('judges no change between periods of different lengths, and names a before period that would do', async () => {
    const comparison = await comparePeriods(writeTinyOrganisation(), BEFORE, '2026-02-01..2026-02-10');
    expect(comparison.noise).toMatchObject({ windows: [], available: false });
    expect(comparison.teams.all.map((team) => team.eiIndex.variation)).not.toContain('beyond-normal');
    expect(comparison.notes).toEqual([
      'The periods differ in length (31 days before, 10 days after), so no change is judged against normal variation. Tie-based figures grow with the time observed: ' +
        'a longer period shows more of the occasional contacts, and the lengths alone would make most teams look changed. ' +
        'Compare periods of equal length, such as --before 2026-01-22..2026-01-31 (the end of the before period).',
    ]);
    // A shorter before period: the start of the after period would do.
    const shorter = await comparePeriods(writeTinyOrganisation(), '2026-01-22..2026-01-31', AFTER);
    expect(shorter.notes[0]).toContain('Compare periods of equal length, such as --after 2026-02-01..2026-02-10 (the start of the after period).');
  });
});

describe('two folders', () => {
  it('matches people by id and reports who joined and who left', async () => {
    const before = writeTinyOrganisation({ days: ['2026-01-05', '2026-01-15', '2026-01-25'] });
    // a5 has left; a6 has joined team A and closes the ring through a1 and a4.
    const after = writeTinyOrganisation({
      days: ['2026-02-10'],
      without: ['a5'],
      extraStaff: [['a6', 'A']],
      extraInteractions: [['a6', 'a1', '2026-02-02'], ['a6', 'a4', '2026-02-27']],
    });
    const comparison = await compareFolders(before, after);
    expect(comparison.mode).toBe('folders');
    expect(comparison.people.matched).toBe(36);
    expect(comparison.people.joined.items.map((p) => [p.id, p.team, p.ties])).toEqual([['a6', 'A', 2]]);
    expect(comparison.people.left.items.map((p) => [p.id, p.team, p.ties])).toEqual([['a5', 'A', 2]]);
    // The before folder's timestamps cover 21 days (5 to 25 January), the after folder's 26 (2 to
    // 27 February): too unequal to judge changes against normal variation.
    expect(comparison.noise.available).toBe(false);
    expect(comparison.notes[0]).toContain('The periods differ in length (21 days before, 26 days after)');
    // The note names a period of the longer folder that would do: its first 21 days.
    expect(comparison.notes[0]).toMatch(/Compare periods of equal length, such as --after 2026-02-02\.\.2026-02-22 \(the start of the after period\)\.$/);
    // The other way round, the last 21 days of the before folder, as --before.
    const longerBefore = await compareFolders(after, before);
    expect(longerBefore.notes[0]).toMatch(/Compare periods of equal length, such as --before 2026-02-07\.\.2026-02-27 \(the end of the before period\)\.$/);
    expect(comparison.teams.all.find((t) => t.id === 'A')!.eiIndex).toMatchObject({ before: ei(2), after: ei(0) });
  });
});

describe('a team that falls below the minimum group size', () => {
  it('is shown in neither period: its leavers have no team, and its members no cross-team losses', async () => {
    const before = writeTinyOrganisation({ days: ['2026-01-05', '2026-01-15', '2026-01-25'] });
    // A (Accounts) keeps three of its five: five before, three after.
    const after = writeTinyOrganisation({ days: ['2026-02-10'], without: ['a4', 'a5'] });
    const comparison = await compareFolders(before, after);
    expect(comparison.people.left.items.map((p) => [p.id, p.team])).toEqual([['a4', null], ['a5', null]]);
    expect(comparison.teams.all.map((t) => t.id)).not.toContain('A');
    expect(comparison.people.crossTeamLosses.items.map((p) => p.id)).toEqual(['b1', 'b2', 'c1', 'e1']);
    expect(JSON.stringify(comparison.people)).not.toContain('"team":"A"');
  });
});

describe('a team with no members', () => {
  it('is not counted as withheld as small, as analyse does not count it', async () => {
    // Z (Zero) is in teams.csv in both folders, with nobody in staff.csv.
    const [before, after] = [writeTinyOrganisation({ days: ['2026-01-05', '2026-01-15', '2026-01-25'] }), writeTinyOrganisation({ days: ['2026-02-10'] })];
    for (const dir of [before, after]) appendFileSync(join(dir, 'teams.csv'), 'Z,Zero,Growth\n');
    const comparison = await compareFolders(before, after);
    expect(comparison.privacy).toMatchObject({ minGroupSize: 5, teamsSuppressed: 1 });
    expect(formatComparisonText(comparison)).toContain('1 team was smaller in at least one period');
  });
});

describe('a team small only in the before period', () => {
  it('is given no repair: the after period’s plan would name it, with the figures of its pair', async () => {
    // G loses six ties outside (to E, F and H) and its E-I index falls beyond normal variation;
    // S (Scrutiny) grows from two to five with three joiners, a silo tied to G by s1-g3, so the
    // after period's plan introduces s1 to g2 and g4 ("Scrutiny has 9% of its ties outside").
    const windowDays = ['2026-01-05', '2026-01-15', '2026-01-25'];
    const leftG = [['g4', 'f4'], ['g5', 'f5'], ['g4', 'h4'], ['g5', 'h5'], ['g3', 'e5'], ['g1', 'f1']] as const;
    const before = writeTinyOrganisation({ days: windowDays, extraInteractions: windowDays.flatMap((day) => leftG.map(([a, b]) => [a, b, day] as const)) });
    const insideS = [['s1', 's3'], ['s1', 's4'], ['s1', 's5'], ['s2', 's3'], ['s2', 's4'], ['s2', 's5'], ['s3', 's4'], ['s3', 's5'], ['s4', 's5']] as const;
    const after = writeTinyOrganisation({
      days: ['2026-02-10'],
      extraStaff: [['s3', 'S'], ['s4', 'S'], ['s5', 'S']],
      // On the first and last day of a span as long as the before folder's, so that changes are judged.
      extraInteractions: ['2026-02-01', '2026-02-21'].flatMap((day) => insideS.map(([a, b]) => [a, b, day] as const)),
    });
    const comparison = await compareFolders(before, after);
    // s1's two introductions to G would have been its fall's repairs: counted, not listed.
    expect(comparison.privacy).toMatchObject({ teamsSuppressed: 1, pairsSuppressed: 1, repairsSuppressed: 2 });
    expect(comparison.people.joined.items.map((p) => [p.id, p.team])).toEqual([['s3', null], ['s4', null], ['s5', null]]);
    expect(comparison.teams.all.find((t) => t.id === 'G')!.eiIndex.variation).toBe('beyond-normal');
    // No repair has an end in S: G's fall is answered by the plan's next introductions of G, with H.
    expect(comparison.repairs.map((r) => [r.target.kind, r.target.teams.map((t) => t.id).join(), r.introduction.from, r.introduction.to])).toEqual([
      ['broken-pair', 'A,B', 'a1', 'b1'],
      ['became-silo', 'C', 'c1', 'e2'],
      ['ei-fall', 'F', 'f2', 'e3'],
      ['ei-fall', 'F', 'f3', 'e2'],
      ['ei-fall', 'B', 'b2', 'e4'],
      ['ei-fall', 'B', 'b4', 'e4'],
      ['ei-fall', 'G', 'h1', 'g2'],
      ['ei-fall', 'G', 'h2', 'g1'],
      ['ei-fall', 'E', 'b3', 'e3'],
    ]);
    expect(JSON.stringify(comparison.repairs)).not.toContain('Scrutiny');
    // Said where the repairs are listed, in every format.
    const said = '2 repairs not shown: an end is in a team below the minimum group size (5) in either period.';
    expect(formatComparisonText(comparison)).toContain(`\n  ${said}\n\nWhat the measures mean`);
    expect(formatComparisonMarkdown(comparison)).toContain(said);
    expect(formatComparisonHtml(comparison)).toContain(said);
  });
});

describe('periods analysed without a load report (a library caller\'s analyse(organisation))', () => {
  it('take from the organisation whether strengths are summed weights', async () => {
    // Counts before, 30 minutes per interaction after.
    const side = async (dir: string, label: string): Promise<ComparedPeriod> => {
      const { organisation } = await loadOrganisation({ dir });
      return { label, range: null, organisation, analysis: analyse(organisation) };
    };
    const comparison = compare(await side(writeTinyOrganisation(), 'counts'), await side(writeTinyOrganisation({ weight: 30 }), 'minutes'), { mode: 'folders' });
    expect([comparison.before.summedWeights, comparison.after.summedWeights]).toEqual([false, true]);
    expect(comparison.after.interactions).toBe(30 * comparison.before.interactions);
    expect(comparison.notes).toContain("The after data's tie strengths are summed weights and the before data's are counts of interactions: changes in strength, and in the measures weighted by it, compare different things.");
  });
});
