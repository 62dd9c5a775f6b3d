/** Which other teams a person or team is tied to, checked against fixtures/small-org's README. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../../src/organisation/organisation.js';
import { personTeamLinks, teamToTeamLinks } from '../../../src/ui/details/links-to-teams.js';
import { analysed } from '../analyses.js';

let org: Organisation;
beforeAll(async () => {
  org = (await analysed('small-org')).organisation;
});
// Teams in file order: 0 Finance, 1 Payroll, 2 Housing, 3 Archive.
const person = (id: string) => org.personIndex.get(id)!;

describe('teamToTeamLinks', () => {
  it('Finance: Payroll by 3 ties (Dan–Eve 2, Ann–Eve 1, Ann–Fay 1), then Housing by Carla–Hal 3', () => {
    expect(teamToTeamLinks(org, 0)).toEqual([
      { team: 1, ties: 3, strength: 4 },
      { team: 2, ties: 1, strength: 3 },
    ]);
  });
  it('is symmetric: Payroll and Housing see the same ties to Finance', () => {
    expect(teamToTeamLinks(org, 1)).toEqual([{ team: 0, ties: 3, strength: 4 }]);
    expect(teamToTeamLinks(org, 2)).toEqual([{ team: 0, ties: 1, strength: 3 }]);
  });
  it('Archive, the silo, has none', () => {
    expect(teamToTeamLinks(org, 3)).toEqual([]);
  });
});

describe('personTeamLinks', () => {
  it('lists the other teams of a person’s contacts', () => {
    expect(personTeamLinks(org, person('P01'))).toEqual([{ team: 1, ties: 2, strength: 2 }]);
    expect(personTeamLinks(org, person('P03'))).toEqual([{ team: 2, ties: 1, strength: 3 }]);
    expect(personTeamLinks(org, person('P05'))).toEqual([{ team: 0, ties: 2, strength: 3 }]);
  });
  it('is empty for someone whose ties stay in their team, or who has none', () => {
    expect(personTeamLinks(org, person('P02'))).toEqual([]);
    expect(personTeamLinks(org, person('P14'))).toEqual([]);
  });
});
