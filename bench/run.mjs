// `npm run bench`: runs every benchmark and writes bench/results.md. Never part of `npm test`.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadMemoryBenchmark } from './load-memory.mjs';

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
say('## Loading: memory follows ties, not rows');
say();
say('20,000 people and the same 200,000 pairs, written as more and more interaction rows (`bench/load-memory.mjs`).');
say();
say('| interaction rows | ties | seconds | rows per second | peak memory (MiB) |');
say('|---:|---:|---:|---:|---:|');
for (const result of await loadMemoryBenchmark()) {
  say(`| ${result.rows.toLocaleString('en-GB')} | ${result.ties.toLocaleString('en-GB')} | ${result.seconds.toFixed(2)} | ${Math.round(result.rows / result.seconds).toLocaleString('en-GB')} | ${result.peakRssMiB.toFixed(0)} |`);
}

writeFileSync(join(import.meta.dirname, 'results.md'), lines.join('\n') + '\n');
