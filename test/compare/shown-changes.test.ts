/**
 * A change as every written form of a comparison shows it is rounded from the exact change, the
 * value its judgement is made on, so that the change and the normal variation beside it never
 * read the other way round from the verdict; a note says the last digit may then differ from the
 * after minus the before as shown. On the tiny organisation (tiny-org.ts) with figures set where
 * rounding each value apart disagrees.
 */
import { describe, expect, it } from 'vitest';
import { signedChange, figure } from '../../src/present/comparison-sections.js';
import { formatComparisonHtml } from '../../src/present/comparison-html.js';
import { formatComparisonMarkdown } from '../../src/present/comparison-markdown.js';
import { formatComparisonText } from '../../src/present/comparison-text.js';
import { comparePeriods } from './run-compare.js';
import { withRoundedFigures } from './rounded-figures.js';
import { AFTER, BEFORE, writeTinyOrganisation } from './tiny-org.js';

const NOTE = 'Change: worked out from the exact figures, as its judgement is, so its last digit may differ from the after minus the before as rounded here.';

describe('a change as written', async () => {
  const comparison = withRoundedFigures(await comparePeriods(writeTinyOrganisation(), BEFORE, AFTER));

  it('is the exact change rounded in text, with no -0, and a note says so', () => {
    const text = formatComparisonText(comparison);
    expect(text).toMatch(/\n {2}density +0\.0126 +0\.0129 +\+0\.0002\n/);
    expect(text).toMatch(/\n {2}modularity +0\.000 +0\.000 +-0\.001\n/);
    expect(text).toMatch(/\n {2}Grants +Growth +5 → 5 +0\.02 +0\.26 +\+0\.25 /);
    expect(text).toMatch(/\n {2}Housing +Growth +5 → 5 +0\.26 +0\.02 +-0\.25 /);
    expect(text).toContain(NOTE);
  });

  it('is the same in Markdown and HTML', () => {
    const markdown = formatComparisonMarkdown(comparison);
    expect(markdown).toContain('| density | 0.0126 | 0.0129 | +0.0002 |');
    expect(markdown).toContain('| Grants | Growth | 5 → 5 | 0.02 | 0.26 | +0.25 |');
    expect(markdown).toContain(NOTE);
    const html = formatComparisonHtml(comparison);
    expect(html).toContain('<td class="num">0.02</td><td class="num">0.26</td><td class="num">+0.25</td>');
    expect(html).toContain('<td class="num">0.26</td><td class="num">0.02</td><td class="num">-0.25</td>');
  });

  it('never reads above its normal variation when judged within it, nor the other way', () => {
    // 0.0149 → 0.2189 (+0.2040) against 0.2049: within. From the shown 0.01 and 0.22 it would read +0.21 beside 0.20.
    expect([signedChange({ change: 0.204 }, 2), figure(0.2049, 2)]).toEqual(['+0.20', '0.20']);
    // 0.0151 → 0.2149 (+0.1998) against 0.1996: beyond. From the shown 0.02 and 0.21 it would read +0.19 beside 0.20.
    expect([signedChange({ change: 0.1998 }, 2), figure(0.1996, 2)]).toEqual(['+0.20', '0.20']);
    expect([signedChange({ change: -0.004 }, 2), signedChange({ change: 0 }, 0), signedChange({ change: -1234 }, 0), signedChange({ change: null }, 2)]).toEqual(['0.00', '0', '-1,234', '–']);
  });
});
