/**
 * On a 2,000-person sample organisation with planted silo teams (seed 3): every planted silo gets
 * at least one introduction, silos with no outside ties get a cold one, and nobody appears in
 * more than maxPerPerson suggestions.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { suggestIntroductions } from '../../src/introductions/index.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { writeSample } from '../../src/sample/index.js';

describe('introductions on a sample organisation with planted silos (2,000 people, seed 3)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nodefinder-introductions-'));
  await writeSample(dir, { staff: 2000, seed: 3 });
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as { siloTeams: string[] };
  const { organisation } = await loadOrganisation({ dir });
  const analysis = analyse(organisation);
  const teamOf = (id: string) => analysis.people[organisation.personIndex.get(id)!].team;
  const result = suggestIntroductions(organisation, analysis, { limit: 200 });

  it('gives every planted silo team at least one suggestion', () => {
    expect(truth.siloTeams.length).toBeGreaterThan(0);
    for (const silo of truth.siloTeams) {
      expect(result.some((s) => teamOf(s.from) === silo || teamOf(s.to) === silo), silo).toBe(true);
    }
  });

  it('puts the silos first and marks cold exactly the silos with no outside tie', () => {
    const silos = new Set(truth.siloTeams);
    const first = result.slice(0, truth.siloTeams.length);
    for (const s of first) expect(silos.has(teamOf(s.from)!) || silos.has(teamOf(s.to)!)).toBe(true);
    const sealed = analysis.teams.filter((t) => t.silo && t.externalTies === 0).map((t) => t.id);
    const cold = result.filter((s) => !s.warm);
    expect(cold.map((s) => teamOf(s.from)).sort()).toEqual(sealed.sort());
    for (const s of cold) expect(s.via).toEqual([]);
  });

  it('keeps everyone within the cap of 3, counting introducers', () => {
    expect(result).toHaveLength(200);
    const load = new Map<string, number>();
    for (const s of result) for (const id of [s.from, s.to, ...s.via]) load.set(id, (load.get(id) ?? 0) + 1);
    expect(Math.max(...load.values())).toBeLessThanOrEqual(3);
  });

  it('explains every suggestion in one sentence', () => {
    for (const s of result) {
      expect(s.reason).toMatch(/^.+ \(.+\) and .+ \(.+\): .+\.$/);
      expect(s.reason.includes('cold')).toBe(!s.warm);
    }
  });
});
