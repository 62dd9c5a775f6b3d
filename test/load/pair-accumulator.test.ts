/**
 * The pair accumulator and the finishing of ties against a plain Map that sums the same rows one
 * by one: every pair, sum, time, channel and first line must be the same, bit for bit, whichever
 * partitions and buffer fills the rows went through.
 */
import { describe, expect, it } from 'vitest';
import { finishTies } from '../../src/load/finish-ties.js';
import { PairAccumulator } from '../../src/load/pair-accumulator.js';
import { PairTable, SLOT_FIELDS, SOURCE, TARGET } from '../../src/load/pair-table.js';

interface Row {
  source: number;
  target: number;
  weight: number;
  time: number;
  channels: number;
  line: number;
}

interface Expected {
  source: number;
  target: number;
  strength: number;
  rows: number;
  first: number;
  last: number;
  channels: number;
  firstLine: number;
}

/** Rows from a fixed linear congruential sequence; a few people get most rows, as hubs do. */
function rows(count: number, people: number, seed: number): Row[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const person = () => (next() < 0.3 ? Math.floor(next() * 5) : Math.floor(next() * people));
  const list: Row[] = [];
  for (let line = 2; list.length < count; line++) {
    const source = person();
    const target = person();
    if (source === target) continue;
    list.push({
      source,
      target,
      weight: next() < 0.5 ? 1 : 1 + Math.round(next() * 1000) / 7,
      time: next() < 0.1 ? NaN : 1_700_000_000 + Math.floor(next() * 1e6),
      channels: 1 << Math.floor(next() * 3),
      line,
    });
  }
  return list;
}

/** The same rows summed in order into a Map, then sorted by (source, target). */
function naive(list: readonly Row[], key: (row: Row) => [number, number]): Expected[] {
  const byPair = new Map<string, Expected>();
  for (const row of list) {
    const [source, target] = key(row);
    const id = `${source},${target}`;
    const pair = byPair.get(id);
    if (!pair) {
      byPair.set(id, { source, target, strength: row.weight, rows: 1, first: row.time, last: row.time, channels: row.channels, firstLine: row.line });
      continue;
    }
    pair.strength += row.weight;
    pair.rows += 1;
    if (!Number.isNaN(row.time)) {
      if (!(pair.first <= row.time)) pair.first = row.time;
      if (!(pair.last >= row.time)) pair.last = row.time;
    }
    pair.channels |= row.channels;
  }
  return [...byPair.values()].sort((a, b) => a.source - b.source || a.target - b.target);
}

function accumulate(list: readonly Row[], people: number) {
  const accumulator = new PairAccumulator(people);
  for (const row of list) accumulator.add(row.source, row.target, row.weight, row.time, row.channels, row.line);
  return accumulator.result();
}

describe('PairAccumulator', () => {
  it('sums every pair as a plain map does, across many partitions and full buffers', () => {
    // 3,000 people make 47 partitions of 64; 200,000 rows fill the hubs' buffers many times.
    const list = rows(200_000, 3_000, 7);
    const pairs = accumulate(list, 3_000);
    const expected = naive(list, (row) => [row.source, row.target]);
    expect(pairs.length).toBe(expected.length);
    expect(pairs.length).toBeGreaterThan(100_000);
    for (let k = 0; k < expected.length; k++) {
      const want = expected[k];
      const got = {
        source: pairs.source[k],
        target: pairs.target[k],
        strength: pairs.strength[k],
        rows: pairs.rows[k],
        first: pairs.first[k],
        last: pairs.last[k],
        channels: pairs.channels[k],
        firstLine: pairs.firstLine[k],
      };
      if (JSON.stringify(got) !== JSON.stringify(want) || !Object.is(got.first, want.first)) expect(got).toEqual(want);
    }
  });

  it('orders pairs across wide partitions and far-apart people (a million people)', () => {
    // A million people make partitions of 256; the sort key is then (source − low) × 10^6 + target.
    const list = rows(50_000, 1_000_000, 3);
    const pairs = accumulate(list, 1_000_000);
    const expected = naive(list, (row) => [row.source, row.target]);
    expect(pairs.length).toBe(expected.length);
    expect(Array.from(pairs.source)).toEqual(expected.map((pair) => pair.source));
    expect(Array.from(pairs.target)).toEqual(expected.map((pair) => pair.target));
    expect(Array.from(pairs.strength)).toEqual(expected.map((pair) => pair.strength));
    expect(Array.from(pairs.firstLine)).toEqual(expected.map((pair) => pair.firstLine));
  });

  it('returns nothing when no row was added', () => {
    expect(new PairAccumulator(10).result().length).toBe(0);
  });
});

