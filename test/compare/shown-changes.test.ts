/**
 * A change as every written form of a comparison shows it is the shown after minus the shown
 * before, so a reader's arithmetic agrees with it (the JSON is the Comparison, exact). On the tiny
 * organisation (tiny-org.ts) with figures set where rounding each value apart would disagree.
 */
import { describe, expect, it } from 'vitest';
import { formatComparisonHtml } from '../../src/present/comparison-html.js';
import { formatComparisonMarkdown } from '../../src/present/comparison-markdown.js';
import { formatComparisonText } from '../../src/present/comparison-text.js';
import { comparePeriods } from './run-compare.js';
import { withRoundedFigures } from './rounded-figures.js';
import { AFTER, BEFORE, writeTinyOrganisation } from './tiny-org.js';

describe('a change as written', async () => {
  const comparison = withRoundedFigures(await comparePeriods(writeTinyOrganisation(), BEFORE, AFTER));

  it('is the shown after minus the shown before in text, with no -0', () => {
    const text = formatComparisonText(comparison);
    expect(text).toMatch(/\n {2}density +0\.0126 +0\.0129 +\+0\.0003\n/);
    expect(text).toMatch(/\n {2}modularity +0\.000 +0\.000 +0\.000\n/);
    expect(text).toMatch(/\n {2}Grants +Growth +5 → 5 +0\.02 +0\.26 +\+0\.24 /);
    expect(text).toMatch(/\n {2}Housing +Growth +5 → 5 +0\.26 +0\.02 +-0\.24 /);
  });

  it('is the same in Markdown and HTML', () => {
    const markdown = formatComparisonMarkdown(comparison);
    expect(markdown).toContain('| density | 0.0126 | 0.0129 | +0.0003 |');
    expect(markdown).toContain('| modularity | 0.000 | 0.000 | 0.000 |');
    expect(markdown).toContain('| Grants | Growth | 5 → 5 | 0.02 | 0.26 | +0.24 |');
    const html = formatComparisonHtml(comparison);
    expect(html).toContain('<td class="num">0.02</td><td class="num">0.26</td><td class="num">+0.24</td>');
    expect(html).toContain('<td class="num">0.26</td><td class="num">0.02</td><td class="num">-0.24</td>');
  });
});
