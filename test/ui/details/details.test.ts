/** The detail views' text on fixtures/small-org, whose answers are worked out in its README. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse.js';
import { loadOrganisation } from '../../../src/load/load-organisation.js';
import { lineText, wrapSegments, type DetailContent } from '../../../src/ui/details/detail-content.js';
import { introductionDetail } from '../../../src/ui/details/introduction-detail.js';
import { personDetail } from '../../../src/ui/details/person-detail.js';
import { teamDetail } from '../../../src/ui/details/team-detail.js';
import { displayWidth } from '../../../src/present/display-width.js';
import { tabContext, type TabContext } from '../../../src/ui/tabs/tab-definition.js';
import type { Organisation } from '../../../src/organisation/organisation.js';
import { analysed, FIXTURES } from '../analyses.js';

let small: TabContext;
let org: Organisation;
beforeAll(async () => {
  const { analysis, organisation } = await analysed('small-org');
  small = tabContext(analysis, 5);
  org = organisation;
});
const text = (content: DetailContent) => [lineText(content.title), ...content.lines.map(lineText)].join('\n');

describe('wrapSegments', () => {
  it('keeps styled lines whole when they fit and wraps them with a hanging indent when not', () => {
    expect(wrapSegments([{ text: 'broker', bold: true }, { text: ': links parts' }], 30).map(lineText)).toEqual(['  broker: links parts']);
    const wrapped = wrapSegments([{ text: 'alpha', bold: true }, { text: ' beta gamma delta' }], 14, 2, 2);
    expect(wrapped.map(lineText)).toEqual(['  alpha beta', '    gamma', '    delta']);
    expect(wrapped[0][1]).toEqual({ text: 'alpha', bold: true });
  });
});

describe('personDetail', () => {
  it('Carla Patel: broker and bottleneck with their evidence, the people she would cut off, the team she links', () => {
    const shown = text(personDetail('P03', small, org, 120));
    expect(shown).toContain('Carla Patel · P03 · Finance (Resources)');
    expect(shown).toContain('broker: links parts that would otherwise be apart');
    expect(shown).toContain('betweenness 0.314 ≥ 0.314 (99th percentile of betweenness over 13 people with ties)');
    expect(shown).toContain('constraint 0.594 ≤ 0.597 (50th percentile of constraint over 13 people with ties)');
    expect(shown).toContain('peopleCutOff 4 > 0 (a cut point: people lose their only path to the rest, held by 1 tie of 3 interactions)');
    expect(shown).toContain('If Carla Patel left, 4 people (in 1 team) would lose their only path to the rest, held by 1 tie of 3 interactions.');
    expect(shown).toMatch(/contacts +4/);
    expect(shown).toContain('Housing: 1 tie, 3 interactions');
  });
  it('lists the introductions she is in, with rank and introducer', () => {
    const shown = text(personDetail('P03', small, org, 120));
    expect(shown).toContain('#2 meet Ivy Chen (Housing), via Hal Evans');
    expect(shown).toContain('#3 meet Kim Lee (Housing), via Hal Evans');
    expect(shown).toContain('#4 meet Eve Novak (Payroll), via Ann Smith');
  });
  it('lists the introductions a person is asked to make', () => {
    expect(text(personDetail('P08', small, org, 120))).toContain('#2 could introduce Ivy Chen and Carla Patel');
  });
  it('Ned Quinn: an isolate with no team links', () => {
    const shown = text(personDetail('P14', small, org, 120));
    expect(shown).toContain('isolate: no ties at all in this data');
    expect(shown).toContain('no ties outside their own team');
    // With no ties he is in no community, shown as no value, not a community of one.
    expect(shown).toMatch(/community +–/);
    expect(text(personDetail('P13', small, org, 120))).toMatch(/community +\d/);
  });
  it('wraps every line to the width', () => {
    for (const width of [40, 60]) {
      const content = [personDetail('P03', small, org, width), teamDetail('T1', small, org, width), introductionDetail('P09', 'P03', small, org, width)];
      for (const line of content.flatMap((c) => c.lines)) expect(displayWidth(lineText(line)), lineText(line)).toBeLessThanOrEqual(width);
    }
  });
  it('says so for an unknown id', () => {
    expect(text(personDetail('nobody', small, org, 80))).toBe('No person with id nobody');
  });
  it('says how far sampled estimates can be off, so a broker at the threshold can be judged', async () => {
    // fixtures/sample with betweenness from 60 of 300 sources: David Morgan is a broker at the
    // threshold (0.143), which the largest standard error (0.0183) could put either side of.
    const { organisation, report } = await loadOrganisation({ dir: join(FIXTURES, 'sample') });
    const sampled = tabContext(analyse(organisation, { betweenness: 'sampled', samples: 60 }, report), 5);
    const shown = text(personDetail('P000255', sampled, organisation, 120));
    expect(shown).toContain('betweenness 0.143 ≥ 0.143');
    expect(shown).toContain('betweenness sampled from 60 sources spread over teams (seed 1), largest standard error 0.0183;');
    // Exact measures need no such line.
    expect(text(personDetail('P03', small, org, 120))).not.toContain('standard error');
  });
});

describe('teamDetail', () => {
  it('Archive: a silo below the minimum group size, with its evidence and members', () => {
    const shown = text(teamDetail('T4', small, org, 120));
    expect(shown).toContain('Archive · T4 · Communities · SILO');
    expect(shown).toContain('Below minimum group size (5): shown on this screen only; exports leave its figures out.');
    expect(shown).toContain('✓ eiIndex -1 ≤ -0.800 (option siloEiIndex: 0 of 1 ties leave the team)');
    expect(shown).toContain('✓ size 2 ≥ 2 (option siloMinSize)');
    expect(shown).toContain('no ties outside the team, so no one carries them');
    expect(shown).toMatch(/Ties to other teams\n {2}none/);
    expect(shown).toContain('Members (2)');
    expect(shown).toContain('Lea Öberg · 1 contact peripheral');
  });
  it('Finance: its ties to Payroll and Housing, Ann Smith as bus factor, members by contacts', () => {
    const shown = text(teamDetail('T1', small, org, 120));
    expect(shown).toContain('Silo check: not a silo');
    expect(shown).toContain('✗ eiIndex -0.111 ≤ -0.800');
    expect(shown).toContain("Ann Smith holds 50% of the team's ties to other teams: if they left, the team would lose most of its outside links.");
    expect(shown).toContain('Payroll: 3 ties, 4 interactions\n  Housing: 1 tie, 3 interactions');
    expect(shown).toMatch(/Members \(4\)\n {2}Ann Smith · 5 contacts connector\n {2}Carla Patel · 4 contacts broker bottleneck\n {2}Dan Okafor · 3 contacts\n {2}Bob Jones · 2 contacts/);
  });
  it('Housing, at the minimum group size, carries no privacy mark', () => {
    expect(text(teamDetail('T3', small, org, 120))).not.toContain('minimum group size');
  });
  it('names the bus-factor holder as a single point of failure when they are one (the sample\'s silo, Finance Strategy)', async () => {
    const sample = await analysed('sample');
    const finance = sample.analysis.teams.find((team) => team.name === 'Finance Strategy')!;
    const shown = text(teamDetail(finance.id, tabContext(sample.analysis, 5), sample.organisation, 200)).replace(/\s+/g, ' ');
    expect(shown).toContain("Fatima Mistry holds all of the team's ties to other teams: if they left, the team would lose every outside link. They are also a single point of failure: 8 people would be cut off from the rest.");
  });
  it('Housing, whose one outside tie is Hal Evans\'s, says he holds all of them, not 100%', () => {
    expect(text(teamDetail('T3', small, org, 120))).toContain("Hal Evans holds all of the team's ties to other teams: if they left, the team would lose every outside link.");
  });
});

describe('details of people who share a name', () => {
  // Ivy Chen (P09, Housing) renamed Hal Evans, like P08: wherever the details name one, the id says which.
  let twins: TabContext;
  beforeAll(() => {
    twins = tabContext({ ...small.analysis, people: small.analysis.people.map((p) => (p.id === 'P09' ? { ...p, name: 'Hal Evans' } : p)) }, 5);
  });
  it('a team lists both with their ids, and names its bus-factor holder so', () => {
    const shown = text(teamDetail('T3', twins, org, 120));
    expect(shown).toContain("Hal Evans (P08) holds all of the team's ties to other teams");
    expect(shown).toMatch(/ {2}Hal Evans \(P08\) · 3 contacts/);
    expect(shown).toMatch(/ {2}Hal Evans \(P09\) · 2 contacts/);
  });
  it('an introduction says which of the two is introduced, and by which', () => {
    const shown = text(introductionDetail('P09', 'P03', twins, org, 120));
    expect(shown).toContain('#2 Hal Evans (P09) and Carla Patel');
    // The id and the team in one pair of parentheses, as the text report and the reasons write them.
    expect(shown).toContain('Hal Evans (P09, Housing)\n');
    expect(shown).toContain('Hal Evans (P08, Housing) · 5 and 3 interactions with them');
    expect(shown).not.toContain(') (');
  });
  it('a person\'s introductions name the other person and the introducer with their ids', () => {
    const shown = text(personDetail('P03', twins, org, 120));
    expect(shown).toContain('meet Hal Evans (P09, Housing), via Hal Evans (P08)');
    expect(shown).not.toContain(') (');
  });
  it('the name alone is bold; the id and team after it are not', () => {
    const line = introductionDetail('P09', 'P03', twins, org, 120).lines.find((l) => lineText(l).includes('· 5 and 3'))!;
    // Wrapping splits the line into words and the spaces between them.
    const words = (bold: boolean) => line.filter((segment) => Boolean(segment.bold) === bold && segment.text.trim() !== '').map((segment) => segment.text);
    expect(words(true)).toEqual(['Hal', 'Evans']);
    expect(words(false).slice(0, 2)).toEqual(['(P08,', 'Housing)']);
  });
});

describe('introductionDetail', () => {
  it('names the sample\'s David Harrison with his id and team in one pair of parentheses, as the text report does', async () => {
    const sample = await analysed('sample');
    const context = tabContext(sample.analysis, 5);
    const item = sample.analysis.introductions[3];
    const shown = text(introductionDetail(item.from, item.to, context, sample.organisation, 200));
    expect(shown).toContain('#4 Noah Thomas and Ravi Kaur');
    expect(shown).toContain('  David Harrison (P000027, Corporate Services Compliance) boundary-spanner · 3 and 5 interactions with them');
  });
  it('a warm introduction names the introducer and how well they know each', () => {
    const shown = text(introductionDetail('P09', 'P03', small, org, 120));
    expect(shown).toContain('#2 Ivy Chen and Carla Patel');
    expect(shown).toContain('Who can introduce them');
    // Hal–Ivy 5 interactions, Carla–Hal 3
    expect(shown).toContain('Hal Evans (Housing) · 5 and 3 interactions with them');
    expect(shown).toMatch(/rank +2 of 8/);
  });
  it('ranks an introduction in the whole plan when --limit cut the list (the sample\'s best 50 of 143)', async () => {
    const sample = await analysed('sample');
    const item = sample.analysis.introductions[4];
    const shown = text(introductionDetail(item.from, item.to, tabContext(sample.analysis, 5), sample.organisation, 200));
    expect(shown).toMatch(/rank +5 of 143/);
  });
  it('a cold one says no one knows both', () => {
    const shown = text(introductionDetail('P12', 'P08', small, org, 1000));
    expect(shown).toContain('Cold: no one knows both');
    expect(shown).toContain(small.analysis.introductions[0].reason);
    // The reason calls Archive (2 people) "a small team"; the Who line names it, marked as such.
    expect(small.analysis.introductions[0].reason).toContain('(a small team)');
    expect(shown).toContain('Lea Öberg (Archive) small team (<5)');
    expect(shown).toMatch(/Hal Evans \(Housing\)(?! small team)/);
  });
});
