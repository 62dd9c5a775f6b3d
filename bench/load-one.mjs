// Loads one organisation in a fresh process and prints time and peak memory as JSON.
// Usage: node bench/load-one.mjs DIR
import { loadOrganisation } from '../dist/index.js';

const dir = process.argv[2];
const started = process.hrtime.bigint();
const { report } = await loadOrganisation({ dir });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const rows = report.files.find((file) => file.kind === 'interactions').rowsRead;
process.stdout.write(JSON.stringify({
  rows,
  ties: report.ties,
  seconds,
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
  heapUsedMiB: process.memoryUsage().heapUsed / 1048576,
}) + '\n');
