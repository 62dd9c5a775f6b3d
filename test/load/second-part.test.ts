/**
 * Large interaction files are read in two parts split near the middle (second-part.ts). Whatever
 * the file holds, the two-part read must give what one part gives: the same ties, bit for bit,
 * the same channels, the same account of skipped rows, and the same first error at the same
 * line. `splitFrom: 0` splits any file; the default (8 MiB) leaves these small files whole.
 * Under the test runner the second part is read on this thread; the last test reads it on a
 * worker from the built package.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NodefinderError } from '../../src/errors.js';
import { readInteractions, type InteractionsOptions, type InteractionsResult } from '../../src/load/interactions.js';
import { secondPartStart } from '../../src/load/second-part.js';
import { tempFolder } from '../helpers/temp-files.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Staff ids P0..P(n−1). */
const people = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`P${i}`, i]));

function comparable(result: InteractionsResult) {
  const table = (t: InteractionsResult['ties']) => ({
    source: Array.from(t.source),
    target: Array.from(t.target),
    strength: Array.from(t.strength),
    rows: Array.from(t.rows),
    first: Array.from(t.first, String),
    last: Array.from(t.last, String),
    channels: Array.from(t.channels),
  });
  return { ties: table(result.ties), arcs: table(result.arcs), channels: result.channels, weighted: result.weighted, report: result.report };
}

/** The error a read throws, as code, line and column; null when it succeeds. */
async function failure(read: Promise<unknown>) {
  try {
    await read;
    return null;
  } catch (error) {
    if (!(error instanceof NodefinderError)) throw error;
    const { code, line, column } = error as NodefinderError & { line?: number; column?: number };
    return { code, line, column, message: error.message };
  }
}

async function expectSameInTwoParts(file: string, personIndex: Map<string, number>, options: InteractionsOptions = {}) {
  expect(await secondPartStart(file, 0)).not.toBeNull();
  const whole = await readInteractions(file, personIndex, options);
  const split = await readInteractions(file, personIndex, { ...options, splitFrom: 0 });
  expect(comparable(split)).toEqual(comparable(whole));
  return whole;
}

/**
 * Rows of a messy export: CRLF, a BOM, quoting, bad rows of every kind spread over both halves
 * (rows of zero weight and a repeated header only in the second, so that their lines in the report come
 * from it).
 */
function messyRows(count: number): string {
  const lines = ['\uFEFFsource,target,weight,timestamp,channel'];
  for (let i = 0; i < count; i++) {
    const a = `P${(i * 7) % 40}`;
    const b = `P${(i * 13 + 5) % 40}`;
    const kind = i % 17;
    if (i === Math.floor(count * 0.7)) lines.push(lines[0].slice(1)); // a second export's header, in the second part
    else if (kind === 3) lines.push(`${a},,1,2026-03-02T09:00:00Z,email`); // malformed
    else if (kind === 5) lines.push(`${a},X${i % 4},1,2026-03-02T09:00:00Z,email`); // unknown person
    else if (kind === 7) lines.push(`${a},${a},2,2026-03-02T09:00:00Z,chat`); // self-interaction
    else if (kind === 9 && i > count * 0.6) lines.push(`${a},${b},0,2026-03-02T09:00:00Z,chat`); // zero weight, second part only
    else if (kind === 11) lines.push(`"${a}", "${b}" ,"1.5",,"meeting, room 2"`); // quoted, untimed
    else lines.push(`${a},${b},${1 + (i % 3) / 4},2026-03-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z,${['email', 'chat', 'call'][i % 3]}`);
  }
  return lines.join('\r\n') + '\r\n';
}

