import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analyse.js';
import type { Introduction } from '../../src/introductions/suggest-introductions.js';
import { planFocus } from '../../src/present/plan-focus.js';

// People a1, a2 in team A; b1, b2 in B; c1 in C; x1 in a team withheld from the release (not in `teams`).
const PEOPLE = [['a1', 'A'], ['a2', 'A'], ['b1', 'B'], ['b2', 'B'], ['c1', 'C'], ['x1', 'X'], ['n1', null]] as const;
const TEAMS = ['A', 'B', 'C'].map((id) => ({ id, name: `Team ${id}` }));

function analysis(silos: number, teamsSuppressed = 0) {
  return {
    people: PEOPLE.map(([id, team]) => ({ id, team })),
    teams: TEAMS,
    privacy: { peopleInSuppressedTeams: teamsSuppressed, teamsSuppressed },
    summary: { silos },
  } as unknown as Pick<Analysis, 'people' | 'teams' | 'privacy' | 'summary'>;
}

const intro = (from: string, to: string) => ({ from, to }) as Introduction;

describe('planFocus', () => {
  it('names the pair of teams every introduction links, and why when no team is a silo', () => {
    expect(planFocus(analysis(0), [intro('a1', 'b1'), intro('b2', 'a2'), intro('a1', 'b2')])).toBe(
      'All 3 introductions listed link Team A and Team B. No team is a silo, so the plan favours the teams whose ties stay most inside and the pairs of teams less linked than usual for their size.',
    );
  });

  it('counts a pair in either order, and says nothing of silos when there are some', () => {
    const listed = [intro('a1', 'b1'), intro('b2', 'a2'), intro('a1', 'c1'), intro('b1', 'a2'), intro('c1', 'b1')];
    expect(planFocus(analysis(2), listed)).toBe('3 of the 5 introductions listed link Team A and Team B.');
  });

  it('says nothing when no pair holds more than half, or fewer than three are listed', () => {
    expect(planFocus(analysis(0), [intro('a1', 'b1'), intro('a2', 'b2'), intro('a1', 'c1'), intro('b1', 'c1')])).toBe('');
    expect(planFocus(analysis(0), [intro('a1', 'b1'), intro('a2', 'b2')])).toBe('');
  });

  it('does not say no team is a silo when teams are withheld, as one of them may be', () => {
    expect(planFocus(analysis(0, 1), [intro('a1', 'b1'), intro('b2', 'a2'), intro('a1', 'b2')])).toBe('All 3 introductions listed link Team A and Team B.');
  });

  it('writes a team name holding a line break on one line', () => {
    const broken = { ...analysis(1), teams: [{ id: 'A', name: 'Team A\nSilos (1)' }, ...TEAMS.slice(1)] } as unknown as Parameters<typeof planFocus>[0];
    expect(planFocus(broken, [intro('a1', 'b1'), intro('a2', 'b2'), intro('a1', 'b2')])).toBe('All 3 introductions listed link Team A Silos (1) and Team B.');
  });

  it('never names a withheld team, nor counts people without a team', () => {
    const listed = [intro('a1', 'x1'), intro('a2', 'x1'), intro('n1', 'a1'), intro('a1', 'b1')];
    expect(planFocus(analysis(0, 1), listed)).toBe('');
  });
});
