// The nodefinder side of the per-measure benchmark (the NetworkX and igraph side is
// bench/reference_measures.py). Every measurement runs in a fresh Node.js process:
//
//   load     loadOrganisation({ dir }): read the CSV files, aggregate the rows into ties, build the
//            network. The network (typed arrays) is then written to a cache file with
//            v8.serialize, untimed.
//   a stage  reads the cached network back, then times one measure on it, called as analyse()
//            calls it (src/analyse.ts). Path measures use worker threads ('auto': every core).
//            Above PROJECT_ABOVE people the exact path measures (one search from every person)
//            are not run: they are timed on PROJECTION_SOURCES sampled sources (the same search
//            per source) and projected × n / sources.
//   analyse  the whole CLI, `nodefinder analyse DIR --format json --output /dev/null`, timed as a
//            process from outside.
//
// Peak memory is the process's maximum resident set size (Node.js + network + the measure).
//
// Run alone: node bench/measures.mjs DIR [--repeats 3]   (after `npm run build`)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

const here = import.meta.dirname;
const root = join(here, '..');
const SAMPLES = 500;
const SEED = 1;
const PROJECT_ABOVE = 50_000;
const PROJECTION_SOURCES = 1_000;
/** People compared at the top of exact and sampled betweenness. */
const TOP = 20;
/** Seeds whose sampled top people are compared with the exact ones (one seed can be lucky). */
const OVERLAP_SEEDS = [1, 2, 3, 4, 5];

/** Exact path stages → how to time them on sampled sources instead (for the projection). */
const PROJECTED = {
  'betweenness exact': (m) => (g) => m.betweenness(g, { weighted: false, samples: PROJECTION_SOURCES, seed: SEED }),
  closeness: (m) => (g) => m.distanceCentralities(g, { weighted: false, samples: PROJECTION_SOURCES, seed: SEED }).closeness,
  harmonic: (m) => (g) => m.distanceCentralities(g, { weighted: false, samples: PROJECTION_SOURCES, seed: SEED }).harmonic,
};

/** Stage name → how to run it on the undirected network. The names match reference_measures.py. */
const STAGES = {
  'graph only': () => () => null,
  'degree and strength': (m) => (g) => [m.degree(g), m.strength(g)],
  pagerank: (m) => (g) => m.pagerank(g),
  eigenvector: (m) => (g) => m.eigenvector(g),
  clustering: (m) => (g) => m.clustering(g),
  constraint: (m) => (g) => m.constraint(g),
  'effective size': (m) => (g) => m.effectiveSize(g),
  'betweenness exact': (m) => (g) => m.betweenness(g, { weighted: false, samples: null }),
  'betweenness 500 sources': (m) => (g) => m.betweenness(g, { weighted: false, samples: Math.min(SAMPLES, g.nodeCount), seed: SEED }),
  closeness: (m) => (g) => m.distanceCentralities(g, { weighted: false }).closeness,
  harmonic: (m) => (g) => m.distanceCentralities(g, { weighted: false }).harmonic,
  'articulation points': (m) => (g) => m.cutPoints(g),
  louvain: (m) => (g) => m.communities(g, { seed: SEED, resolution: 1 }),
};

export const STAGE_NAMES = Object.keys(STAGES);

const peakRssMiB = () => process.resourceUsage().maxRSS / 1024;
const now = () => Number(process.hrtime.bigint()) / 1e9;

async function childLoad(dir, cache) {
  const { loadOrganisation } = await import('../dist/index.js');
  const started = now();
  const { organisation } = await loadOrganisation({ dir });
  const seconds = now() - started;
  const peak = peakRssMiB();
  writeFileSync(cache, serialize(organisation.network));
  // The teams analyse() spreads its sampled sources over, for the overlap note (untimed).
  const { teamStrata } = await import('../dist/measures/team-strata.js');
  writeFileSync(`${cache}.strata`, serialize(teamStrata(organisation)));
  return { seconds, peakRssMiB: peak, people: organisation.people.length, ties: organisation.ties.length };
}

