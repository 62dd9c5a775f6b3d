/**
 * The limit cuts the list, not the plan: the first `limit` suggestions are the plan's first, and
 * `beforeLimit` counts them all, so that a reader knows when a list is cut.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { planIntroductions, suggestIntroductions } from '../../src/introductions/index.js';
import { hubOrganisation } from './build.js';

// Every pair of H's six contacts (15) can be introduced by H, and G to L5 and to L6 (2): 17
// introductions in all without a cap.
const organisation = hubOrganisation();
const analysis = analyse(organisation);

describe('the limit', () => {
  it('lists the plan\'s first suggestions and counts them all', () => {
    const all = suggestIntroductions(organisation, analysis, { limit: 100, maxPerPerson: 100 });
    expect(all).toHaveLength(17);
    const plan = planIntroductions(organisation, analysis, { limit: 5, maxPerPerson: 100 });
    expect(plan.introductions).toEqual(all.slice(0, 5));
    expect(plan.applied.beforeLimit).toBe(17);
    expect(planIntroductions(organisation, analysis, { limit: 100, maxPerPerson: 100 }).applied.beforeLimit).toBe(17);
  });

  it('counts what the cap and the exclusions leave, and a view\'s own suggestions', () => {
    const capped = planIntroductions(organisation, analysis, { limit: 1, maxPerPerson: 1 });
    expect(capped.applied.beforeLimit).toBe(suggestIntroductions(organisation, analysis, { limit: 100, maxPerPerson: 1 }).length);
    expect(capped.applied.beforeLimit).toBeGreaterThan(1);
    // Two pairs, one given twice and in both orders, and one naming someone unknown.
    const excluded = planIntroductions(organisation, analysis, { limit: 1, maxPerPerson: 100, exclude: [['L1', 'L2'], ['L2', 'L1'], ['G', 'L5'], ['G', 'X9']] });
    expect(excluded.applied).toMatchObject({ beforeLimit: 15, excludedPairs: 2 });
    const forL6 = planIntroductions(organisation, analysis, { limit: 2, maxPerPerson: 100, forPerson: 'L6' });
    expect(forL6.introductions).toHaveLength(2);
    expect(forL6.applied.beforeLimit).toBe(6); // L1..L5 and G
  });

  it('is recorded in the analysis with the settings the plan was made with', () => {
    const recorded = analyse(organisation, { introductions: { limit: 4, maxPerPerson: 100, exclude: [['L1', 'L2']], minGroupSize: 0 } });
    expect(recorded.introductions).toHaveLength(4);
    expect(recorded.options.introductions).toEqual({ minGroupSize: 0, limit: 4, maxPerPerson: 100, excludedPairs: 1, beforeLimit: 16 });
    expect(analyse(organisation).options.introductions).toEqual({ minGroupSize: 5, limit: 50, maxPerPerson: 3, excludedPairs: 0, beforeLimit: analyse(organisation).introductions.length });
  });
});
