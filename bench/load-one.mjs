// Loads one organisation in a fresh process and prints time and peak memory as JSON.
// Usage: node bench/load-one.mjs DIR
import { loadOrganisation } from '../dist/index.js';

const dir = process.argv[2];
const started = process.hrtime.bigint();
// When the interactions stage starts: staff and teams are read by then.
let interactionsStarted;
const { report } = await loadOrganisation({ dir, onProgress: ({ stage }) => { if (stage === 'interactions') interactionsStarted ??= process.hrtime.bigint(); } });
const ended = process.hrtime.bigint();
const seconds = Number(ended - started) / 1e9;
const rows = report.files.find((file) => file.kind === 'interactions').rowsRead;
process.stdout.write(JSON.stringify({
  rows,
  ties: report.ties,
  seconds,
  interactionsSeconds: Number(ended - interactionsStarted) / 1e9,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
  heapUsedMiB: process.memoryUsage().heapUsed / 1048576,
}) + '\n');