describe('reading a file in two parts', () => {
  it('gives what one part gives on the sample organisations', async () => {
    for (const sample of ['small-org', 'sample']) {
      const ids = readFileSync(join(ROOT, 'fixtures', sample, 'staff.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]);
      const personIndex = new Map(ids.map((id, i) => [id, i]));
      const file = join(ROOT, 'fixtures', sample, 'interactions.csv');
      const whole = await expectSameInTwoParts(file, personIndex);
      expect(whole.ties.length).toBeGreaterThan(10);
      await expectSameInTwoParts(file, personIndex, { minInteractions: 3, channels: ['email', 'meeting'] });
    }
  });

  it('gives what one part gives on a messy export, skipped rows and their lines included', async () => {
    const file = join(tempFolder({ 'interactions.csv': messyRows(3_000) }), 'interactions.csv');
    const whole = await expectSameInTwoParts(file, people(40));
    const reasons = whole.report.skipped.map((skip) => skip.reason);
    expect(reasons).toEqual(expect.arrayContaining(['malformed', 'unknown-person', 'self-interaction', 'zero-weight']));
    expect(whole.report.skipped.find((skip) => skip.reason === 'repeated-header')).toMatchObject({ count: 1, lines: [2_102] });
    const zeroWeight = whole.report.skipped.find((skip) => skip.reason === 'zero-weight')!;
    expect(zeroWeight.lines[0]).toBeGreaterThan(1_800);
    expect(whole.report.rowsRead).toBe(3_000);
    await expectSameInTwoParts(file, people(40), { since: Date.UTC(2026, 2, 10) / 1000, minInteractions: 4 });
  });

  it('carries the earliest time left outside a window over from the second part, for the warning of times before 1990', async () => {
    // Dates first, then Excel's day numbers: all of these are in the second part.
    const rows = Array.from({ length: 2_000 }, (_, i) => (i < 1_000 ? `P1,P2,2026-03-0${1 + (i % 9)}T09:00:00Z` : 'P2,P1,45352.375'));
    const file = join(tempFolder({ 'interactions.csv': `source,target,timestamp\n${rows.join('\n')}\n` }), 'interactions.csv');
    const options = { since: Date.UTC(2026, 2, 1) / 1000 };
    const whole = await expectSameInTwoParts(file, people(3), options);
    expect(whole.warnings).toEqual([expect.stringMatching(/^rows left outside --since\/--until include times before 1990 \(the earliest 1970-01-01\)/)]);
    expect((await readInteractions(file, people(3), { ...options, splitFrom: 0 })).warnings).toEqual(whole.warnings);
  });

  it('carries the latest time left outside a window over from the second part, for the period the data covers', async () => {
    // March inside --until, then April outside it: the latest, 30 April, is in the second part.
    const rows = Array.from({ length: 2_000 }, (_, i) => `P1,P2,2026-0${i < 1_000 ? 3 : 4}-${String(1 + (i % 30)).padStart(2, '0')}T09:00:00Z`);
    const file = join(tempFolder({ 'interactions.csv': `source,target,timestamp\n${rows.join('\n')}\n` }), 'interactions.csv');
    const options = { until: Date.UTC(2026, 2, 31, 23, 59, 59) / 1000 };
    const split = await readInteractions(file, people(3), { ...options, splitFrom: 0 });
    expect(split.outsideWindow).toEqual({ earliest: Date.UTC(2026, 3, 1, 9) / 1000, latest: Date.UTC(2026, 3, 30, 9) / 1000 });
    expect((await readInteractions(file, people(3), options)).outsideWindow).toEqual(split.outsideWindow);
  });

  it('reads the file in one part when the split falls inside a quoted field that spans lines, and refuses it as one part does', async () => {
    const rows = messyRows(400).split('\r\n');
    const middle = Math.floor(rows.length / 2);
    // A channel value running over 3,000 lines, more than half the file: the middle falls inside it.
    rows[middle] = `P1,P2,1,2026-03-02T09:00:00Z,"a channel${'\r\nwith a line break'.repeat(3_000)}"`;
    const text = rows.join('\r\n');
    const file = join(tempFolder({ 'interactions.csv': text }), 'interactions.csv');
    const split = (await secondPartStart(file, 0))!;
    const field = text.indexOf('"a channel');
    expect(split).toBeGreaterThan(field);
    expect(split).toBeLessThan(text.indexOf('break"') );
    // No interaction field holds a line break: such a field is a stray quote's doing.
    const whole = await failure(readInteractions(file, people(40)));
    expect(whole).toEqual({ code: 'MALFORMED_CSV', line: middle + 1, column: 5,
      message: `this channel runs over 3001 lines (${middle + 1}–${middle + 3_001}): a quote is missing or stray, and the rows between were read as part of it` });
    expect(await failure(readInteractions(file, people(40), { splitFrom: 0 }))).toEqual(whole);
  });

  it('names the file\'s lines, not the second part\'s, for a stray quote in the second part', async () => {
    const rows = messyRows(2_000).split('\r\n');
    rows[1_800] = 'P1,P2,1,2026-03-02T09:00:00Z,"email';
    rows[1_803] = 'P2,P1,1,2026-03-02T09:00:00Z,"chat"';
    const file = join(tempFolder({ 'interactions.csv': rows.join('\r\n') }), 'interactions.csv');
    expect((await secondPartStart(file, 0))!).toBeLessThan(rows.slice(0, 1_800).join('\r\n').length);
    const whole = await failure(readInteractions(file, people(40)));
    expect(whole).toMatchObject({ code: 'MALFORMED_CSV', line: 1_801, column: 5, message: expect.stringMatching(/^this channel runs over 4 lines \(1801–1804\)/) });
    expect(await failure(readInteractions(file, people(40), { splitFrom: 0 }))).toEqual(whole);
  });

  it('stops at the same first error, at the same line and column, when it lies in the second part', async () => {
    const rows = messyRows(2_000).split('\r\n');
    rows[1_800] = 'P1,P2,1,31/02/2026,email';
    const file = join(tempFolder({ 'interactions.csv': rows.join('\r\n') }), 'interactions.csv');
    const whole = await failure(readInteractions(file, people(40)));
    expect(whole).toMatchObject({ code: 'BAD_TIMESTAMP', line: 1_801, column: 4 });
    expect(await failure(readInteractions(file, people(40), { splitFrom: 0 }))).toEqual(whole);

    // A row with more values than the header has columns, as in one part.
    rows[1_800] = 'P1,P2,1,5,2026-03-02T09:00:00Z,email';
    const extraFile = join(tempFolder({ 'interactions.csv': rows.join('\r\n') }), 'interactions.csv');
    const extra = await failure(readInteractions(extraFile, people(40)));
    expect(extra).toMatchObject({ code: 'MALFORMED_CSV', line: 1_801, column: 6 });
    expect(await failure(readInteractions(extraFile, people(40), { splitFrom: 0 }))).toEqual(extra);

    const strict = await failure(readInteractions(file, people(40), { strict: true }));
    expect(strict).toMatchObject({ code: 'UNKNOWN_PERSON', line: 7, column: 2 });
    expect(await failure(readInteractions(file, people(40), { strict: true, splitFrom: 0 }))).toEqual(strict);
  });

  it('counts channels across both parts: the 33rd is an error at its first line', async () => {
    const rows = ['source,target,channel'];
    for (let i = 0; i < 1_000; i++) rows.push(`P1,P2,c${Math.min(Math.floor(i / 30), 40)}`);
    const file = join(tempFolder({ 'interactions.csv': rows.join('\n') + '\n' }), 'interactions.csv');
    const whole = await failure(readInteractions(file, people(3)));
    // c32 is the 33rd channel; it first appears on row 32 × 30 + 1, line 962.
    expect(whole).toMatchObject({ code: 'TOO_MANY_CHANNELS', line: 962, column: 3 });
    expect(await failure(readInteractions(file, people(3), { splitFrom: 0 }))).toEqual(whole);
  });

  it('counts values over lines of a column not read in both parts, at the file\'s lines', async () => {
    const rows = ['source,target,subject'];
    for (let i = 0; i < 1_000; i++) rows.push(i === 10 || i === 800 ? 'P1,P2,"two\nlines"' : 'P1,P2,x');
    const file = join(tempFolder({ 'interactions.csv': rows.join('\n') + '\n' }), 'interactions.csv');
    const whole = await readInteractions(file, people(3));
    expect(whole.warnings).toContainEqual(expect.stringMatching(/^2 values of the interactions file run over several lines \(lines 12–13, 803–804\): /));
    expect((await readInteractions(file, people(3), { splitFrom: 0 })).warnings).toEqual(whole.warnings);
  });

  it('warns of weights written with both a decimal comma and a dot, each found in its own part, at the file\'s lines', async () => {
    const rows = ['source;target;weight'];
    for (let i = 0; i < 1_000; i++) rows.push(`P1;P2;${i === 10 ? '1,5' : i === 800 ? '2.500' : '1'}`);
    const file = join(tempFolder({ 'interactions.csv': rows.join('\n') + '\n' }), 'interactions.csv');
    const whole = await readInteractions(file, people(3));
    expect(whole.warnings).toEqual([
      'weights are written with a decimal comma (line 12: 1,5) and with a dot (line 802: 2.500): where commas mark decimals a dot may group thousands (2.500 for 2500), but the dots were read as decimal points; write every weight one way',
    ]);
    expect((await readInteractions(file, people(3), { splitFrom: 0 })).warnings).toEqual(whole.warnings);
    // Either mark alone is no news; nor is a dot where the comma is the delimiter.
    const commas = join(tempFolder({ 'interactions.csv': 'source;target;weight\nP1;P2;1,5\nP2;P1;2\n' }), 'interactions.csv');
    expect((await readInteractions(commas, people(3))).warnings).toEqual([]);
    const dots = join(tempFolder({ 'interactions.csv': 'source,target,weight\nP1,P2,1.5\nP2,P1,2.500\n' }), 'interactions.csv');
    expect((await readInteractions(dots, people(3))).warnings).toEqual([]);
  });

  it('reads the second part on a worker thread with the same result (built package)', async () => {
    const built = (await import(join(ROOT, 'dist', 'load', 'interactions.js'))) as typeof import('../../src/load/interactions.js');
    const file = join(tempFolder({ 'interactions.csv': messyRows(5_000) }), 'interactions.csv');
    const whole = await built.readInteractions(file, people(40), { threads: 1 });
    const onWorker = await built.readInteractions(file, people(40), { threads: 2, splitFrom: 0 });
    expect(comparable(onWorker)).toEqual(comparable(whole));
    expect(onWorker.report.rowsRead).toBe(5_000);
  });

  it('reads dates in numbers only on the worker in the order given (built package)', async () => {
    const built = (await import(join(ROOT, 'dist', 'load', 'interactions.js'))) as typeof import('../../src/load/interactions.js');
    // The ISO times of the messy rows rewritten day first: 2026-03-05T07:00:00Z → 05/03/2026 07:00.
    const dayFirst = messyRows(5_000).replace(/2026-03-(\d{2})T(\d{2}):00:00Z/g, '$1/03/2026 $2:00');
    const file = join(tempFolder({ 'interactions.csv': dayFirst }), 'interactions.csv');
    const iso = join(tempFolder({ 'interactions.csv': messyRows(5_000) }), 'interactions.csv');
    const onWorker = await built.readInteractions(file, people(40), { threads: 2, splitFrom: 0, dateOrder: 'dmy' });
    expect(comparable(onWorker)).toEqual({ ...comparable(await built.readInteractions(iso, people(40), { threads: 1 })), report: expect.anything() });
    // Month first, the 13th of March onwards is no date: the first such row is the error on either thread.
    // (The built package's errors are not this file's NodefinderError: compared by their fields.)
    const fields = ({ code, line, column, message }: { code: string; line: number; column: number; message: string }) => ({ code, line, column, message });
    const whole = fields(await built.readInteractions(file, people(40), { threads: 1, dateOrder: 'mdy' }).catch((error) => error));
    expect(whole).toMatchObject({ code: 'BAD_TIMESTAMP', column: 4, message: expect.stringContaining('/03/2026') });
    expect(fields(await built.readInteractions(file, people(40), { threads: 2, splitFrom: 0, dateOrder: 'mdy' }).catch((error) => error))).toEqual(whole);
  });

  it('uses a worker started ahead of time, and only for a file large enough to split (built package)', async () => {
    const built = (await import(join(ROOT, 'dist', 'load', 'interactions.js'))) as typeof import('../../src/load/interactions.js');
    const { SpareWorker } = (await import(join(ROOT, 'dist', 'load', 'second-part.js'))) as typeof import('../../src/load/second-part.js');
    const file = join(tempFolder({ 'interactions.csv': messyRows(5_000) }), 'interactions.csv');
    const whole = await built.readInteractions(file, people(40), { threads: 1 });
    const spareWorker = await SpareWorker.forFile(file, 2, 0);
    expect(spareWorker).toBeInstanceOf(SpareWorker);
    const withSpare = await built.readInteractions(file, people(40), { threads: 2, splitFrom: 0, spareWorker });
    expect(comparable(withSpare)).toEqual(comparable(whole));
    // The read took the worker: nothing is left to dismiss.
    expect(spareWorker!.take()).toBeUndefined();
    // None on one thread, or for a file below the split size.
    expect(await SpareWorker.forFile(file, 1, 0)).toBeUndefined();
    expect(await SpareWorker.forFile(file, 2)).toBeUndefined();
    // One never used stops when dismissed: the process ends instead of waiting for it.
    const script = `const { SpareWorker } = await import(${JSON.stringify(join(ROOT, 'dist', 'load', 'second-part.js'))});
      const spare = await SpareWorker.forFile(${JSON.stringify(file)}, 2, 0);
      spare.dismiss();
      console.log(spare.take() === undefined ? 'dismissed' : 'kept');`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(output.trim()).toBe('dismissed');
  });
});
