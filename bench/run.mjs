// `npm run bench`: runs every benchmark and writes bench/results.md. Never part of `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadMemoryBenchmark } from './load-memory.mjs';
import { loadSideBySide } from './load-side-by-side.mjs';
import { ANALYSE_RUNS, nodefinderMeasures } from './measures.mjs';
import { GRAPHOLOGY_STAGES, graphologyMeasures } from './graphology-measures.mjs';
import { formatLinkRecovery, linkRecoveryBenchmark } from './link-recovery.mjs';

const started = Date.now();

// The reference side runs in Debian's Python: say what is missing before a quarter of an hour of
// work, not after it.
const PYTHON_MODULES = { networkx: 'python3-networkx', igraph: 'python3-igraph', numpy: 'python3-numpy', scipy: 'python3-scipy' };
const missingModules = Object.keys(PYTHON_MODULES).filter((module) => spawnSync('/usr/bin/python3', ['-c', `import ${module}`]).status !== 0);
if (missingModules.length > 0) {
  console.error(`bench: /usr/bin/python3 lacks ${missingModules.join(', ')}, which the reference side needs: ` +
    `apt-get install ${missingModules.map((module) => PYTHON_MODULES[module]).join(' ')}`);
  process.exit(1);
}

// Rows of the measures table (bench/measures.mjs and bench/reference_measures.py use these stage names).
const STAGE_LABELS = [
  ['load', 'read + aggregate + build the network'],
  ['graph only', 'baseline: network in memory, no measure'],
  ['degree and strength', 'degree and strength'],
  ['pagerank', 'PageRank (weighted)'],
  ['eigenvector', 'eigenvector (weighted)'],
  ['clustering', 'clustering (local)'],
  ['constraint', 'Burt constraint (weighted)'],
  ['effective size', 'effective size (weighted)'],
  ['betweenness exact', 'betweenness, exact'],
  ['betweenness 500 sources', 'betweenness, 500 sampled sources'],
  ['closeness', 'closeness (Wasserman–Faust)'],
  ['harmonic', 'harmonic'],
  ['articulation points', 'articulation points'],
  ['louvain', 'Louvain communities'],
  ['whole analyse (CLI)', 'whole `nodefinder analyse` (CLI process)'],
];

const STAGE_NOTES = [
  '**read + aggregate + build**: nodefinder `loadOrganisation({ dir })`, which reads the interactions file as bytes (ids looked up, times parsed without making strings; from 8 MiB in two halves, the second on a worker thread), sums rows per range of people, also parses timestamps and channels, keeps the directed view, the team structure and the load report; ' +
    'Python: the `csv` module reads staff.csv and interactions.csv, a dict sums rows per unordered pair (dropping self-interactions and unknown people), then `nx.Graph` / `igraph.Graph` is built with every person as a node. On both sides the files are read once, untimed, just before each timed load (and each whole analyse), so that every load reads them from memory: this machine drops its file cache within minutes.',
  '**degree and strength**: `degree`, `strength`; `G.degree()` and `G.degree(weight=…)`; `degree()`, `strength(weights=…)`.',
  '**PageRank**: `pagerank(g)` (tolerance 1e-12 on the L1 change); `nx.pagerank(G, weight=\'weight\')` (SciPy, tolerance n·1e-6); igraph `pagerank(weights=…)` (PRPACK, its default).',
  '**eigenvector**: `eigenvector(g)` (thick-restart Lanczos to a residual of 1e-12·λ); `nx.eigenvector_centrality_numpy(G, weight=\'weight\')` (ARPACK); igraph `eigenvector_centrality(weights=…)` (ARPACK).',
  '**clustering**: `clustering(g)`; `nx.clustering(G)`; igraph `transitivity_local_undirected(mode=\'zero\')`. All unweighted.',
  '**constraint** and **effective size**: `constraint(g)`, `effectiveSize(g)` (which also gives efficiency); `nx.constraint` / `nx.effective_size(G, weight=\'weight\')`; igraph `constraint(weights=…)`; igraph has no effective size.',
  '**betweenness**: unweighted, normalised. Exact: `betweenness(g)`, `nx.betweenness_centrality(G)`, igraph `betweenness(directed=False)`. ' +
    'Sampled: `betweenness(g, { samples: 500, seed: 1 })` (with standard errors) and `nx.betweenness_centrality(G, k=500, seed=1)`; python-igraph has no sampled-source estimate. ' +
    'The sampled row\'s note says how many of the 20 people with the highest exact betweenness are also among the 20 highest estimates.',
  '**closeness** and **harmonic**: unweighted, one breadth-first search per person. `distanceCentralities(g)` (Wasserman–Faust closeness and harmonic from the same searches; `analyse` also shares them with betweenness); `nx.closeness_centrality(G)` (`wf_improved=True`) and `nx.harmonic_centrality(G)`; ' +
    'igraph `closeness()` and `harmonic_centrality()` (igraph scales closeness differently on disconnected networks; the work is the same).',
  '**articulation points**: nodefinder `cutPoints(g)` finds articulation points, bridges, component sizes and how many people each departure cuts off in one pass; `nx.articulation_points(G)`; igraph `articulation_points()`.',
  '**Louvain**: `communities(g, { seed: 1 })` (nodefinder\'s own Louvain on the compact network, plus the modularity); `nx.community.louvain_communities(G, seed=1, weight=\'weight\')`; igraph `community_multilevel(weights=…)` after `random.seed(1)`. Each library makes its own seeded run; their partitions need not agree.',
];


