/**
 * The detail view of a change, the comparison header and the help panel's colours of changes, on
 * test/compare's tiny organisation, whose comparison is known by hand (known-answers.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { headerLines } from '../../../src/ui/components/Header.js';
import { comparisonHeaderItems } from '../../../src/ui/comparison-header.js';
import { changeDetail } from '../../../src/ui/details/change-detail.js';
import { lineText } from '../../../src/ui/details/detail-content.js';
import { helpLines } from '../../../src/ui/details/help-content.js';
import { tabContext, type TabContext } from '../../../src/ui/tabs/tab-definition.js';
import { AFTER, BEFORE, writeTinyOrganisation } from '../../compare/tiny-org.js';
import { comparedPeriods, comparedTiny, type Compared } from '../comparisons.js';

let tiny: Compared;
let context: TabContext;
beforeAll(async () => {
  tiny = await comparedTiny();
  context = tabContext(tiny.analysis, 5, tiny.comparison);
});

/** The whole view as text, one line per screen line. */
const shown = (key: string, width = 100) => {
  const detail = changeDetail(key, context, width);
  return [lineText(detail.title), ...detail.lines.map(lineText)];
};
/** The view's words as one paragraph, wherever the lines wrapped. */
const flat = (lines: readonly string[]) => lines.map((line) => line.trim()).join(' ');

