/**
 * read-rows.ts reads a file in chunks, the next one while the current one is parsed: rows that
 * cross chunk boundaries, parts of a file, and a read stopped by an error must all come out whole.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRawRows, readRows } from '../../src/load/read-rows.js';
import { tempFolder } from '../helpers/temp-files.js';

/** A file of `count` rows of uneven length (so that rows cross the 1 MiB chunk boundaries). */
function bigFile(count: number): { file: string; rows: string[][] } {
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) rows.push([`P${i}`, 'x'.repeat(i % 97), String(i * 7)]);
  const file = join(tempFolder({}), 'big.csv');
  writeFileSync(file, 'id,text,number\n' + rows.map((row) => row.join(',')).join('\n') + '\n');
  return { file, rows };
}

describe('reading a file in chunks', () => {
  it('gives every row of a file several chunks long, with its line', async () => {
    const { file, rows } = bigFile(70_000); // ~3.6 MiB: both buffers are used more than once
    const read: string[][] = [];
    const lines: number[] = [];
    const summary = await readRows(file, (fields, line) => {
      read.push(fields);
      lines.push(line);
    });
    expect(read.length).toBe(70_001);
    expect(read.slice(1)).toEqual(rows);
    expect(lines[70_000]).toBe(70_001);
    expect(summary).toMatchObject({ rows: 70_001, lines: 70_001, complete: true });
  });

  it('reads a part of the file, from its first whole row', async () => {
    const { file, rows } = bigFile(70_000);
    const text = ['id,text,number', ...rows.map((row) => row.join(','))].join('\n') + '\n';
    const from = text.indexOf('\n', 2_000_000) + 1;
    const ids: string[] = [];
    const summary = await readRawRows(file, (row) => void ids.push(row.value(0)), { from, delimiter: ',' });
    const firstId = text.slice(from, text.indexOf(',', from));
    expect(ids[0]).toBe(firstId);
    expect(ids.at(-1)).toBe('P69999');
    expect(ids.length).toBe(70_000 - Number(firstId.slice(1)));
    expect(summary.complete).toBe(true);
  });

  it('stops at an error thrown for a row, with a read of the next chunk under way', async () => {
    const { file } = bigFile(70_000);
    let seen = 0;
    const reading = readRows(file, () => {
      if (++seen === 30_000) throw new Error('row 30,000 is bad');
    });
    await expect(reading).rejects.toThrow('row 30,000 is bad');
    expect(seen).toBe(30_000);
  });
});
