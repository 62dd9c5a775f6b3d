/**
 * Quote-free edge rows in the usual forms are read straight from their bytes (PlainEdgeRows in
 * edge-rows.ts); every other row goes through RawRow to the general reader. Whichever path a row
 * takes, the tally must be the same: these tests read the same bytes with and without the plain
 * reader, in chunks of every size, and compare pairs, skipped rows, channels, counts and errors.
 */
import { describe, expect, it } from 'vitest';
import { NodefinderError } from '../../src/errors.js';
import { edgeRowReaders } from '../../src/load/edge-rows.js';
import { InteractionTally } from '../../src/load/interaction-tally.js';
import { PersonLookup } from '../../src/load/person-lookup.js';
import { RowTokenizer, type PlainRowReader } from '../../src/load/row-tokenizer.js';

const IDS = ['Åsa', ...Array.from({ length: 30 }, (_, i) => `P${i}`)];
const PERSON_INDEX = new Map(IDS.map((id, i) => [id, i]));
const FULL = { source: 0, target: 1, weight: 2, timestamp: 3, channel: 4 };
/** The header: the five columns read and one that is not. */
const HEADER = ['source', 'target', 'weight', 'timestamp', 'channel', 'note'];
const WIDTH = HEADER.length;

interface ReadOptions {
  readonly index?: Partial<Record<string, number>>;
  readonly plain: boolean;
  /** Bytes pushed at a time (default: all at once). */
  readonly chunk?: number;
  readonly strict?: boolean;
}

/** Reads `text` (data rows only) into a tally, as the loader does; what it holds, or the error. */
function read(text: string, options: ReadOptions) {
  const tally = new InteractionTally(IDS.length, 'interactions.csv', {});
  const readers = edgeRowReaders(tally, PersonLookup.fromIndex(PERSON_INDEX), {
    file: 'interactions.csv',
    index: options.index ?? FULL,
    decimalComma: false,
    strict: options.strict ?? false,
    delimiter: ',',
    width: WIDTH,
    firstCount: WIDTH,
    header: HEADER,
  });
  let taken = 0;
  // Counts the rows the plain reader takes, to show that both paths were used.
  const counting: PlainRowReader = {
    read(data, start, limit, line) {
      const at = readers.plainRows.read(data, start, limit, line);
      taken += readers.plainRows.rowsTaken;
      return at;
    },
    get rowsTaken() {
      return readers.plainRows.rowsTaken;
    },
  };
  const tokenizer = new RowTokenizer(',', readers.readRow);
  if (options.plain) tokenizer.plainRowReader = counting;
  const bytes = Buffer.from(text, 'utf8');
  const chunk = options.chunk ?? bytes.length;
  let error = null;
  try {
    for (let at = 0; at < bytes.length; at += chunk) tokenizer.push(bytes.subarray(at, at + chunk));
    tokenizer.end();
  } catch (thrown) {
    if (!(thrown instanceof NodefinderError)) throw thrown;
    const { code, line, column } = thrown as NodefinderError & { line?: number; column?: number };
    error = { code, line, column, message: thrown.message };
  }
  const pairs = tally.pairs.result();
  return {
    outcome: {
      pairs: Object.fromEntries(Object.entries(pairs).map(([key, value]) => [key, typeof value === 'number' ? value : Array.from(value as ArrayLike<number>, String)])),
      skipped: tally.skipped.state(),
      channels: tally.channels,
      channelLines: tally.channelLines,
      rowsRead: tally.rowsRead,
      rowsUsed: tally.rowsUsed,
      // Rows and lines are counted by the tokenizer, whose counts no one reads after an error.
      rows: error ? undefined : tokenizer.rowsDone,
      lines: error ? undefined : tokenizer.linesDone,
      error,
    },
    taken,
  };
}

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = <T>(next: () => number, values: readonly T[]): T => values[Math.floor(next() * values.length)];

/**
 * Rows of a messy export: mostly plain rows, and every kind of row the plain reader must leave
 * (padding, quotes, unknown or non-ASCII ids, decimal weights, times written otherwise, empty and
 * missing fields, blank lines). Line endings are `\n`, as line-endings.ts leaves them.
 */
function messyRows(count: number, seed: number, arrange = (fields: string[]) => fields): string {
  const next = random(seed);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const plain = next() < 0.6;
    const id = () => (plain ? `P${Math.floor(next() * 30)}` : pick(next, ['P1', 'P2', ' P3', 'P4\t', '\u00a0P5', 'Åsa', '"P6"', 'X9', '', 'P7 ']));
    const weight = plain ? String(1 + Math.floor(next() * 3)) : pick(next, ['1', '12', '1.5', ' 2', '', '0', '3 ']);
    const time = plain ? `2026-03-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}T09:30:00Z` : pick(next, ['2026-03-02T09:00:00Z', '2026-03-02 10:00', '1767600000', '', '2026-03-06T08:00:00+01:00', ' 2026-03-05']);
    const channel = plain ? pick(next, ['email', 'chat', 'call']) : pick(next, ['email', '', ' chat', '"te,ams"', 'call\u00a0', 'réunion']);
    let fields = arrange([id(), id(), weight, time, channel]);
    const full = fields.length;
    if (!plain && next() < 0.3) fields = fields.slice(0, 1 + Math.floor(next() * (full - 1))); // missing fields
    if (fields.length === full && next() < 0.1) fields.push('extra'); // a column not read
    lines.push(next() < 0.03 ? pick(next, ['', ',,,,', ' , ']) : fields.join(','));
  }
  return lines.join('\n') + '\n';
}