async function childStage(stage, cache) {
  const measures = await import('../dist/measures/index.js');
  const { communities } = await import('../dist/measures/communities.js');
  const { cutPoints } = await import('../dist/measures/cut-points.js');
  const all = { ...measures, communities, cutPoints };
  const network = deserialize(readFileSync(cache));
  const n = network.nodeCount;
  const projected = n > PROJECT_ABOVE && PROJECTED[stage];
  const run = (projected ? PROJECTED[stage] : STAGES[stage])(all);
  const started = now();
  const result = run(network);
  const seconds = now() - started;
  const peak = peakRssMiB();
  if (projected) {
    const total = (seconds * n) / PROJECTION_SOURCES;
    return { seconds: total, peakRssMiB: null, status: 'projected', note: `not run: ~${total.toFixed(0)} s projected from ${PROJECTION_SOURCES} sources` };
  }
  // Exact betweenness is kept for the sampled stage, which reports how many of the exact top
  // people its estimate also puts at the top.
  const exactFile = `${cache}.exact-betweenness`;
  if (stage === 'betweenness exact') writeFileSync(exactFile, serialize(result.values));
  let note = '';
  const overlapFile = `${cache}.overlap-note`;
  if (stage === 'betweenness 500 sources' && existsSync(overlapFile)) note = readFileSync(overlapFile, 'utf8');
  else if (stage === 'betweenness 500 sources' && existsSync(exactFile)) {
    // Untimed, and once for all repeats: this stage's estimate from other seeds, and analyse()'s
    // default estimate (more sources, spread over teams), each compared with exact betweenness.
    const exact = deserialize(readFileSync(exactFile));
    const { ANALYSE_DEFAULTS } = await import('../dist/index.js');
    const strata = deserialize(readFileSync(`${cache}.strata`));
    const samples = Math.min(ANALYSE_DEFAULTS.samples, n);
    const uniform = OVERLAP_SEEDS.map((seed) => (seed === SEED ? result : all.betweenness(network, { weighted: false, samples: Math.min(SAMPLES, n), seed })));
    const spread = OVERLAP_SEEDS.map((seed) => all.pathCentralities(network, { weighted: false, samples, seed, strata }).betweenness);
    const seeds = `${OVERLAP_SEEDS[0]}–${OVERLAP_SEEDS.at(-1)}`;
    note =
      `top ${TOP} overlap with exact: ${topOverlap(exact, result.values, TOP)} of ${TOP} (seed ${SEED}); ` +
      `${overlapRange(exact, uniform)} over seeds ${seeds}; ` +
      `analyse defaults (${samples} sources spread over teams): ${overlapRange(exact, spread)} over seeds ${seeds}`;
    writeFileSync(overlapFile, note);
  }
  return { seconds, peakRssMiB: peak, status: 'measured', note };
}

/** How many of the `top` highest of `a` are among the `top` highest of `b` (ties: lower index first). */
export function topOverlap(a, b, top) {
  const best = (values) => new Set(Array.from(values.keys()).sort((x, y) => values[y] - values[x] || x - y).slice(0, top));
  const first = best(a);
  let shared = 0;
  for (const v of best(b)) if (first.has(v)) shared++;
  return shared;
}

/** Top overlap of each estimate with `exact`, as 'min a, median b, max c of TOP'. */
function overlapRange(exact, estimates) {
  const overlaps = estimates.map((estimate) => topOverlap(exact, estimate.values, TOP)).sort((a, b) => a - b);
  return `min ${overlaps[0]}, median ${overlaps[Math.floor(overlaps.length / 2)]}, max ${overlaps.at(-1)} of ${TOP}`;
}

function runChild(args) {
  const output = execFileSync(process.execPath, [join(here, 'measures.mjs'), '--child', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output);
}

/** The whole CLI as one process: wall time, and peak RSS from /usr/bin/time -v (else from inside). */
function runAnalyse(dir) {
  const cli = [join(root, 'bin', 'nodefinder.js'), 'analyse', dir, '--format', 'json', '--output', '/dev/null'];
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const args = gnuTime
    ? ['-v', process.execPath, ...cli]
    : ['--import', `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss-kib '+process.resourceUsage().maxRSS+'\\n'))`, ...cli];
  const started = now();
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24 });
  const seconds = now() - started;
  if (result.status !== 0) throw new Error(`nodefinder analyse ${dir} failed (${result.status}):\n${result.stderr}`);
  const match = gnuTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr) : /maxrss-kib (\d+)/.exec(result.stderr);
  return { seconds, peakRssMiB: match ? Number(match[1]) / 1024 : null };
}

