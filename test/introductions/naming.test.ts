/**
 * How the reasons name people and teams: a team whose name another team has is named with its id,
 * as a person whose name another person has is; a person's id and team share one pair of
 * parentheses; and `--team` refuses a name several teams share rather than pick one, and finds a
 * team as typed loosely or by the name a team split by department was found under.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { UsageError } from '../../src/errors.js';
import { suggestIntroductions } from '../../src/introductions/index.js';
import { tinyOrganisation } from './build.js';

// Two teams called Ops, in two departments, each linked to Hub only through X1.
const organisation = tinyOrganisation({
  teams: [['A', 'Ops', 'North'], ['B', 'Ops', 'South'], ['C', 'Hub']],
  people: [['A1', 'A'], ['A2', 'A'], ['B1', 'B'], ['B2', 'B'], ['X1', 'C'], ['X2', 'C']],
  ties: [['A1', 'A2', 3], ['B1', 'B2', 3], ['X1', 'A1', 2], ['X1', 'B1', 2], ['X1', 'X2', 1]],
});
const analysis = analyse(organisation);
const reasons = (options: object) => suggestIntroductions(organisation, analysis, { limit: 100, maxPerPerson: 100, ...options }).map((s) => s.reason);

describe('teams that share a name', () => {
  it('are named with their id, so that two teams do not read as one', () => {
    expect(reasons({ minGroupSize: 0 })[0]).toBe('Name A1 (Ops, team A) and Name B1 (Ops, team B): Ops (team A) and Ops (team B) have no ties between them; Name X1 knows both (2 interactions each).');
  });

  it('only when another named team has the name: a small team is not named, so its name does not count', () => {
    const bigger = tinyOrganisation({
      teams: [['A', 'Ops', 'North'], ['B', 'Ops', 'South'], ['C', 'Hub']],
      people: [['A1', 'A'], ['A2', 'A'], ['A3', 'A'], ['B1', 'B'], ['B2', 'B'], ['X1', 'C'], ['X2', 'C'], ['X3', 'C']],
      ties: [['A1', 'A2', 3], ['A2', 'A3', 3], ['B1', 'B2', 3], ['X1', 'A1', 2], ['X1', 'B1', 2], ['X1', 'X2', 1], ['X2', 'X3', 1]],
    });
    const all = suggestIntroductions(bigger, analyse(bigger), { limit: 100, maxPerPerson: 100, minGroupSize: 3 }).map((s) => s.reason).join('\n');
    expect(all).toContain('(Ops)');
    expect(all).not.toContain('team A');
    expect(all).not.toContain('team B');
  });

  it('are refused by name as the team to list, with the ids to give instead', () => {
    const ask = () => suggestIntroductions(organisation, analysis, { forTeam: 'Ops', minGroupSize: 0 });
    expect(ask).toThrow(UsageError);
    expect(ask).toThrow('introductions: "Ops" is the name of 2 teams: "A", "B"');
    try {
      ask();
    } catch (error) {
      expect((error as UsageError).hint).toBe('give the id of the one you mean (--team on the command line)');
    }
    const teamB = suggestIntroductions(organisation, analysis, { forTeam: 'B', minGroupSize: 0, limit: 100, maxPerPerson: 100 });
    expect(teamB.length).toBeGreaterThan(0);
    for (const s of teamB) expect([s.from, s.to].some((id) => id.startsWith('B'))).toBe(true);
    // A name one team has still names it.
    expect(suggestIntroductions(organisation, analysis, { forTeam: 'Hub', minGroupSize: 0 }).length).toBeGreaterThan(0);
  });
});

describe('a team asked for as typed loosely', () => {
  // Business Support split by department, as the loader names such teams; two teams whose names differ only in case.
  const loose = tinyOrganisation({
    teams: [['BA', 'Business Support (Adults)', 'Adults'], ['BC', 'Business Support (Children)', 'Children'], ['F', 'Finance Strategy'], ['O1', 'Ops'], ['O2', 'OPS']],
    people: [['A1', 'BA'], ['A2', 'BA'], ['C1', 'BC'], ['C2', 'BC'], ['F1', 'F'], ['F2', 'F'], ['P1', 'O1'], ['Q1', 'O2']],
    ties: [['A1', 'A2', 3], ['C1', 'C2', 3], ['F1', 'F2', 3], ['F1', 'A1', 2], ['F1', 'C1', 2], ['F2', 'P1', 1], ['F2', 'Q1', 1]],
  });
  const looseAnalysis = analyse(loose);
  const ask = (forTeam: string) => suggestIntroductions(loose, looseAnalysis, { forTeam, minGroupSize: 0, limit: 100, maxPerPerson: 100 });
  const refusal = (forTeam: string) => {
    try {
      ask(forTeam);
    } catch (error) {
      return [(error as UsageError).message, (error as UsageError).hint];
    }
    throw new Error(`"${forTeam}" was not refused`);
  };

  it('is found ignoring case, accents, punctuation and spaces', () => {
    const finance = ask('Finance Strategy');
    expect(finance.length).toBeGreaterThan(0);
    expect(ask('finance strategy')).toEqual(finance);
    expect(ask('FINANCE-STRATÉGY')).toEqual(finance);
    expect(ask(' financestrategy ')).toEqual(finance);
    const children = ask('BC');
    expect(children.length).toBeGreaterThan(0);
    expect(ask('business support (children)')).toEqual(children);
  });

  it('is refused, with the ids to give, when the name split by department or a loose spelling fits several teams', () => {
    expect(refusal('Business Support')).toEqual(['introductions: "Business Support" could be any of 2 teams: "BA", "BC"', 'give the id of the one you mean (--team on the command line)']);
    expect(refusal('business  support')[0]).toBe('introductions: "business  support" could be any of 2 teams: "BA", "BC"');
    expect(refusal('ops')[0]).toBe('introductions: "ops" could be any of 2 teams: "O1", "O2"');
    // The exact name still names its one team.
    const ops = ask('O2');
    expect(ops.length).toBeGreaterThan(0);
    expect(ask('OPS')).toEqual(ops);
  });

  it('that names no team gets a hint that holds whether the teams came from a teams file or not', () => {
    expect(refusal('Payroll')).toEqual(['introductions: no team with id or name "Payroll"', 'give a team id or name as `analyse --format csv --table teams` lists them (--team on the command line)']);
  });

  it('that is a misspelling of one team gets that team as a suggestion', () => {
    expect(refusal('Finnance Strategy')).toEqual(['introductions: no team with id or name "Finnance Strategy"',
      'did you mean "Finance Strategy" (F)? Otherwise give a team id or name as `analyse --format csv --table teams` lists them (--team on the command line)']);
  });
});

describe('people in the reasons', () => {
  it('have their id and team in one pair of parentheses, and so do introducers with their interactions', () => {
    // A1 and B1 are both called Sam Lee, and so are their two mutual contacts, X1 and X2.
    const namesakes = tinyOrganisation({
      teams: [['A', 'Ops'], ['B', 'Housing'], ['C', 'Hub']],
      people: [['A1', 'A', '', '', 'Sam Lee'], ['A2', 'A'], ['B1', 'B', '', '', 'Sam Lee'], ['B2', 'B'], ['X1', 'C', '', '', 'Jo Bell'], ['X2', 'C', '', '', 'Jo Bell']],
      ties: [['A1', 'A2', 3], ['B1', 'B2', 3], ['X1', 'A1', 2], ['X1', 'B1', 2], ['X2', 'A1', 1], ['X2', 'B1', 1]],
    });
    const [first] = suggestIntroductions(namesakes, analyse(namesakes), { limit: 100, maxPerPerson: 100, minGroupSize: 0, introducers: 2 });
    expect(first.reason).toBe('Sam Lee (A1, Ops) and Sam Lee (B1, Housing): Ops and Housing have no ties between them; Jo Bell (X1, 2 interactions each) and Jo Bell (X2, 1 interaction each) know both.');
  });

  it('say "two small teams" when neither team may be named, without saying whether they are linked', () => {
    expect(reasons({ minGroupSize: 5 })).toContain('Name A1 (a small team) and Name B1 (a small team): this adds a tie between two small teams whose links are not shown; Name X1 knows both (2 interactions each).');
  });

  it('do not say a link would be made to a small team whose ties to the other team are withheld', () => {
    // Big (3 people) has 5 of its 6 ties to the small team S: the reason must not read as if they had none.
    const linked = tinyOrganisation({
      teams: [['B', 'Big'], ['S', 'Sm']],
      people: [['B1', 'B'], ['B2', 'B'], ['B3', 'B'], ['S1', 'S'], ['S2', 'S']],
      ties: [['B1', 'B2', 2], ['B1', 'S1', 2], ['B2', 'S1', 2], ['B3', 'S1', 2], ['B3', 'S2', 2], ['B1', 'S2', 2], ['S1', 'S2', 2]],
    });
    const [first] = suggestIntroductions(linked, analyse(linked), { limit: 100, maxPerPerson: 100, minGroupSize: 3 });
    expect(first.reason).toBe('Name S2 (a small team) and Name B2 (Big): this adds a tie to a small team whose links are not shown; Name B1 knows both (2 interactions each).');
  });
});
