/**
 * Every output states a role threshold with the comparison the rule makes: in a ring where all
 * twelve people have four contacts, the 99th percentile is also the median, so a connector needs
 * more than 4, and no output may say "at least 4" (or "≥ 4") while no one with 4 is a connector.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { formatHtml } from '../../src/present/html/index.js';
import { formatMarkdown } from '../../src/present/markdown.js';
import { thresholdWithComparison } from '../../src/present/evidence-text.js';
import { DASHBOARD_TABS } from '../../src/ui/tabs/dashboard-tabs.js';
import { tabContext } from '../../src/ui/tabs/tab-definition.js';
import { tinyOrganisation } from '../introductions/build.js';

describe('role thresholds with their comparison', () => {
  // A ring of 12 in two alternating teams, each tied to the two on either side.
  const people = Array.from({ length: 12 }, (_, i) => [`N${i + 1}`, i % 2 === 0 ? 'A' : 'B'] as const);
  const ties = people.flatMap(([id], i) => [[id, people[(i + 1) % 12][0]], [id, people[(i + 2) % 12][0]]] as [string, string][]);
  const organisation = tinyOrganisation({ teams: [['A', 'A'], ['B', 'B']], people, ties });
  const analysis = analyse(organisation);

  it('a ring: no connector or broker, and every output says "more than"', () => {
    expect(analysis.people.every((p) => p.degree === 4 && p.roles.length === 0)).toBe(true);
    expect(analysis.thresholds.comparisons).toMatchObject({ degree: '>', betweenness: '>', constraint: '<=' });
    const markdown = formatMarkdown(analysis, { organisation });
    expect(markdown).toContain('0 people are connectors: degree (distinct contacts) more than 4, the 99th percentile');
    expect(markdown).toContain("0 people are brokers: betweenness more than 0.090 (the 99th percentile) and Burt's constraint at most 0.477");
    const html = formatHtml(analysis, organisation);
    expect(html).toContain('connector threshold: more than 4');
    expect(html).toContain('broker threshold: more than 0.090');
    // The Methods table said "degree 4 … peripheral degree 4", the rules being > 4 and < 4.
    expect(markdown).toMatch(/\| Thresholds computed \| degree more than 4, betweenness more than 0\.090, constraint at most 0\.477, participation [^,]+, peripheral degree less than 4, over 12 people with ties /);
    const tab = (id: string) => DASHBOARD_TABS.find((t) => t.id === id)!;
    expect(tab('connectors').describe(tabContext(analysis, 5))).toMatch(/^Contacts > 4: /);
    expect(tab('brokers').describe(tabContext(analysis, 5))).toMatch(/^Betweenness > 0\.090 and constraint ≤ 0\.477: /);
  });

  it('words and symbols for each comparison, rounded towards the side that passes', () => {
    expect(thresholdWithComparison('>=', 1200)).toBe('at least 1,200');
    expect(thresholdWithComparison('>', 4, 'symbol')).toBe('> 4');
    expect(thresholdWithComparison('>', 0.004848)).toBe('more than 0.00484');
    expect(thresholdWithComparison('<', 2.5)).toBe('less than 2.500');
    expect(thresholdWithComparison('<=', 0.23678, 'symbol')).toBe('≤ 0.237');
  });
});
