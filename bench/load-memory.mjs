// Memory stays flat as rows grow: the same 20,000 people and 200,000 pairs, written as
// 250 thousand to 2 million interaction rows. Peak memory should follow the ties, not the rows.
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const PEOPLE = 20_000;
const PAIRS = 200_000;
const ROW_COUNTS = [250_000, 500_000, 1_000_000, 2_000_000];
const here = import.meta.dirname;

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeOrganisation(dir, rows) {
  mkdirSync(dir, { recursive: true });
  const next = random(42);
  const staff = ['id,team'];
  for (let p = 0; p < PEOPLE; p++) staff.push(`E${p},T${Math.floor(p / 10)}`);
  await write(join(dir, 'staff.csv'), staff.join('\n') + '\n');
  const sources = new Int32Array(PAIRS);
  const targets = new Int32Array(PAIRS);
  for (let i = 0; i < PAIRS; i++) {
    sources[i] = Math.floor(next() * PEOPLE);
    targets[i] = (sources[i] + 1 + Math.floor(next() * (PEOPLE - 1))) % PEOPLE;
  }
  const out = createWriteStream(join(dir, 'interactions.csv'));
  out.write('source,target,timestamp,channel\n');
  const start = Date.UTC(2026, 0, 5) / 1000;
  let chunk = '';
  for (let r = 0; r < rows; r++) {
    const pair = r % PAIRS;
    const forward = next() < 0.5;
    const time = new Date((start + r * 7) * 1000).toISOString().slice(0, 19) + 'Z';
    chunk += `E${forward ? sources[pair] : targets[pair]},E${forward ? targets[pair] : sources[pair]},${time},${next() < 0.7 ? 'email' : 'meeting'}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise((resolve) => out.end(resolve));
}

function write(file, text) {
  return new Promise((resolve) => createWriteStream(file).end(text, resolve));
}

export async function loadMemoryBenchmark() {
  const results = [];
  for (const rows of ROW_COUNTS) {
    const dir = join(here, 'data', `flat-${rows}`);
    if (!existsSync(join(dir, 'interactions.csv'))) await writeOrganisation(dir, rows);
    const output = execFileSync(process.execPath, [join(here, 'load-one.mjs'), dir], { encoding: 'utf8' });
    results.push(JSON.parse(output));
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await loadMemoryBenchmark()) console.log(JSON.stringify(result));
}
