/** Ties between teams, against the small organisation's README: Finance–Payroll 3 ties (4 interactions), Finance–Housing 1 (3). */
import { describe, expect, it } from 'vitest';
import { teamLinks } from '../../src/present/team-links.js';
import { releasedOf, SMALL_ORG } from './released.js';

describe('teamLinks', () => {
  it('counts ties and interactions between released teams, most interactions first', async () => {
    const { released, organisation } = await releasedOf(SMALL_ORG, 2);
    const named = teamLinks(released, organisation).map((link) => [released.teams[link.a].id, released.teams[link.b].id, link.ties, link.interactions]);
    expect(named).toEqual([
      ['T1', 'T2', 3, 4],
      ['T1', 'T3', 1, 3],
    ]);
  });

  it('leaves out teams below the minimum group size', async () => {
    // Only Housing (5 people) is released at 5, so no pair of released teams is left.
    const { released, organisation } = await releasedOf(SMALL_ORG, 5);
    expect(teamLinks(released, organisation)).toEqual([]);
  });

  it('refuses an organisation that is not the analysed one', async () => {
    const { released, organisation } = await releasedOf(SMALL_ORG, 2);
    expect(() => teamLinks({ ...released, people: released.people.slice(1) }, organisation)).toThrow(/same organisation/);
  });
});