describe('changeDetail', () => {
  it('explains a bridge broken beyond normal variation: figures, verdict, rule, windows', () => {
    const lines = shown('bridge-broken:A;B');
    expect(lines[0]).toBe('bridge broken: Accounts ↔ Buildings · Resources');
    expect(lines[1]).toBe('#1 of 2 in pairs of teams that lost all their ties.');
    const text = lines.join('\n');
    expect(text).toMatch(/ties between the teams:\n {4}before +2 +after +0 +change +-2 +normal variation +1/);
    expect(text).toContain('Judgement: beyond normal variation');
    expect(flat(lines)).toContain('The change (-2) is larger than 1, the largest difference between the 3 windows of the before period, or the change one tie (or one team) makes if that is more: more than the organisation varies anyway.');
    expect(flat(lines)).toContain('none in the after period: the bridge between them is gone');
    expect(text).toContain('  Accounts (A), Resources\n  Buildings (B), Resources');
    // The tiny organisation's thirds of January (known-answers.test.ts)
    expect(lines.slice(-3)).toEqual(['    window 1: 2026-01-01 to 2026-01-11', '    window 2: 2026-01-12 to 2026-01-21', '    window 3: 2026-01-22 to 2026-01-31']);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(100);
  });

  it('says how many changes of its kind pass by chance, as the text output does', () => {
    // Of the tiny organisation's two pairs that lost all their ties, A–B is beyond normal variation (C–E is within it); four of the seven compared teams' E-I indexes are.
    expect(flat(shown('bridge-broken:A;B'))).toContain('Team pairs that lost all their ties: 1 of 2 pairs beyond normal variation; in sample organisations without change about 2.5% of pairs pass by chance.');
    expect(flat(shown('ei-index:A'))).toContain('E-I index: 4 of 7 teams beyond normal variation; in sample organisations without change about 4.4% of teams pass by chance.');
    expect(flat(shown('new-link:G;H'))).toContain('Team pairs newly linked: 1 of 1 pair beyond normal variation;');
  });

  it('says when a change is within normal variation, and may be chance', () => {
    const text = flat(shown('bridge-broken:C;E'));
    expect(text).toContain('Judgement: within normal variation');
    expect(text).toContain('The change (-1) is no larger than 1, the largest difference between the 3 windows of the before period, or the change one tie (or one team) makes if that is more: it may be chance.');
  });

  it("shows a team's figures in both periods for an E-I change", () => {
    const lines = shown('ei-index:A');
    expect(lines[0]).toBe('E-I index: Accounts · Resources');
    // Two ties to B before and none after; five inside throughout (tiny-org.ts)
    expect(lines).toEqual(
      expect.arrayContaining([
        '                       before  after  change',
        '  people                    5      5       0',
        '  ties inside               5      5       0',
        '  ties to other teams       2      0      -2',
        '  E-I index             -0.43  -1.00   -0.57',
        '  teams reached             1      0      -1',
        '  silo                     no    yes',
      ]),
    );
  });

  it('gives the silo rule with the thresholds of the analysis', () => {
    expect(shown('became-silo:C').join(' ')).toContain('A team is a silo when it has at least 2 people and an E-I index of -0.8 or less');
  });

  it("lists a person's roles before and after, and what the lost and gained roles mean", () => {
    const lines = shown('role-change:e1');
    expect(lines[0]).toBe('role change: Person e1 · Estates');
    expect(lines).toEqual(
      expect.arrayContaining(['  roles before: connector', '  roles after: none', '  lost: connector', '  gained: none', '  connector: knows the most people']),
    );
    expect(lines.join('\n')).not.toContain('Judgement');
  });

  it('explains a repair: the loss, the two people, that it is cold, and that they were in touch before', () => {
    const text = shown('repair:1:a1;b1', 200).join('\n');
    expect(text).toContain('repair: Person a1 ↔ Person b1 · Accounts ↔ Buildings');
    expect(text).toContain('#1 of 4 in introductions that would repair the largest losses.');
    expect(text).toContain('Accounts and Buildings had 2 ties between them before and none after.');
    expect(text).toContain('Person a1 (Accounts) and Person b1 (Buildings)');
    expect(text).toContain('Cold: no one knows both');
    expect(text).toContain('They were in touch in the before period (3 interactions): this would reconnect them.');
    expect(shown('repair:3:b2;e4', 200).join('\n')).toContain('via Person b3 (Buildings), who knows both');
  });

  it('names a repair\'s people as the text report does: a shared name with its id, in the one pair of parentheses with the team', () => {
    // b3, who can introduce b2 and e4, renamed after b2.
    const twins = tabContext({ ...tiny.analysis, people: tiny.analysis.people.map((p) => (p.id === 'b3' ? { ...p, name: 'Person b2' } : p)) }, 5, tiny.comparison);
    const text = changeDetail('repair:3:b2;e4', twins, 200).lines.map(lineText).join('\n');
    expect(text).toContain('Person b2 (b2, Buildings) and Person e4 (Estates)');
    expect(text).toContain('via Person b2 (b3, Buildings), who knows both');
    expect(text).not.toContain(') (');
  });

  it('says what a new single point of failure would cut off, and what an organisation figure is', () => {
    expect(shown('new-single-point-of-failure:g3', 200).join('\n')).toContain('If Person g3 left, 2 people (in 1 team) would lose their only path to the rest of the network.');
    const interactions = shown('organisation:interactions', 200).join('\n');
    expect(interactions).toMatch(/interactions:\n {4}before +125 +after +43 +change +-82/);
    expect(interactions).toContain('Interactions in the period (or the sum of the weight column).');
  });

  it('gives a repair\'s before-period amount in the before period\'s kind, strength for summed weights', async () => {
    const weighted = await comparedPeriods(writeTinyOrganisation({ weight: 2 }), BEFORE, AFTER);
    const text = changeDetail('repair:1:a1;b1', tabContext(weighted.analysis, 5, weighted.comparison), 200).lines.map(lineText).join('\n');
    expect(text).toContain('They were in touch in the before period (strength 6): this would reconnect them.');
  });

  it('names an unknown key rather than failing', () => {
    expect(shown('ei-index:nobody')).toEqual(['No change ei-index:nobody']);
  });

  it('says why normal variation is unknown when no windows were measured, and shows the notes', async () => {
    const unmeasured = await comparedTiny(false);
    const detail = changeDetail('ei-index:A', tabContext(unmeasured.analysis, 5, unmeasured.comparison), 200);
    const text = detail.lines.map(lineText).join('\n');
    expect(text).toContain('Judgement: normal variation unknown');
    expect(text).toContain('Normal variation was not measured: the periods differ in length, or the before period could not be split into windows (see the notes).');
    expect(text).toContain('Notes on this comparison\n  Normal variation was not measured (a test without windows).');
    expect(text).toContain('No windows were measured.');
  });
});

