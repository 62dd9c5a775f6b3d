/**
 * The reasons of the plan for fixtures/sample (300 people), checked against the measures they
 * state: a pair of teams is said to have few ties only when it is linked below the usual density.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { measureGaps } from '../../src/introductions/gaps.js';
import { suggestIntroductions } from '../../src/introductions/index.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');

describe('the reasons of the plan for fixtures/sample', async () => {
  const { organisation } = await loadOrganisation({ dir: SAMPLE });
  const analysis = analyse(organisation);
  const gaps = measureGaps(organisation, analysis);
  const plan = suggestIntroductions(organisation, analysis, { limit: 10_000 });
  const density = (from: string, to: string) => gaps.relativeDensity(gaps.teamOf[organisation.personIndex.get(from)!], gaps.teamOf[organisation.personIndex.get(to)!]);

  it('say "only", "no" or "fewer than usual" ties of a pair of teams below the usual density, and "already" of the rest', () => {
    const scarce = plan.filter((s) => /(?<!already) have (only \d+ ties?|no ties|\d+ ties) between them/.test(s.reason));
    const already = plan.filter((s) => / already have \d+ ties? between them/.test(s.reason));
    expect(scarce.filter((s) => s.reason.includes(' have only ')).length).toBeGreaterThan(0);
    expect(already.length).toBeGreaterThan(0);
    for (const s of scarce) expect(density(s.from, s.to), s.reason).toBeLessThan(1);
    for (const s of already) expect(density(s.from, s.to), s.reason).toBeGreaterThanOrEqual(1);
  });
});