describe('reading plain edge rows straight from their bytes', () => {
  it('gives the general path’s tally on messy rows, whatever the chunks', () => {
    for (const seed of [1, 2, 3]) {
      const text = messyRows(3_000, seed);
      const general = read(text, { plain: false });
      expect(general.outcome.error).toBeNull();
      expect(general.outcome.rowsUsed).toBeGreaterThan(1_500);
      for (const chunk of [undefined, 1, 7, 64, 1000]) {
        const plain = read(text, { plain: true, chunk });
        expect(plain.outcome).toEqual(general.outcome);
        // Both paths were used: the plain reader took most rows and left the rest.
        expect(plain.taken).toBeGreaterThan(1_500);
        expect(plain.taken).toBeLessThan(general.outcome.rowsRead);
      }
    }
  });

  it('reads columns in any order, with columns it does not read, and without the optional ones', () => {
    const text = messyRows(1_000, 4, ([source, target, , time, channel]) => [source, time, target, 'note', channel]);
    for (const index of [{ source: 0, timestamp: 1, target: 2, channel: 4 }, { target: 0, source: 2 }]) {
      const general = read(text, { plain: false, index });
      const plain = read(text, { plain: true, index, chunk: 13 });
      expect(general.outcome.error).toBeNull();
      expect(plain.outcome).toEqual(general.outcome);
      expect(plain.taken).toBeGreaterThan(300);
    }
  });

  it('stops at the same error, on the same line and column', () => {
    const rows = messyRows(500, 5).split('\n');
    const cases = [
      { at: 400, row: 'P1,P2,1,2026-02-30T09:00:00Z,email', code: 'BAD_TIMESTAMP', column: 4 },
      { at: 300, row: 'P1,P2,lots,2026-03-02T09:00:00Z,email', code: 'BAD_WEIGHT', column: 3 },
      { at: 200, row: 'P1,X7,1,2026-03-02T09:00:00Z,email', code: 'UNKNOWN_PERSON', column: 2, strict: true },
      // More fields than the header has columns: a value with the delimiter in it, unquoted.
      { at: 250, row: 'P1,P2,1,2026-03-02T09:00:00Z,email,note,x', code: 'MALFORMED_CSV', column: 7 },
      { at: 350, row: 'P1,P2,1,2026-03-02T09:00:00Z,email,note,', code: 'MALFORMED_CSV', column: 7 },
    ];
    for (const { at, row, code, column, strict } of cases) {
      // Unknown people are errors too when strict: only the one planted here is unknown.
      const known = strict ? rows.map((line) => line.replaceAll('X9', 'P9')) : rows;
      const text = [...known.slice(0, at), row, ...known.slice(at)].join('\n');
      const general = read(text, { plain: false, strict });
      const plain = read(text, { plain: true, strict, chunk: 100 });
      expect(general.outcome.error).toMatchObject({ code, line: at + 1, column });
      expect(plain.outcome).toEqual(general.outcome);
    }
  });

  it('counts the 33rd channel as an error at its line, as the general path does (every row here is plain)', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `P1,P2,1,2026-03-02T09:00:00Z,c${i}`);
    const general = read(rows.join('\n') + '\n', { plain: false });
    const plain = read(rows.join('\n') + '\n', { plain: true });
    expect(general.outcome.error).toMatchObject({ code: 'TOO_MANY_CHANNELS', line: 33, column: 5 });
    expect(plain.outcome).toEqual(general.outcome);
  });

  it('takes plain rows and stops at the first it leaves, or that does not end before the limit', () => {
    const tally = new InteractionTally(IDS.length, 'interactions.csv', {});
    const { plainRows } = edgeRowReaders(tally, PersonLookup.fromIndex(PERSON_INDEX), { file: 'interactions.csv', index: FULL, decimalComma: false, strict: false, delimiter: ',', width: 5, firstCount: 5, header: HEADER.slice(0, 5) });
    const data = Buffer.from('P1,P2,2,1767600000,email\nP2,P1,1,1767600060,chat\nP1,P2, 2,1767600000,email\nP3,P4,1,1767600000,chat\n');
    const third = data.indexOf('P1,P2, 2');
    expect(plainRows.read(data, 0, data.length, 10)).toBe(third);
    expect(plainRows.rowsTaken).toBe(2);
    expect([tally.rowsRead, tally.rowsUsed]).toEqual([2, 2]);
    // From the fourth row, with a limit inside it: nothing taken.
    const fourth = data.indexOf('P3,P4');
    expect(plainRows.read(data, fourth, data.length - 1, 13)).toBe(fourth);
    expect(plainRows.rowsTaken).toBe(0);
    const pairs = tally.pairs.result();
    expect(Array.from(pairs.source)).toEqual([2, 3]);
    expect(Array.from(pairs.target)).toEqual([3, 2]);
    expect(Array.from(pairs.strength)).toEqual([2, 1]);
    expect(Array.from(pairs.firstLine)).toEqual([10, 11]);
    expect(tally.channels).toEqual(['email', 'chat']);
  });
});