describe('the comparison header', () => {
  it('shows the periods and the whole organisation before → after, with the change', () => {
    const items = comparisonHeaderItems(tiny.comparison, 'compare tiny', tiny.analysis.summary.silos);
    // known-answers.test.ts: 37 people, 42 ties, 2 silos and 4 single points of failure in each period
    expect(items.map((item) => item.text)).toEqual([
      'nodefinder compare tiny',
      'before 2026-01-01..2026-01-31 → after 2026-02-01..2026-02-28',
      'people 37 → 37',
      `teams ${tiny.comparison.before.teams} → ${tiny.comparison.after.teams}`,
      'ties 42 → 42',
      'silos 2 → 2',
      'single points of failure 4 → 4',
    ]);
    expect(items.slice(2).every((item) => item.colour === undefined)).toBe(true);
  });

  it('marks a rise in silos and single points of failure, with the change in words', () => {
    const worse = { ...tiny.comparison, organisation: { ...tiny.comparison.organisation, silos: { before: 1, after: 3, change: 2 }, singlePointsOfFailure: { before: 4, after: 2, change: -2 } } };
    const items = comparisonHeaderItems(worse, 'x', 3);
    expect(items[5]).toEqual({ text: 'silos 1 → 3 (+2)', colour: 'yellow' });
    expect(items[6]).toEqual({ text: 'single points of failure 4 → 2 (-2)', colour: undefined });
  });

  it('adds the silos the Silos tab lists in teams the comparison leaves out (small in either period), as the header of analyse adds small teams\' silos', () => {
    expect(tiny.analysis.summary.silos).toBe(2);
    // Four silos on the Silos tab, three of them compared: the fourth is a small team's.
    const worse = { ...tiny.comparison, organisation: { ...tiny.comparison.organisation, silos: { before: 2, after: 3, change: 1 } } };
    expect(comparisonHeaderItems(worse, 'x', 4)[5]).toEqual({ text: 'silos 2 → 3 (+1) and 1 not compared (small in a period)', colour: 'yellow' });
    // The header lines take the count from the after period's analysis, whose Silos tab it is.
    const line = (silos: number) => headerLines({ ...tiny.analysis.summary, silos }, 'x', 300, tiny.comparison)[0].map((item) => item.text);
    expect(line(2)).toContain('silos 2 → 2');
    expect(line(5)).toContain('silos 2 → 2 and 3 not compared (small in a period)');
  });

  it('replaces the summary in the header lines only when there is a comparison', () => {
    const texts = (lines: ReturnType<typeof headerLines>) => lines.map((line) => line.map((item) => item.text).join(' · '));
    expect(texts(headerLines(tiny.analysis.summary, 'x', 200, tiny.comparison))[0]).toContain('people 37 → 37');
    expect(texts(headerLines(tiny.analysis.summary, 'x', 200))[0]).toMatch(/^nodefinder x · 37 people · /);
  });
});

describe('the help panel', () => {
  it('explains the colours of changes only when there is a Changes tab', () => {
    const text = (changes: boolean) => helpLines(200, 5, 'method', changes).map(lineText).join('\n');
    // With the words the Changes tab shortens the judgement to on a narrow terminal.
    expect(text(true)).toContain('within normal variation: no larger than the before period varies anyway ("within"; "beyond" when larger, on a narrow terminal)');
    expect(text(true)).toContain('loss: a tie, contact, role or team reached lost');
    expect(text(false)).not.toContain('within normal variation');
  });
});
