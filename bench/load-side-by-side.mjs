// Reading and building the network, nodefinder next to NetworkX and igraph, in rounds: each round
// loads the same files once with each tool, one after another, each in a fresh process. Loads of
// one tool taken minutes apart (as in the per-measure table) meet a shared machine in different
// states (igraph's 21,000-person load took 1.59, 1.98 and 1.69 s in three runs on one day);
// taking turns gives every tool the same conditions, and the medians are what the README reports.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { warmFiles } from './measures.mjs';

const here = import.meta.dirname;
const PYTHON = '/usr/bin/python3'; // Debian's, with python3-networkx and python3-igraph
const TOOLS = ['nodefinder', 'networkx', 'igraph'];

/**
 * One load by `tool` in a fresh process: { seconds, interactionsSeconds, peakRssMiB }, where
 * interactionsSeconds leaves out reading the staff (and, for nodefinder, the teams) file.
 */
function loadOnce(tool, dir) {
  warmFiles(dir); // untimed: this machine drops its file cache within minutes
  const output = tool === 'nodefinder'
    ? execFileSync(process.execPath, [join(here, 'load-one.mjs'), dir], { encoding: 'utf8' })
    : execFileSync(PYTHON, [join(here, 'reference_measures.py'), '--child', 'load', tool, dir, join(tmpdir(), `nodefinder-bench-${tool}.pickle`)], { encoding: 'utf8' });
  const result = JSON.parse(output.trim().split('\n').at(-1));
  return { seconds: result.seconds, interactionsSeconds: result.interactionsSeconds, peakRssMiB: result.peakRssMiB };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * `rounds` rounds of one load per tool on `dir`. Returns, per tool, the seconds of every round and
 * their median, and the nodefinder/other ratio of each round; `interactions` the same for the
 * interactions stage alone.
 */
export function loadSideBySide(dir, rounds, onProgress = () => {}) {
  const seconds = Object.fromEntries(TOOLS.map((tool) => [tool, []]));
  const interactionsSeconds = Object.fromEntries(TOOLS.map((tool) => [tool, []]));
  const memory = Object.fromEntries(TOOLS.map((tool) => [tool, []]));
  for (let round = 0; round < rounds; round++) {
    for (const tool of TOOLS) {
      const result = loadOnce(tool, dir);
      seconds[tool].push(result.seconds);
      interactionsSeconds[tool].push(result.interactionsSeconds);
      memory[tool].push(result.peakRssMiB);
    }
    onProgress(`  round ${round + 1}/${rounds}: ${TOOLS.map((tool) => `${tool} ${seconds[tool].at(-1).toFixed(2)} s`).join(', ')}`);
  }
  const ratios = (other, times = seconds) => times.nodefinder.map((s, round) => s / times[other][round]);
  return {
    rounds,
    seconds,
    median: Object.fromEntries(TOOLS.map((tool) => [tool, median(seconds[tool])])),
    peakRssMiB: Object.fromEntries(TOOLS.map((tool) => [tool, median(memory[tool])])),
    ratioNetworkx: ratios('networkx'),
    ratioIgraph: ratios('igraph'),
    interactions: {
      seconds: interactionsSeconds,
      median: Object.fromEntries(TOOLS.map((tool) => [tool, median(interactionsSeconds[tool])])),
      ratioNetworkx: ratios('networkx', interactionsSeconds),
      ratioIgraph: ratios('igraph', interactionsSeconds),
    },
  };
}