/**
 * Reads the data files once, untimed, so that the timed run reads them from memory: this machine
 * drops its file cache within minutes, and a load that reads from disk measures the disk. The
 * Python side does the same before each of its loads.
 */
export function warmFiles(dir) {
  for (const name of ['staff.csv', 'teams.csv', 'interactions.csv']) {
    if (existsSync(join(dir, name))) readFileSync(join(dir, name));
  }
}

/** Runs of the whole analyse at every size (other stages run `repeats` times). */
export const ANALYSE_RUNS = 3;

function median(results) {
  const ordered = [...results].sort((a, b) => a.seconds - b.seconds);
  return { ...ordered[Math.floor(ordered.length / 2)], runs: results.length };
}

/**
 * Times loading, every stage and the whole analyse on one data folder; `onNetwork(cache)` may then
 * time other tools on the network cached in file `cache`, and its rows are added.
 * @returns rows { tool: 'nodefinder', stage, seconds, peakRssMiB, status: 'measured', note, runs }
 */
export async function nodefinderMeasures({ dir, repeats = 1, onProgress = () => {}, onNetwork = () => [] }) {
  const scratch = mkdtempSync(join(tmpdir(), 'nodefinder-bench-'));
  const cache = join(scratch, 'network.v8');
  const rows = [];
  const add = (stage, result, note = '') => {
    const row = { tool: 'nodefinder', stage, seconds: result.seconds, peakRssMiB: result.peakRssMiB, status: result.status ?? 'measured', note: [note, result.note].filter(Boolean).join('; '), runs: result.runs };
    rows.push(row);
    const memory = row.peakRssMiB === null ? '     —' : row.peakRssMiB.toFixed(0).padStart(6);
    onProgress(`  ${'nodefinder'.padEnd(10)} ${stage.padEnd(24)} ${row.seconds.toFixed(3).padStart(9)} s  ${memory} MiB  ${note}`);
  };
  try {
    const loads = [];
    for (let r = 0; r < repeats; r++) {
      warmFiles(dir);
      loads.push(runChild(['load', dir, cache]));
    }
    const load = median(loads);
    add('load', load, `${load.people} people, ${load.ties} ties`);
    for (const stage of STAGE_NAMES) {
      const results = [];
      for (let r = 0; r < repeats; r++) {
        results.push(runChild(['stage', stage, cache]));
        if (results[0].status === 'projected') break;
      }
      add(stage, median(results), stage === 'betweenness 500 sources' ? `samples=${SAMPLES}, seed=${SEED}` : '');
    }
    // The end-to-end figure the README quotes: never one run alone (one 21,000-person run took
    // 6.4 s where three runs just after took 3.8-4.5 s on this shared machine).
    const analyses = [];
    for (let r = 0; r < Math.max(repeats, ANALYSE_RUNS); r++) {
      warmFiles(dir);
      analyses.push(runAnalyse(dir));
    }
    add('whole analyse (CLI)', median(analyses));
    // Other tools timed on the same network (bench/graphology-measures.mjs), before the cache goes.
    rows.push(...onNetwork(cache));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const result = args[1] === 'load' ? await childLoad(args[2], args[3]) : await childStage(args[2], args[3]);
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    const at = args.indexOf('--repeats');
    const repeats = at >= 0 ? Number(args.splice(at, 2)[1]) : 1;
    if (args.length === 0) {
      console.error('usage: node bench/measures.mjs DIR... [--repeats N]');
      process.exit(2);
    }
    for (const dir of args) {
      console.error(`nodefinder on ${dir}:`);
      const rows = await nodefinderMeasures({ dir, repeats, onProgress: (line) => console.error(line) });
      console.log(JSON.stringify(rows, null, 1));
    }
  }
}
