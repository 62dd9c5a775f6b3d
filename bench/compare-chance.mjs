// How many changes `compare` judges beyond normal variation by chance alone: the two halves of
// samples in which nothing changed (`nodefinder sample` without --second-period), at several sizes
// and seeds. The shares it prints are the ones src/compare/chance.ts states in every comparison.
// Needs the build (npx tsc -p tsconfig.build.json). Not part of `npm test` or `npm run bench`.
//
//   node bench/compare-chance.mjs                 # the sizes and seeds below
//   node bench/compare-chance.mjs 300:1 2000:4    # staff:seed pairs
//   node bench/compare-chance.mjs 21000:7=/path   # a sample already written with those settings
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse, compare, coveredPart, loadOrganisation, measureWindow, parsePeriodRange, planNoiseWindows } from '../dist/index.js';
import { writeSample } from '../dist/sample/index.js';

// The two halves of a sample's period (86 and 87 days, equal for compare).
const BEFORE = '2026-01-05..2026-03-31';
const AFTER = '2026-04-01..2026-06-26';
const DEFAULT_RUNS = ['300:1', '300:2', '300:3', '1000:1', '1000:2', '1000:3', '2000:1', '2000:2', '2000:3', '5000:1', '5000:2', '21000:7'];
// Team figures do not depend on betweenness: a small sample of sources keeps large runs short.
const ANALYSE = { betweenness: 'sampled', samples: 20 };

async function side(dir, range) {
  const { organisation, report, dataPeriod } = await loadOrganisation({ dir, since: range.since, until: range.until });
  return { label: `${range.start}..${range.end}`, range, dataPeriod, organisation, analysis: analyse(organisation, ANALYSE, report) };
}

/** Judged and beyond-normal counts of each kind of judged change in one comparison of two unchanged halves. */
async function measure(dir) {
  const [b, a] = [parsePeriodRange('--before', BEFORE), parsePeriodRange('--after', AFTER)];
  const before = await side(dir, b);
  const after = await side(dir, a);
  const windows = [];
  for (const range of planNoiseWindows(coveredPart(b, before.dataPeriod))) {
    const { organisation } = await loadOrganisation({ dir, since: range.since, until: range.until });
    windows.push(measureWindow(organisation, range));
  }
  const comparison = compare(before, after, { mode: 'periods', windows, top: Number.MAX_SAFE_INTEGER });
  const count = (judged) => ({
    judged: judged.filter((j) => j.variation !== 'unknown').length,
    beyond: judged.filter((j) => j.variation === 'beyond-normal').length,
  });
  return {
    eiIndex: count(comparison.teams.all.map((t) => t.eiIndex)),
    teamsReached: count(comparison.teams.all.map((t) => t.teamsReached)),
    brokenPairs: count(comparison.pairs.broken.items.map((p) => p.ties)),
    newlyLinkedPairs: count(comparison.pairs.newlyLinked.items.map((p) => p.ties)),
  };
}

const runs = (process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_RUNS).map((spec) => {
  const [settings, folder] = spec.split('=');
  const [staff, seed] = settings.split(':').map(Number);
  return { staff, seed, folder };
});
const kinds = ['eiIndex', 'teamsReached', 'brokenPairs', 'newlyLinkedPairs'];
const totals = Object.fromEntries(kinds.map((kind) => [kind, { judged: 0, beyond: 0 }]));
const percent = ({ judged, beyond }) => (judged === 0 ? '–' : `${((100 * beyond) / judged).toFixed(1)}%`);
console.log(`| staff | seed | ${kinds.join(' | ')} |`);
console.log(`|---:|---:|${kinds.map(() => '---:').join('|')}|`);
for (const { staff, seed, folder } of runs) {
  const dir = folder ?? mkdtempSync(join(tmpdir(), 'nodefinder-chance-'));
  try {
    if (!folder) await writeSample(dir, { staff, seed });
    const counts = await measure(dir);
    for (const kind of kinds) {
      totals[kind].judged += counts[kind].judged;
      totals[kind].beyond += counts[kind].beyond;
    }
    console.log(`| ${staff} | ${seed} | ${kinds.map((kind) => `${counts[kind].beyond} of ${counts[kind].judged} (${percent(counts[kind])})`).join(' | ')} |`);
  } finally {
    if (!folder) rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`| all | | ${kinds.map((kind) => `${totals[kind].beyond} of ${totals[kind].judged} (${percent(totals[kind])})`).join(' | ')} |`);