const lines = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

say('# Benchmark results');
say();
say(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}.`);
say('Each figure is one run in a fresh process; peak memory is the process maximum resident set size.');
say();
say('## Loading: memory follows ties, and rows add little');
say();
say('20,000 people and the same 200,000 pairs, written as more and more interaction rows (`bench/load-memory.mjs`).');
say();
say('| interaction rows | ties | seconds | rows per second | peak memory (MiB) |');
say('|---:|---:|---:|---:|---:|');
for (const result of await loadMemoryBenchmark()) {
  say(`| ${result.rows.toLocaleString('en-GB')} | ${result.ties.toLocaleString('en-GB')} | ${result.seconds.toFixed(2)} | ${Math.round(result.rows / result.seconds).toLocaleString('en-GB')} | ${result.peakRssMiB.toFixed(0)} |`);
}

say();
await measuresSection();
say();
loadSideBySideSection();
say();
say('## Introductions: link recovery');
say();
say('Hide a seeded 10% of the ties between departments, suggest introductions from the rest, and count the hidden ties among the top suggestions (`bench/link-recovery.mjs`).');
say();
say(formatLinkRecovery(await linkRecoveryBenchmark()));

writeFileSync(join(import.meta.dirname, 'results.md'), lines.join('\n') + '\n');
console.error(`bench: done in ${((Date.now() - started) / 60000).toFixed(1)} minutes; wrote bench/results.md`);

// ---------------------------------------------------------------------------------------------
// Per-measure timings, side by side with NetworkX and igraph (bench/measures.mjs and
// bench/reference_measures.py) on sample organisations made by `nodefinder sample`.

/** BENCH_PEOPLE=1000 limits the sections to the listed sizes (for a quick check). */
function chosenSize({ people }) {
  const only = process.env.BENCH_PEOPLE?.split(',').map(Number);
  return !only || only.includes(people);
}

async function measuresSection() {
  const here = import.meta.dirname;
  const python = '/usr/bin/python3'; // Debian's, with python3-networkx and python3-igraph
  const sizes = [
    { people: 1_000, repeats: 3 },
    { people: 21_000, repeats: 1 },
    { people: 100_000, repeats: 1 },
  ].filter(chosenSize);
  const budget = 60; // seconds a NetworkX stage may take before it is projected instead of run
  const igraphBudget = 600; // the same for igraph closeness and harmonic
  const exactBetweennessUpTo = 50_000; // above this, igraph exact betweenness is projected from the size below
  const loadBefore = loadavg()[0];
  const sections = [];
  let versions = null;
  for (const { people, repeats } of sizes) {
    const sectionLoad = loadavg()[0];
    const dir = join(here, 'data', `sample-${people}`);
    if (!existsSync(join(dir, 'interactions.csv'))) {
      console.error(`bench: writing the sample organisation of ${people.toLocaleString('en-GB')} people`);
      execFileSync(process.execPath, [join(here, '..', 'bin', 'nodefinder.js'), 'sample', '--staff', String(people), '--seed', '1', '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
    console.error(`bench: nodefinder on ${people.toLocaleString('en-GB')} people (${repeats} run${repeats > 1 ? 's' : ''} each)`);
    // graphology-metrics cannot time a subset of sources: its exact path measures are projected at 100,000 people.
    const graphologySkip = people > exactBetweennessUpTo ? ['betweenness exact', 'closeness'] : [];
    const onNetwork = (cache) => {
      console.error(`bench: graphology-metrics on ${people.toLocaleString('en-GB')} people`);
      return graphologyMeasures({ cache, repeats, skip: graphologySkip, onProgress: (line) => console.error(line) });
    };
    const rows = await nodefinderMeasures({ dir, repeats, onProgress: (line) => console.error(line), onNetwork });
    console.error(`bench: NetworkX and igraph on ${people.toLocaleString('en-GB')} people`);
    const reference = spawnSync(python, [join(here, 'reference_measures.py'), dir, '--repeats', String(repeats), '--budget', String(budget),
      '--igraph-budget', String(igraphBudget), '--exact-betweenness-up-to', String(exactBetweennessUpTo)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    });
    let referenceError = null;
    if (reference.status === 0) {
      const parsed = JSON.parse(reference.stdout);
      versions = { python: parsed.python, ...parsed.versions };
      rows.push(...parsed.rows);
    } else {
      referenceError = reference.error?.message ?? `exit code ${reference.status}`;
      console.error(`bench: the Python side failed (${referenceError}); the table has nodefinder only`);
    }
    sections.push({ people, repeats, rows, referenceError, loadBefore: sectionLoad, loadAfter: loadavg()[0], interactionRows: countRows(join(dir, 'interactions.csv')) });
  }
  const loadAfter = loadavg()[0];
  projectIgraphBetweenness(sections);

  say('## Measures: nodefinder next to NetworkX and igraph');
  say();
  say(
    'Sample organisations written by `nodefinder sample --staff N --seed 1` (about 50 interaction rows per person; ' +
      '21,000 people is a large city council). Every figure is wall-clock seconds for one stage, run in a fresh process on the same files in the same run: ' +
      'nodefinder by `bench/measures.mjs` (Node.js), the others by `bench/reference_measures.py` ' +
      (versions ? `(Python ${versions.python}, NetworkX ${versions.networkx}, python-igraph ${versions.igraph}, SciPy ${versions.scipy}).` : '(not available in this run).'),
  );
  say(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB. nodefinder's path measures (betweenness, closeness, harmonic, and the whole analyse) run on worker threads, one per core (${cpus().length} here), and its load reads the second half of an interactions file of 8 MiB or more on a second thread; every other stage, and every NetworkX and igraph stage, is single-threaded. ` +
      `Other work on the machine slows every column alike; the 1-minute load average was ${loadBefore.toFixed(1)} when this section started and ${loadAfter.toFixed(1)} when it ended.`,
  );
  say(
    '**Ratio** = nodefinder seconds / the other library\'s seconds: below 1 nodefinder is faster (0.5 = twice as fast), above 1 it is slower. ' +
      'Stages are timed after the network is in memory (read back from a cache written by the load stage), except the load itself and the whole analyse. ' +
      'Peak memory is the maximum resident set size of the stage\'s process, so it includes the runtime and the network: the "baseline" row is that floor ' +
      '(Node.js, or Python with the library imported, holding the network and doing nothing else). ' +
      'Times below a few milliseconds are mostly noise, and so are their ratios.',
  );
  for (const { people, repeats, rows, referenceError, loadBefore: before, loadAfter: after } of sections) {
    say();
    const load = rows.find((row) => row.tool === 'nodefinder' && row.stage === 'load');
    const ties = load ? Number(/(\d+) ties/.exec(load.note)?.[1]) : NaN;
    say(`### ${people.toLocaleString('en-GB')} people${Number.isFinite(ties) ? ` (${ties.toLocaleString('en-GB')} ties)` : ''}`);
    say();
    say(`${repeats > 1 ? `Median of ${repeats} runs, each in a fresh process.` : `One run of each, in a fresh process, except the whole analyse: median of ${ANALYSE_RUNS}.`} 1-minute load average ${before.toFixed(1)} at the start of this size, ${after.toFixed(1)} at the end.`);
    if (referenceError) say(`The NetworkX/igraph side did not run (${referenceError}).`);
    say();
    say('| stage | nodefinder s | NetworkX s | igraph s | ratio nodefinder/NetworkX | ratio nodefinder/igraph | peak MiB nodefinder / NetworkX / igraph |');
    say('|---|---:|---:|---:|---:|---:|---:|');
    const notes = [];
    for (const [stage, label] of STAGE_LABELS) {
      const nf = rows.find((row) => row.tool === 'nodefinder' && row.stage === stage);
      const nx = rows.find((row) => row.tool === 'networkx' && row.stage === stage);
      const ig = rows.find((row) => row.tool === 'igraph' && row.stage === stage);
      if (!nf && !nx && !ig) continue;
      const memory = [nf, nx, ig].map((row) => (row && row.peakRssMiB !== null && row.peakRssMiB !== undefined ? row.peakRssMiB.toFixed(0) : '—')).join(' / ');
      const time = stage === 'graph only' ? () => '—' : cell;
      const compare = stage === 'graph only' ? () => '—' : ratio;
      say(`| ${label} | ${time(nf)} | ${time(nx)} | ${time(ig)} | ${compare(nf, nx)} | ${compare(nf, ig)} | ${memory} |`);
      if (nx?.status === 'projected') notes.push(`NetworkX ${label}: ${nx.note}; the ratio is against that projection.`);
      if (ig?.status === 'projected') notes.push(`igraph ${label}: ${ig.note}; the ratio is against that projection.`);
      if (nf?.status === 'projected') notes.push(`nodefinder ${label}: ${nf.note}.`);
      else if (nf?.note && stage === 'betweenness 500 sources') notes.push(`nodefinder ${label}: ${nf.note}.`);
    }
    if (notes.length > 0) {
      say();
      for (const note of notes) say(`- ${note}`);
    }
  }
  say();
  say('What each stage calls (nodefinder as `analyse()` calls it on `organisation.network`; the network is undirected, a tie\'s strength is its number of interactions):');
  say();
  const { ANALYSE_DEFAULTS } = await import('../dist/index.js');
  for (const line of STAGE_NOTES) say(`- ${line}`);
  say(
    `- **whole analyse**: \`node bin/nodefinder.js analyse DIR --format json --output /dev/null\`, timed from outside, peak memory from \`/usr/bin/time -v\` when present; ` +
      `it loads the files and computes every measure and finding with its defaults: above ${ANALYSE_DEFAULTS.exactUpTo.toLocaleString('en-GB')} people, betweenness, closeness and harmonic ` +
      `are estimated from ${ANALYSE_DEFAULTS.samples} sampled sources, so at 21,000 people it does not include the exact rows above.`,
  );
  say(`- NetworkX stages whose projection exceeds ${budget} s (${5 * budget} s for sampled betweenness; timed on 100 random people or sources, × n / 100) are not run, nor igraph closeness and harmonic above ${igraphBudget} s; ` +
    `igraph exact betweenness is not run above ${exactBetweennessUpTo.toLocaleString('en-GB')} people (python-igraph cannot time a subset of sources) and is projected from the size below by people × ties; ` +
    `nodefinder's exact path measures above ${exactBetweennessUpTo.toLocaleString('en-GB')} people are timed on 1,000 sampled sources × n / 1,000. The table says so where that happened.`);
  growthSection(sections);
  graphologySection(sections);
}

