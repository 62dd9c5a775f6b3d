/**
 * Strengths from a weight column (survey ratings, minutes) count no interactions: the outputs call
 * them strength, and keep "interactions" for counts (a column headed count, n or interactions).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatComparisonHtml } from '../../src/present/comparison-html.js';
import { formatComparisonMarkdown } from '../../src/present/comparison-markdown.js';
import { formatComparisonText } from '../../src/present/comparison-text.js';
import { formatHtml } from '../../src/present/html/format-html.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { formatLoadReport } from '../../src/present/load-report-text.js';
import { formatMarkdown } from '../../src/present/markdown.js';
import { privacyNote } from '../../src/present/privacy-note.js';
import { comparedPeriods, comparedTinyCountsThenWeights } from '../ui/comparisons.js';
import { AFTER, BEFORE, writeTinyOrganisation } from '../compare/tiny-org.js';
import { releasedOf } from './released.js';
import { analyse } from '../../src/analyse.js';
import { heldByTiesText, strengthFigure } from '../../src/number-text.js';
import { strengthWords } from '../../src/present/strength-words.js';
import { tinyOrganisation } from '../introductions/build.js';

// Three rows: ratings 5, 6 and 4 (P1–P2 rated both ways), summing to 15.
async function organisationWith(weightHeader: string, rows = 'P1,P2,5\nP2,P1,6\nP2,P3,4\n') {
  const dir = mkdtempSync(join(tmpdir(), 'nodefinder-strength-'));
  writeFileSync(join(dir, 'staff.csv'), 'id,name,team\nP1,Ann,A\nP2,Bob,A\nP3,Cy,B\nP4,Di,B\n');
  writeFileSync(join(dir, 'interactions.csv'), `source,target,${weightHeader}\n${rows}`);
  return releasedOf(dir, 1);
}

describe('the words for a tie\'s strength', () => {
  it('are strength and summed weights for a weight column', async () => {
    const { released, organisation } = await organisationWith('weight');
    const load = released.load!;
    expect(load).toMatchObject({ interactions: 15, summedWeights: true });
    expect(formatLoadReport(load)).toContain('\n  strength      15 (weights summed)\n');
    expect(privacyNote(load)[0]).toContain('; 3 weighted interactions between them (no timestamps).');
    const markdown = formatMarkdown(released, { organisation });
    expect(markdown).toContain('2 ties of summed weight 15 (3 directed ties)');
    expect(markdown).toContain('undirected: a tie\'s strength is the summed weights in both directions');
    expect(markdown).toContain('| Person | Team | Contacts | Other teams reached | Strength | Roles |');
    expect(markdown).not.toMatch(/interactions in|Interactions \|/);
    expect(formatHtml(released, organisation)).toContain('<title>A – B: 1 tie, strength 4</title>');
  });

  it('write a tie between teams too weak for two decimals as <0.01 in the report, never 0', async () => {
    const { released, organisation } = await organisationWith('weight', 'P1,P2,5\nP2,P3,0.0001\n');
    const markdown = formatMarkdown(released, { organisation });
    expect(markdown).toContain('| Team | Team | Ties | Strength |');
    expect(markdown).toContain('| A | B | 1 | \\<0.01 |');
    // So do the totals of summed weights, in the load report and the report's Methods.
    const faint = await organisationWith('weight', 'P2,P3,0.0001\n');
    expect(formatLoadReport(faint.released.load!)).toContain('\n  strength      <0.01 (weights summed)\n');
    expect(formatMarkdown(faint.released, { organisation: faint.organisation })).toContain('1 tie of summed weight \\<0.01');
  });

  it('are the non-zero cells of an adjacency matrix in the privacy note, as 0s and 1s are neither weights nor interactions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nodefinder-matrix-'));
    writeFileSync(join(dir, 'staff.csv'), 'id,name,team\nP1,Ann,A\nP2,Bob,A\nP3,Cy,B\n');
    writeFileSync(join(dir, 'interactions.csv'), '0 1 0\n1 0 1\n0 0 0\n');
    const { report } = await loadOrganisation({ dir, interactionsFormat: 'matrix' });
    expect(privacyNote(report)[0]).toContain('; 3 non-zero cells of an adjacency matrix between them (no timestamps).');
    expect(privacyNote(report)[0]).not.toContain('weighted');
  });

  it('are interactions for counts', async () => {
    const { released, organisation } = await organisationWith('count');
    expect(released.load).toMatchObject({ interactions: 15, summedWeights: false });
    expect(formatLoadReport(released.load!)).toContain('\n  interactions  15\n');
    expect(privacyNote(released.load!)[0]).toContain('; 15 interactions between them (no timestamps).');
    expect(formatMarkdown(released, { organisation })).toContain('15 interactions in 2 ties (3 directed ties)');
    expect(formatHtml(released, organisation)).toContain('<title>A – B: 1 tie, 4 interactions</title>');
  });
});

describe('the words for a comparison of counts before and summed weights after', async () => {
  const { comparison } = await comparedTinyCountsThenWeights();

  it('give the before period\'s amount in its own kind: interactions, not strength', () => {
    // a1 and b1 interacted on 5, 15 and 25 January, counted (the after data's weights are 2 a row).
    const sentence = 'They were in touch in the before period (3 interactions): this would reconnect them.';
    expect(formatComparisonText(comparison)).toContain(sentence);
    expect(formatComparisonMarkdown(comparison)).toContain(sentence);
    expect(formatComparisonHtml(comparison)).toContain(sentence);
    expect(formatComparisonText(comparison)).not.toContain('(strength 3)');
  });

  it('call the figure of both periods strength, the one word true of both', () => {
    const text = formatComparisonText(comparison);
    expect(text).toMatch(/\n +period +people +teams +ties +strength +first interaction/);
    expect(text).toMatch(/\n {2}strength +125 +86 +-39\n/);
    expect(formatComparisonMarkdown(comparison)).toContain('| strength | 125 | 86 | -39 |');
  });
});

describe('the periods table of a comparison with tiny weights', async () => {
  const { comparison } = await comparedPeriods(writeTinyOrganisation(), BEFORE, AFTER, true, writeTinyOrganisation({ weight: 0.00001 }));

  it('writes the after period\'s summed strength as a strength, not 0', () => {
    expect(comparison.after.interactions).toBeGreaterThan(0);
    expect(comparison.after.interactions).toBeLessThan(0.005);
    expect(formatComparisonText(comparison)).toMatch(/\n +after +\S+ +\d+ +\d+ +\d+ +<0\.01 /);
  });
});

describe('a positive strength never reads as 0', () => {
  it('writes strengths below two decimals as "<0.01" in every sentence that names one', () => {
    expect(strengthFigure(1e-9)).toBe('<0.01');
    expect(strengthFigure(0.004)).toBe('<0.01');
    expect(strengthFigure(0.005)).toBe('0.01');
    expect(strengthFigure(0)).toBe('0');
    expect(strengthFigure(1234.5)).toBe('1,234.50');
    expect(strengthFigure(1200)).toBe('1,200');
    expect(heldByTiesText(1, 1e-9, true)).toBe('1 tie of strength <0.01');
    expect(strengthWords({ summedWeights: true }).amount(0.0004)).toBe('strength <0.01');
  });

  it('in an introducer\'s reason (weights 0.5 and 0.0004)', () => {
    const organisation = tinyOrganisation({
      teams: [['A', 'A'], ['B', 'B']],
      people: [['K', 'A'], ['X', 'A'], ['Y', 'B']],
      ties: [['K', 'X', 0.5], ['K', 'Y', 0.0004]],
    });
    const weighted = { ...organisation, weighted: true };
    const text = analyse(weighted, { introductions: { minGroupSize: 1 } }).introductions.map((i) => i.reason).join('\n');
    expect(text).toContain('K knows both (strength 0.50 and <0.01');
  });
});
