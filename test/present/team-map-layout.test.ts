/** The organisation map's layout: deterministic, inside the drawing, no overlapping circles, area by headcount. */
import { describe, expect, it } from 'vitest';
import { layoutIterations, layoutTeamMap, MAP_WIDTH, type PlacedTeam } from '../../src/present/html/team-map-layout.js';
import { teamLinks } from '../../src/present/team-links.js';
import { releasedOf, SAMPLE, SMALL_ORG } from './released.js';

function overlaps(teams: readonly PlacedTeam[]): number {
  let count = 0;
  for (let i = 0; i < teams.length; i++) {
    for (let j = i + 1; j < teams.length; j++) {
      // Coordinates are rounded to 0.1, hence the small allowance.
      if (Math.hypot(teams[i].x - teams[j].x, teams[i].y - teams[j].y) < teams[i].r + teams[j].r - 0.2) count++;
    }
  }
  return count;
}

describe('layoutTeamMap', () => {
  it('places the sample organisation’s teams the same way every time, inside the map and apart', async () => {
    const { released, organisation } = await releasedOf(SAMPLE, 5);
    const links = teamLinks(released, organisation);
    const layout = layoutTeamMap(released.teams, links);
    expect(layoutTeamMap(released.teams, links)).toEqual(layout);
    expect(layout.teams).toHaveLength(released.teams.length);
    expect(layout.teams.map((p) => p.team)).toEqual(released.teams.map((_, t) => t));
    for (const p of layout.teams) {
      expect(p.x - p.r).toBeGreaterThanOrEqual(0);
      expect(p.x + p.r).toBeLessThanOrEqual(MAP_WIDTH);
      expect(p.y - p.r).toBeGreaterThanOrEqual(0);
      expect(p.y + p.r).toBeLessThanOrEqual(layout.height);
    }
    expect(overlaps(layout.teams)).toBe(0);
    // Every released team of the sample has ties to another team, so none sits in the row below.
    expect(layout.unlinkedTop).toBeNull();
    expect(layout.iterations).toBe(500);
  });

  it('keeps teams of one department closer to each other than to other departments', async () => {
    const { released, organisation } = await releasedOf(SAMPLE, 5);
    const layout = layoutTeamMap(released.teams, teamLinks(released, organisation));
    let same = 0;
    let sameCount = 0;
    let other = 0;
    let otherCount = 0;
    for (let a = 0; a < released.teams.length; a++) {
      for (let b = a + 1; b < released.teams.length; b++) {
        const d = Math.hypot(layout.teams[a].x - layout.teams[b].x, layout.teams[a].y - layout.teams[b].y);
        if (released.teams[a].parent === released.teams[b].parent) (same += d), sameCount++;
        else (other += d), otherCount++;
      }
    }
    // The sample plants 75% of interactions inside teams and 21% inside departments.
    expect(same / sameCount).toBeLessThan((other / otherCount) * 0.6);
  });

  it('sizes circles by headcount and puts teams with no ties in a row below', async () => {
    const { released, organisation } = await releasedOf(SMALL_ORG, 2);
    const layout = layoutTeamMap(released.teams, teamLinks(released, organisation));
    const byId = new Map(released.teams.map((team, t) => [team.id, layout.teams[t]]));
    // Four teams: the largest (Housing, 5) gets the full radius of 40; area follows headcount.
    expect(byId.get('T3')!.r).toBe(40);
    expect(byId.get('T4')!.r).toBeCloseTo(40 * Math.sqrt(2 / 5), 1);
    expect(byId.get('T1')!.r).toBeCloseTo(40 * Math.sqrt(4 / 5), 1);
    // Archive has no tie to another team.
    expect(layout.unlinkedTop).not.toBeNull();
    expect(byId.get('T4')!.y).toBeGreaterThan(layout.unlinkedTop!);
    for (const id of ['T1', 'T2', 'T3']) expect(byId.get(id)!.y + byId.get(id)!.r).toBeLessThanOrEqual(layout.unlinkedTop!);
    expect(overlaps(layout.teams)).toBe(0);
  });

  it('runs fewer iterations for very many teams, never under 100', () => {
    expect(layoutIterations(2)).toBe(500);
    expect(layoutIterations(300)).toBe(500);
    expect(layoutIterations(600)).toBe(250);
    expect(layoutIterations(5000)).toBe(100);
  });

  it('draws nothing for no teams', () => {
    expect(layoutTeamMap([], []).teams).toEqual([]);
  });
});
