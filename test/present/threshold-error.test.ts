/**
 * When betweenness is estimated from a sample, every output that states the broker threshold
 * says next to it how far the estimates may be off, with the figure; an exact run says nothing.
 */
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/present/html/index.js';
import { formatMarkdown } from '../../src/present/markdown.js';
import { formatText } from '../../src/present/text.js';
import { describeEvidence } from '../../src/present/evidence-text.js';
import { evidenceText } from '../../src/ui/format.js';
import { releasedOf, SMALL_ORG } from './released.js';

describe('the standard error beside the broker threshold', async () => {
  const sampled = await releasedOf(SMALL_ORG, 2, { betweenness: 'sampled', samples: 5 });
  const error = sampled.released.options.betweenness.maxStandardError!;
  const sentence = `Betweenness is estimated from a sample of 5 sources (seed 1), with a standard error of at most ${error.toFixed(4)}: ` +
    `someone within about ${error.toFixed(4)} of the threshold could fall on either side of it.`;

  it('is said in text, Markdown and HTML where the threshold is', () => {
    expect(error).toBeGreaterThan(0.01);
    const threshold = sampled.released.thresholds.betweenness.toFixed(3);
    expect(formatText(sampled.released)).toContain(`\nBrokers: link parts that would otherwise be apart (1)\n  Broker threshold: betweenness at least ${threshold}. ${sentence}\n`);
    const markdown = formatMarkdown(sampled.released, { organisation: sampled.organisation });
    expect(markdown).toContain(`1 person is a broker: betweenness at least ${threshold} (the 99th percentile)`);
    expect(markdown).toContain(`also a bottleneck (a single point of failure). ${sentence} The 9 highest-betweenness people:\n`);
    expect(formatHtml(sampled.released, sampled.organisation)).toContain(sentence);
  });

  it('never states a threshold above the real one: at 21,000 people 0.004848 is "at least 0.00484", not 0.005', () => {
    const thresholds = { ...sampled.released.thresholds, betweenness: 0.004848595083825593, constraint: 0.23678454058852644 };
    const released = { ...sampled.released, thresholds };
    expect(formatText(released)).toContain('  Broker threshold: betweenness at least 0.00484. Betweenness is estimated');
    const lead = "betweenness at least 0.00484 (the 99th percentile) and Burt's constraint at most 0.237 (the 50th percentile)";
    expect(formatMarkdown(released)).toContain(lead);
    const html = formatHtml(released, sampled.organisation);
    expect(html).toContain(lead.replace("'", '&#39;'));
    expect(html).toContain('broker threshold: at least 0.00484');
    // The methods table gives the same figures as the leads, not a second value for one threshold.
    expect(formatMarkdown(released)).toMatch(/Thresholds computed \| degree (at least|more than) \d+, betweenness at least 0\.00484, constraint at most 0\.237,/);
  });

  it('writes an evidence threshold as the role lines do, towards the side that passes', () => {
    const evidence = { measure: 'betweenness', value: 0.0049, comparison: '>=', threshold: 0.004848595, basis: '99th percentile' } as const;
    expect(describeEvidence(evidence)).toBe('betweenness 0.005 >= 0.00484 (99th percentile)');
    expect(evidenceText(evidence)).toBe('betweenness 0.00490 ≥ 0.00484');
    expect(evidenceText({ ...evidence, measure: 'constraint', value: 0.2, comparison: '<=', threshold: 0.23678 })).toBe('constraint 0.200 ≤ 0.237');
    // Option thresholds and whole numbers are written as before.
    expect(describeEvidence({ measure: 'eiIndex', value: -0.95, comparison: '<=', threshold: -0.8, basis: 'option siloEiIndex' })).toBe('eiIndex -0.950 <= -0.800 (option siloEiIndex)');
    expect(evidenceText({ measure: 'degree', value: 70, comparison: '>=', threshold: 43, basis: '' })).toBe('degree 70 ≥ 43');
  });

  it('writes the sample with digit grouping in the text summary\'s method line, as everywhere else', () => {
    const betweenness = { ...sampled.released.options.betweenness, samples: 1000 };
    const released = { ...sampled.released, options: { ...sampled.released.options, betweenness } };
    expect(formatText(released)).toContain('harmonic sampled from 1,000 sources spread over teams (seed 1);');
  });

  it('writes a standard error below 0.001 in significant digits, never as 0.0000', () => {
    const betweenness = { ...sampled.released.options.betweenness, maxStandardError: 0.0000412345 };
    const released = { ...sampled.released, options: { ...sampled.released.options, betweenness } };
    expect(formatText(released)).toContain('with a standard error of at most 0.0000412: someone within about 0.0000412 of the threshold');
    expect(formatMarkdown(released)).toContain('largest standard error 0.0000412');
  });

  it('is not said when betweenness is exact', async () => {
    const exact = await releasedOf(SMALL_ORG, 2, { betweenness: 'exact' });
    for (const output of [formatText(exact.released), formatMarkdown(exact.released), formatHtml(exact.released, exact.organisation)]) {
      expect(output).not.toContain('standard error of at most');
    }
  });
});