describe('PairTable.sortedSlots', () => {
  /** The (source, target) of each slot in the order sortedSlots gives. */
  function sortedPairs(pairs: readonly [number, number][], low: number, span: number): string[] {
    const table = new PairTable(4);
    pairs.forEach(([source, target], line) => table.add(source, target, 1, NaN, 0, line));
    return [...table.sortedSlots(low, span)].map((slot) => `${table.data[slot * SLOT_FIELDS + SOURCE]}→${table.data[slot * SLOT_FIELDS + TARGET]}`);
  }
  const pairs: [number, number][] = [[70, 3], [64, 900], [70, 1], [64, 2], [127, 0], [64, 899]];
  const ordered = ['64→2', '64→899', '64→900', '70→1', '70→3', '127→0'];

  it('orders slots by source, then target, with the slot packed into the sort key', () => {
    expect(sortedPairs(pairs, 64, 1000)).toEqual(ordered);
  });

  it('orders them as well when keys are too large to hold the slot too (found again by lookup)', () => {
    // (127 − 64) × 2^47 + 900 needs 53 bits: times 6 slots it is beyond exact doubles.
    expect(sortedPairs(pairs, 64, 2 ** 47)).toEqual(ordered);
  });
});

describe('finishTies', () => {
  const people = 500;
  const list = rows(20_000, people, 11);
  const arcs = accumulate(list, people);

  it('merges both directions into undirected ties', () => {
    const finished = finishTies(arcs, people, 1);
    const expected = naive(list, (row) => [Math.min(row.source, row.target), Math.max(row.source, row.target)]);
    expect(finished.ties.length).toBe(expected.length);
    expect(Array.from(finished.ties.source)).toEqual(expected.map((tie) => tie.source));
    expect(Array.from(finished.ties.target)).toEqual(expected.map((tie) => tie.target));
    expect(Array.from(finished.ties.rows)).toEqual(expected.map((tie) => tie.rows));
    expect(Array.from(finished.ties.channels)).toEqual(expected.map((tie) => tie.channels));
    expect(Array.from(finished.ties.first)).toEqual(expected.map((tie) => tie.first));
    // Sums of fractions depend on their order (each direction is summed first): equal to 1e-9.
    finished.ties.strength.forEach((strength, k) => expect(strength).toBeCloseTo(expected[k].strength, 9));
    expect(finished.arcs.length).toBe(arcs.length);
    expect(finished.droppedLines.length).toBe(0);
  });

  it('drops ties below the threshold with their arcs, and lists them by first line', () => {
    const threshold = 40;
    const finished = finishTies(arcs, people, threshold);
    const expected = naive(list, (row) => [Math.min(row.source, row.target), Math.max(row.source, row.target)]);
    const kept = expected.filter((tie) => tie.strength >= threshold);
    const dropped = expected.filter((tie) => tie.strength < threshold).sort((a, b) => a.firstLine - b.firstLine);
    expect(kept.length).toBeGreaterThan(10);
    expect(dropped.length).toBeGreaterThan(10);
    expect(Array.from(finished.ties.source)).toEqual(kept.map((tie) => tie.source));
    expect(Array.from(finished.ties.target)).toEqual(kept.map((tie) => tie.target));
    expect(Array.from(finished.droppedLines)).toEqual(dropped.map((tie) => tie.firstLine));
    expect(Array.from(finished.droppedRows)).toEqual(dropped.map((tie) => tie.rows));
    const keptPairs = new Set(kept.map((tie) => `${tie.source},${tie.target}`));
    const arcsKept = naive(list, (row) => [row.source, row.target]).filter((arc) =>
      keptPairs.has(`${Math.min(arc.source, arc.target)},${Math.max(arc.source, arc.target)}`));
    expect(finished.arcs.length).toBe(arcsKept.length);
    expect(Array.from(finished.arcs.source)).toEqual(arcsKept.map((arc) => arc.source));
    expect(Array.from(finished.arcs.target)).toEqual(arcsKept.map((arc) => arc.target));
  });
});
