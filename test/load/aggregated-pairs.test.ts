/**
 * The path for billions of events (README, "Beyond one machine"): aggregate events into one row per
 * ordered pair where the logs live, then give nodefinder the pairs with their counts. The analysis
 * must be the one the events give. Here the aggregation is done in the test, from the events of
 * fixtures/sample, as the SQL in the README would do it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { tempFolder } from '../helpers/temp-files.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');

/** `GROUP BY source, target` with `COUNT(*)`, over the event rows (first seen, first written). */
function aggregate(events: string, countHeader: string): { text: string; pairs: number; rows: number } {
  const [header, ...rows] = events.trim().split('\n');
  const columns = header.split(',');
  const source = columns.indexOf('source');
  const target = columns.indexOf('target');
  const counts = new Map<string, number>();
  for (const row of rows) {
    const fields = row.split(',');
    const key = `${fields[source]},${fields[target]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const lines = [`source,target,${countHeader}`, ...[...counts].map(([pair, count]) => `${pair},${count}`)];
  return { text: lines.join('\n') + '\n', pairs: counts.size, rows: rows.length };
}

async function analysisOf(dir: string) {
  const { organisation, report } = await loadOrganisation({ dir });
  const { load, ...analysis } = analyse(organisation, {}, report);
  return { organisation, load: load!, analysis };
}

describe('aggregated pairs', () => {
  const events = readFileSync(join(SAMPLE, 'interactions.csv'), 'utf8');
  const folder = (interactions: string) =>
    tempFolder({
      'staff.csv': readFileSync(join(SAMPLE, 'staff.csv')),
      'teams.csv': readFileSync(join(SAMPLE, 'teams.csv')),
      'interactions.csv': interactions,
    });

  it('give the same analysis as the events they were aggregated from', async () => {
    const aggregated = aggregate(events, 'count');
    expect(aggregated.pairs).toBeLessThan(aggregated.rows / 3); // a real reduction: about 15 events per pair
    const fromEvents = await analysisOf(SAMPLE);
    const fromPairs = await analysisOf(folder(aggregated.text));
    expect(JSON.stringify(fromPairs.analysis)).toBe(JSON.stringify(fromEvents.analysis));
    // The same ties and strengths; only what the events alone carried (times, channels) is gone.
    expect(fromPairs.load).toMatchObject({ ties: fromEvents.load.ties, arcs: fromEvents.load.arcs, interactions: fromEvents.load.interactions, period: null, channels: [] });
    expect(fromPairs.load.files.at(-1)).toMatchObject({ rowsRead: aggregated.pairs, rowsUsed: aggregated.pairs });
    // Strengths still read as numbers of interactions in the reasons given for introductions.
    expect(fromPairs.organisation.weighted).toBe(false);
    expect(fromPairs.analysis.introductions.some((introduction) => / interactions?\b/.test(introduction.reason))).toBe(true);
    expect(Array.from(fromPairs.organisation.ties.strength)).toEqual(Array.from(fromEvents.organisation.ties.strength));
  });

  it('with a column headed weight: the same measures, described as strengths', async () => {
    const fromEvents = await analysisOf(SAMPLE);
    const fromPairs = await analysisOf(folder(aggregate(events, 'weight').text));
    expect(fromPairs.organisation.weighted).toBe(true);
    const { introductions: pairIntroductions, ...pairMeasures } = fromPairs.analysis;
    const { introductions: eventIntroductions, ...eventMeasures } = fromEvents.analysis;
    expect(JSON.stringify(pairMeasures)).toBe(JSON.stringify(eventMeasures));
    expect(pairIntroductions.map((i) => [i.from, i.to, i.score])).toEqual(eventIntroductions.map((i) => [i.from, i.to, i.score]));
    expect(pairIntroductions.some((introduction) => /strength \d/.test(introduction.reason))).toBe(true);
  });
});
