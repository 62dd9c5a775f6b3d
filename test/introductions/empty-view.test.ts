/**
 * Why a view of the plan (--for, --team) is empty, worked out from the whole plan, and the
 * sentences the text gives for each reason.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { whyViewIsEmpty } from '../../src/introductions/empty-view.js';
import { suggestIntroductions } from '../../src/introductions/index.js';
import { formatIntroductionsText } from '../../src/present/introductions.js';
import { PLAIN } from '../../src/present/load-report-text.js';
import { tinyOrganisation } from './build.js';

const text = (reason: ReturnType<typeof whyViewIsEmpty>, excludedPairs = 0, maxPerPerson = 3) => formatIntroductionsText([], PLAIN, undefined, { maxPerPerson, excludedPairs, reason });

describe('why a view of the plan is empty', () => {
  // Five silos A..E of five people each (10 ties inside, E-I −9/11); the first of each (A1 … E1)
  // knows Hub H1, the only tie out of any silo. H1 knows H2 and H3 of team H, and N, in no team, knows H2 and H3.
  const complete = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b, 3] as [string, string, number]));
  const silos = ['A', 'B', 'C', 'D', 'E'];
  const organisation = tinyOrganisation({
    teams: [...silos.map((t) => [t, `Silo ${t}`] as [string, string]), ['H', 'Hub']],
    people: [...silos.flatMap((t) => [1, 2, 3, 4, 5].map((i) => [`${t}${i}`, t] as [string, string])), ['H1', 'H'], ['H2', 'H'], ['H3', 'H'], ['N', ''], ['Z', 'H']],
    ties: [...silos.flatMap((t) => [...complete([1, 2, 3, 4, 5].map((i) => `${t}${i}`)), [`${t}1`, 'H1', 1] as [string, string, number]]), ...complete(['H1', 'H2', 'H3']), ['N', 'H2', 2], ['N', 'H3', 2]],
  });
  const analysis = analyse(organisation, { seed: 1 });
  const options = { minGroupSize: 0 };
  const plan = suggestIntroductions(organisation, analysis, { ...options, limit: 1000 });

  const why = (view: { forPerson?: string; forTeam?: string }) => whyViewIsEmpty(organisation, analysis, { ...options, ...view });

  it('opens three silos through the hub, who is then at the cap of 3, and the other two cold', () => {
    expect(plan.map((s) => `${s.from}>${s.to} via ${s.via.join()}`)).toEqual(['A2>H1 via A1', 'B2>H1 via B1', 'C2>H1 via C1', 'D2>H2 via ', 'E2>H2 via ']);
    expect(analysis.teams.filter((t) => t.silo).map((t) => t.id)).toEqual(silos);
  });

  it('names a silo whose every contact outside is at the cap, and the contacts', () => {
    // At a cap of 1, A's gateway A1 opens it to H1, and the cold partners are taken before E's turn.
    const capped = { ...options, maxPerPerson: 1 };
    expect(suggestIntroductions(organisation, analysis, { ...capped, forTeam: 'E' })).toEqual([]);
    const reason = whyViewIsEmpty(organisation, analysis, { ...capped, forTeam: 'E' });
    expect(reason).toEqual({ of: 'team', why: 'silo contacts at the cap', contacts: ['Name H1'] });
    expect(text(reason, 0, 1)).toBe('This team is a silo, and everyone outside it who knows one of its members (Name H1) is already in 1 introduction of the plan, the most one person is asked to take part in (--max-per-person).\n');
  });

  it('lists the introductions of a person who is in the plan only as the introducer', () => {
    const reason = why({ forPerson: 'A1' });
    expect(reason).toEqual({ of: 'person', why: 'introducer only', introduces: [['Name A2', 'Name H1']] });
    expect(text(reason)).toBe(
      'This person is not one of the two introduced in any introduction of the plan, but introduces 1 of them: Name A2 to Name H1.\n',
    );
  });

  it('says a person has no interactions, or no team', () => {
    expect(why({ forPerson: 'Z' })).toEqual({ of: 'person', why: 'no interactions' });
    expect(text(why({ forPerson: 'Z' }))).toBe('This person has no interactions in the data, so the plan has no one to introduce them through: they may have left, or be missing from the export.\n');
    expect(why({ forPerson: 'N' })).toEqual({ of: 'person', why: 'no team', introduces: [] });
    expect(text(why({ forPerson: 'N' }))).toBe('This person is in no team, and the plan introduces people of different teams to each other.\n');
    expect(text({ of: 'person', why: 'no team', introduces: [['Ann', 'Bob']] })).toBe('This person is in no team, and the plan introduces people of different teams to each other; they introduce 1 of them: Ann to Bob.\n');
  });

  it('falls back on the plan\'s rules, naming exclusions when there are any', () => {
    expect(why({ forPerson: 'E3' })).toEqual({ of: 'person', why: 'plain' });
    expect(text(why({ forPerson: 'E3' }))).toBe(
      'No introduction of the organisation-wide plan introduces this person (--for). The plan goes first to silos and to teams with few ties to others, and asks no one to take part in more than 3 (--max-per-person).\n',
    );
    expect(text({ of: 'team', why: 'plain' }, 2)).toBe(
      'No introduction of the organisation-wide plan has an end in this team (--team). The plan goes first to silos and to teams with few ties to others, and asks no one to take part in more than 3 (--max-per-person); it leaves out the pairs excluded (--exclude).\n',
    );
  });
});

describe('why a silo has no introduction', () => {
  const complete = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [string, string]));
  const options = { minGroupSize: 0 };

  it('blames the cap only when a plan with no cap has an introduction for the silo', () => {
    // Silos Q, R and S (three people each, tied only inside) and H1 and K1, who know only each
    // other: each silo's cold partners. At a cap of 1, Q takes H1 and R takes K1; S's pairs with Q
    // and R are those silos' cold ones, already taken, so nothing is left for S. No one outside
    // knows S's people, so it is not that its contacts are busy.
    const silos = ['Q', 'R', 'S'];
    const organisation = tinyOrganisation({
      teams: [...silos.map((t) => [t, `Silo ${t}`] as [string, string]), ['H', 'Aitch'], ['K', 'Kay']],
      people: [...silos.flatMap((t) => [1, 2, 3].map((i) => [`${t}${i}`, t] as [string, string])), ['H1', 'H'], ['K1', 'K']],
      ties: [...silos.flatMap((t) => complete([1, 2, 3].map((i) => `${t}${i}`))), ['H1', 'K1']],
    });
    const analysis = analyse(organisation, { seed: 1 });
    const capped = { ...options, maxPerPerson: 1 };
    expect(suggestIntroductions(organisation, analysis, capped).map((s) => `${s.from}>${s.to}`)).toEqual(['Q1>H1', 'R1>K1']);
    expect(suggestIntroductions(organisation, analysis, { ...options, maxPerPerson: 100 }).map((s) => `${s.from}>${s.to}`)).toEqual(['Q1>H1', 'R1>K1', 'S1>H1']);
    const reason = whyViewIsEmpty(organisation, analysis, { ...capped, forTeam: 'S' });
    expect(reason).toEqual({ of: 'team', why: 'silo under the cap' });
    expect(text(reason, 0, 1)).toBe(
      'No introduction of the organisation-wide plan has an end in this team (--team). Though the team is a silo, the introductions it could have gave way to others that came first, as no one is asked to take part in more than 1 (--max-per-person): with no such limit, the plan has one for it.\n',
    );
  });

  it('says the plan cannot reach a silo when no one outside it has an interaction', () => {
    // Silo S and two teams whose people have no interactions at all: no one to introduce S to.
    const organisation = tinyOrganisation({
      teams: [['S', 'Silo'], ['X', 'Quiet X'], ['Y', 'Quiet Y']],
      people: [['S1', 'S'], ['S2', 'S'], ['S3', 'S'], ['X1', 'X'], ['Y1', 'Y']],
      ties: complete(['S1', 'S2', 'S3']),
    });
    const analysis = analyse(organisation, { seed: 1 });
    expect(analysis.teams.map((t) => t.silo)).toEqual([true, false, false]);
    expect(suggestIntroductions(organisation, analysis, { ...options, forTeam: 'S' })).toEqual([]);
    const reason = whyViewIsEmpty(organisation, analysis, { ...options, forTeam: 'S' });
    expect(reason).toEqual({ of: 'team', why: 'silo out of reach' });
    expect(text(reason)).toBe(
      'No introduction of the organisation-wide plan has an end in this team (--team). Though the team is a silo, the plan has none for it even with no limit per person (--max-per-person): no one knows both one of its people and someone in another team they have not met, and no cold introduction (with someone of another team who has at least one interaction) is left to it.\n',
    );
  });
});
