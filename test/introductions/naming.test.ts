/**
 * How the reasons name people and teams: a person's id and team share one pair of parentheses.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
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

  it('say "two small teams" when neither team may be named', () => {
    expect(reasons({ minGroupSize: 5 })).toContain('Name A1 (a small team) and Name B1 (a small team): it would add a link between two small teams; Name X1 knows both (2 interactions each).');
  });
});
