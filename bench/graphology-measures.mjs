// nodefinder's own measures next to graphology-metrics, the JavaScript library they would otherwise
// come from (graphology is nodefinder's interchange format). Why nodefinder computes them itself
// on its compact network is this table: the library's figures on the same network, to the same
// precision, each stage in a fresh process.
//
//   copy     builds a graphology UndirectedGraph from the network (what calling the library
//            costs first; nodefinder's measures read the compact network as it is).
//   a stage  builds that copy untimed, then times one graphology-metrics call on it, and checks
//            (untimed) that it computed what nodefinder's measure computes: the largest
//            difference from nodefinder's values, relative to nodefinder's largest value.
//
// The network comes from the cache file that bench/measures.mjs writes (`organisation.network`,
// v8-serialised). Run alone: node bench/graphology-measures.mjs CACHE (after `npm run build`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';

const here = import.meta.dirname;
const now = () => Number(process.hrtime.bigint()) / 1e9;
const peakRssMiB = () => process.resourceUsage().maxRSS / 1024;

/**
 * Stage (named as in bench/measures.mjs) → the graphology-metrics call and nodefinder's values
 * for the same measure. PageRank and eigenvector are asked for nodefinder's precision (an L1 change
 * below 1e-12: graphology-metrics stops when the change is below n × tolerance).
 */
const STAGES = {
  'degree and strength': {
    graphology: async (graph) => {
      const { degreeCentrality } = await import('graphology-metrics/centrality/degree.js');
      const { weightedDegree } = await import('graphology-metrics/node/weighted-degree.js');
      return () => {
        const strengths = {};
        graph.forEachNode((node) => { strengths[node] = weightedDegree(graph, node, 'weight'); });
        return [degreeCentrality(graph), strengths];
      };
    },
    check: (result, m, network) => [result[1], m.strength(network)],
  },
  pagerank: {
    graphology: async (graph) => {
      const { default: pagerank } = await import('graphology-metrics/centrality/pagerank.js');
      return () => pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85, tolerance: 1e-12 / graph.order, maxIterations: 10_000 });
    },
    check: (result, m, network) => [result, m.pagerank(network).values],
  },
  eigenvector: {
    graphology: async (graph) => {
      const { default: eigenvector } = await import('graphology-metrics/centrality/eigenvector.js');
      return () => eigenvector(graph, { getEdgeWeight: 'weight', tolerance: 1e-12 / graph.order, maxIterations: 100_000 });
    },
    check: (result, m, network) => [result, m.eigenvector(network).values],
  },
  'betweenness exact': {
    graphology: async (graph) => {
      const { default: betweenness } = await import('graphology-metrics/centrality/betweenness.js');
      return () => betweenness(graph, { getEdgeWeight: null, normalized: true });
    },
    check: (result, m, network) => [result, m.betweenness(network, { weighted: false, samples: null }).values],
  },
  closeness: {
    graphology: async (graph) => {
      const { default: closeness } = await import('graphology-metrics/centrality/closeness.js');
      return () => closeness(graph, { wassermanFaust: true });
    },
    check: (result, m, network) => [result, m.distanceCentralities(network, { weighted: false }).closeness],
  },
};

export const GRAPHOLOGY_STAGES = Object.keys(STAGES);

/** The network as a graphology graph: person v is node `${v}`, a tie's strength its `weight`. */
async function graphologyCopy(network) {
  const { UndirectedGraph } = await import('graphology');
  const graph = new UndirectedGraph();
  const { offsets, neighbours, strengths } = network.out;
  for (let v = 0; v < network.nodeCount; v++) graph.addNode(String(v));
  for (let v = 0; v < network.nodeCount; v++) {
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const w = neighbours[k];
      if (v < w) graph.addUndirectedEdge(String(v), String(w), { weight: strengths[k] });
    }
  }
  return graph;
}

/** The largest |graphology − nodefinder| relative to nodefinder's largest value. */
function largestDifference(byNode, values) {
  let largest = 0;
  let scale = 0;
  for (let v = 0; v < values.length; v++) {
    largest = Math.max(largest, Math.abs(byNode[String(v)] - values[v]));
    scale = Math.max(scale, Math.abs(values[v]));
  }
  return scale > 0 ? largest / scale : largest;
}

async function child(stage, cache) {
  const network = deserialize(readFileSync(cache));
  if (stage === 'copy') {
    const started = now();
    await graphologyCopy(network);
    return { seconds: now() - started, peakRssMiB: peakRssMiB() };
  }
  const graph = await graphologyCopy(network);
  const run = await STAGES[stage].graphology(graph);
  const started = now();
  const result = run();
  const seconds = now() - started;
  const peak = peakRssMiB();
  const measures = await import('../dist/measures/index.js');
  const [byNode, values] = STAGES[stage].check(result, measures, network);
  return { seconds, peakRssMiB: peak, difference: largestDifference(byNode, values) };
}

function runChild(stage, cache) {
  const output = execFileSync(process.execPath, [join(here, 'graphology-measures.mjs'), '--child', stage, cache], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output);
}

/**
 * Times the copy and every stage on the cached network, `repeats` times each (median), skipping
 * the stages `skip` names (the exact path measures at a size where they would take too long).
 * @returns rows { tool: 'graphology-metrics', stage, seconds, peakRssMiB, difference, runs }
 */
export function graphologyMeasures({ cache, repeats = 1, skip = [], onProgress = () => {} }) {
  const rows = [];
  for (const stage of ['copy', ...GRAPHOLOGY_STAGES]) {
    if (skip.includes(stage)) continue;
    const results = [];
    for (let r = 0; r < repeats; r++) results.push(runChild(stage, cache));
    const middle = [...results].sort((a, b) => a.seconds - b.seconds)[Math.floor(results.length / 2)];
    const row = { tool: 'graphology-metrics', stage, ...middle, runs: results.length };
    rows.push(row);
    const difference = row.difference === undefined ? '' : `  largest difference ${row.difference.toExponential(1)}`;
    onProgress(`  ${'graphology'.padEnd(10)} ${stage.padEnd(24)} ${row.seconds.toFixed(3).padStart(9)} s  ${row.peakRssMiB.toFixed(0).padStart(6)} MiB${difference}`);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    process.stdout.write(JSON.stringify(await child(args[1], args[2])) + '\n');
  } else if (args.length === 1) {
    console.log(JSON.stringify(graphologyMeasures({ cache: args[0], onProgress: (line) => console.error(line) }), null, 1));
  } else {
    console.error('usage: node bench/graphology-measures.mjs CACHE');
    process.exit(2);
  }
}