/** Reading and building, the three tools interleaved round by round (bench/load-side-by-side.mjs). */
function loadSideBySideSection() {
  const sizes = [
    { people: 21_000, rounds: 7 },
    { people: 100_000, rounds: 3 },
  ].filter(chosenSize);
  if (sizes.length === 0) return;
  const fixed = (values) => values.map((value) => value.toFixed(2)).join(', ');
  const range = (ratios) => `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  say('## Reading and building the network: side by side, interleaved');
  say();
  say('The "read + aggregate + build" stage again, with the three tools taking turns: each round loads the same files once with nodefinder, ' +
    'NetworkX and igraph, one after another, each in a fresh process with the files read into memory first. In the table above each tool\'s ' +
    'loads happen minutes apart, and this machine is shared: igraph\'s own time for the 21,000-person load was 1.59, 1.98 and 1.69 s in three ' +
    'runs of this benchmark on one day. Here every tool meets the same conditions. **Ratio** as above: nodefinder\'s median seconds / the other\'s median (below 1 nodefinder is faster); the range is that of ' +
    'the per-round ratios.');
  say();
  say('| people | rounds | nodefinder s (median) | NetworkX s | igraph s | ratio nodefinder/NetworkX (range) | ratio nodefinder/igraph (range) | peak MiB nodefinder / NetworkX / igraph |');
  say('|---:|---:|---:|---:|---:|---:|---:|---:|');
  const results = [];
  for (const { people, rounds } of sizes) {
    const dir = join(import.meta.dirname, 'data', `sample-${people}`);
    console.error(`bench: loading ${people.toLocaleString('en-GB')} people side by side, ${rounds} rounds`);
    const result = loadSideBySide(dir, rounds, (line) => console.error(line));
    results.push({ people, rounds, result });
    const { median: m, peakRssMiB: mem } = result;
    say(`| ${people.toLocaleString('en-GB')} | ${rounds} | ${m.nodefinder.toFixed(2)} | ${m.networkx.toFixed(2)} | ${m.igraph.toFixed(2)} | ` +
      `${(m.nodefinder / m.networkx).toFixed(2)} (${range(result.ratioNetworkx)}) | ${(m.nodefinder / m.igraph).toFixed(2)} (${range(result.ratioIgraph)}) | ` +
      `${mem.nodefinder.toFixed(0)} / ${mem.networkx.toFixed(0)} / ${mem.igraph.toFixed(0)} |`);
  }
  say();
  for (const { people, result } of results) {
    say(`- ${people.toLocaleString('en-GB')} people, seconds by round: nodefinder ${fixed(result.seconds.nodefinder)}; NetworkX ${fixed(result.seconds.networkx)}; igraph ${fixed(result.seconds.igraph)}.`);
  }
  say();
  say('The interactions stage alone, from the same loads: reading the interactions file, summing its rows into ties and building the network, ' +
    'timed from the moment the staff ids are known (nodefinder: its teams file read too; its second thread, started at the beginning of the load, is ready by then). ' +
    'The Python side\'s staff read takes about 0.02 s at 21,000 people, nodefinder\'s staff and teams about 0.1 s.');
  say();
  say('| people | nodefinder s (median) | NetworkX s | igraph s | ratio nodefinder/NetworkX (range) | ratio nodefinder/igraph (range) |');
  say('|---:|---:|---:|---:|---:|---:|');
  for (const { people, result: { interactions } } of results) {
    const m = interactions.median;
    say(`| ${people.toLocaleString('en-GB')} | ${m.nodefinder.toFixed(2)} | ${m.networkx.toFixed(2)} | ${m.igraph.toFixed(2)} | ` +
      `${(m.nodefinder / m.networkx).toFixed(2)} (${range(interactions.ratioNetworkx)}) | ${(m.nodefinder / m.igraph).toFixed(2)} (${range(interactions.ratioIgraph)}) |`);
  }
}

/** igraph exact betweenness not run at a large size: the smaller size's time × (people × ties) ratio. */
function projectIgraphBetweenness(sections) {
  const at = (section, tool, stage) => section.rows.find((row) => row.tool === tool && row.stage === stage);
  const tiesOf = (section) => Number(/(\d+) ties/.exec(at(section, 'nodefinder', 'load')?.note ?? '')?.[1]);
  for (let i = 1; i < sections.length; i++) {
    const row = at(sections[i], 'igraph', 'betweenness exact');
    if (!row || row.status !== 'projected' || row.seconds !== null) continue;
    const smaller = sections.slice(0, i).reverse().find((section) => at(section, 'igraph', 'betweenness exact')?.status === 'measured');
    if (!smaller) continue;
    const factor = (sections[i].people * tiesOf(sections[i])) / (smaller.people * tiesOf(smaller));
    row.seconds = at(smaller, 'igraph', 'betweenness exact').seconds * factor;
    row.note = `not run: ~${row.seconds.toFixed(0)} s projected from its ${smaller.people.toLocaleString('en-GB')}-person time × ${factor.toFixed(1)} (people × ties)`;
  }
}

/**
 * nodefinder's measures next to graphology-metrics' on the same network: why nodefinder computes
 * them itself. Exact path measures not run at the largest size are projected by people × ties.
 */
function graphologySection(sections) {
  const at = (section, tool, stage) => section.rows.find((row) => row.tool === tool && row.stage === stage);
  const tiesOf = (section) => Number(/(\d+) ties/.exec(at(section, 'nodefinder', 'load')?.note ?? '')?.[1]);
  if (!sections.some((section) => at(section, 'graphology-metrics', 'copy'))) return;
  say();
  say('## Measures: nodefinder\'s own code next to graphology-metrics');
  say();
  say('graphology is nodefinder\'s interchange format (`toGraphology`), and graphology-metrics ' +
    `${versionOf('graphology-metrics')} the JavaScript library its measures would otherwise come from. nodefinder computes them itself on a compact network of typed arrays, ` +
    'because of these figures: the same networks as above, each stage in a fresh process (`bench/graphology-measures.mjs`). ' +
    'graphology-metrics is first given a copy of the network as a graphology graph (the "copy" row, not counted in its stages); ' +
    'PageRank and eigenvector are asked for nodefinder\'s precision (a change below 1e-12 over all people). **Largest difference** is the largest difference between the ' +
    'two tools\' values for one person, relative to nodefinder\'s largest value: both compute the same measure. nodefinder\'s betweenness and closeness run on both cores, graphology-metrics\' on one.');
  for (const section of sections) {
    if (!at(section, 'graphology-metrics', 'copy')) continue;
    say();
    say(`### ${section.people.toLocaleString('en-GB')} people`);
    say();
    say('| stage | nodefinder s | graphology-metrics s | ratio nodefinder/graphology-metrics | largest difference | peak MiB nodefinder / graphology-metrics |');
    say('|---|---:|---:|---:|---:|---:|');
    const copy = at(section, 'graphology-metrics', 'copy');
    say(`| copy the network into a graphology graph | — | ${seconds(copy.seconds)} | — | — | — / ${copy.peakRssMiB.toFixed(0)} |`);
    for (const stage of GRAPHOLOGY_STAGES) {
      const label = STAGE_LABELS.find(([name]) => name === stage)[1];
      const nf = at(section, 'nodefinder', stage);
      const gm = at(section, 'graphology-metrics', stage) ?? projectedGraphology(sections, section, stage, at, tiesOf);
      const difference = gm?.difference === undefined ? '—' : gm.difference === 0 ? '0' : gm.difference.toExponential(1);
      const memory = [nf, gm].map((row) => (row?.peakRssMiB ? row.peakRssMiB.toFixed(0) : '—')).join(' / ');
      say(`| ${label} | ${cell(nf)} | ${cell(gm)} | ${ratio(nf, gm)} | ${difference} | ${memory} |`);
    }
  }
}

/** graphology-metrics' time for a stage not run at this size: the next smaller size's × (people × ties). */
function projectedGraphology(sections, section, stage, at, tiesOf) {
  const smaller = sections.slice(0, sections.indexOf(section)).reverse().find((other) => at(other, 'graphology-metrics', stage));
  if (!smaller) return null;
  const factor = (section.people * tiesOf(section)) / (smaller.people * tiesOf(smaller));
  return { tool: 'graphology-metrics', stage, status: 'projected', seconds: at(smaller, 'graphology-metrics', stage).seconds * factor, peakRssMiB: null };
}

function versionOf(pkg) {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

/** How seconds grew from each size to the next, next to how the input grew. */
function growthSection(sections) {
  if (sections.length < 2) return;
  const at = (section, stage) => section.rows.find((row) => row.tool === 'nodefinder' && row.stage === stage);
  const tiesOf = (section) => Number(/(\d+) ties/.exec(at(section, 'load')?.note ?? '')?.[1]);
  const rowsOf = (section) => section.interactionRows;
  say();
  say('### Growth: how nodefinder\'s seconds grow with the organisation');
  say();
  say('Each cell is seconds at the larger size ÷ seconds at the smaller one, for the stages as timed above (projected times marked ≈). ' +
    'Expected: reading grows with rows; degree, PageRank and eigenvector per iteration, clustering, constraint, cut points and Louvain roughly with ties; ' +
    'a search from one source with people + ties, so the sampled path measures (a fixed 500 sources) with ties and the exact ones (every person a source) with people × ties.');
  say();
  const pairs = [];
  for (let i = 1; i < sections.length; i++) pairs.push([sections[i - 1], sections[i]]);
  say(`| | ${pairs.map(([a, b]) => `${a.people.toLocaleString('en-GB')} → ${b.people.toLocaleString('en-GB')}`).join(' | ')} |`);
  say(`|---|${pairs.map(() => '---:').join('|')}|`);
  const ratioText = (value) => (Number.isFinite(value) ? (value >= 10 ? value.toFixed(0) : value.toFixed(1)) : '—');
  say(`| interaction rows | ${pairs.map(([a, b]) => ratioText(rowsOf(b) / rowsOf(a))).join(' | ')} |`);
  say(`| ties | ${pairs.map(([a, b]) => ratioText(tiesOf(b) / tiesOf(a))).join(' | ')} |`);
  say(`| people × ties | ${pairs.map(([a, b]) => ratioText((b.people * tiesOf(b)) / (a.people * tiesOf(a)))).join(' | ')} |`);
  for (const [stage, label] of STAGE_LABELS) {
    if (stage === 'graph only') continue;
    const cells = pairs.map(([a, b]) => {
      const small = at(a, stage);
      const large = at(b, stage);
      if (!small || !large || !(small.seconds > 0)) return '—';
      const approximate = small.status === 'projected' || large.status === 'projected' ? '≈ ' : '';
      return approximate + ratioText(large.seconds / small.seconds);
    });
    say(`| ${label} | ${cells.join(' | ')} |`);
  }
}


function cell(row) {
  if (!row) return '—';
  if (row.status === 'projected') return row.seconds === null ? 'not run' : `not run (≈ ${seconds(row.seconds)} projected)`;
  return seconds(row.seconds);
}

function seconds(value) {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  if (value === 0) return '0';
  return String(Number(value.toPrecision(2)));
}

function ratio(nf, other) {
  if (!nf || !other || !(other.seconds > 0) || !(nf.seconds > 0)) return '—';
  const r = nf.seconds / other.seconds;
  const text = r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(1) : String(Number(r.toPrecision(2)));
  if (nf.status === 'projected' && other.status === 'projected') return `≈ ${text} (projections)`;
  return other.status === 'projected' || nf.status === 'projected' ? `≈ ${text} (vs projection)` : text;
}

/** Data rows of a CSV file (lines, less the header). */
function countRows(file) {
  const bytes = readFileSync(file);
  let lines = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lines++;
  return lines - 1;
}
