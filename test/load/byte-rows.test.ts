/**
 * The interactions file is read from bytes (row-tokenizer.ts, person-lookup.ts, byte-values.ts):
 * ids, weights, times and channels in unusual forms must give what reading them as text gives.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readInteractions } from '../../src/load/interactions.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import type { Delimiter } from '../../src/load/delimiter.js';
import { printable } from '../../src/load/printable.js';
import { RowTokenizer } from '../../src/load/row-tokenizer.js';
import { tempFolder } from '../helpers/temp-files.js';

const STAFF = 'id,name\nÅsa,Åsa Öberg\n李雷,Li Lei\nP 3,Pat\nP4,Dan\n';

/** Each row's fields, line and last line, with the text pushed in `chunks`. */
function tokenized(delimiter: Delimiter, chunks: readonly Buffer[]): [string[], number, number][] {
  const rows: [string[], number, number][] = [];
  const tokenizer = new RowTokenizer(delimiter, (row) => rows.push([row.fields(), row.line, row.lastLine]));
  for (const chunk of chunks) tokenizer.push(chunk);
  tokenizer.end();
  return rows;
}

describe('interactions read from bytes', () => {
  it('finds non-ASCII, quoted and padded ids, and reads every form of value', async () => {
    const nbsp = '\u00a0';
    const interactions = [
      '\uFEFFsource,target,weight,time,channel',
      'Åsa,李雷,2,2026-01-05T09:00:00Z,email', //                      fast paths throughout
      `"李雷" , ${nbsp}Åsa${nbsp},1.5,2026-01-05 10:00:00,"e""mail"`, // quotes, NBSP, decimal weight
      '\tP 3\t,P4,3,1767600000,chat', //                                  tabs around an id with a space; Unix seconds
      'P4,P 3,1,2026-01-06T08:00:00+01:00,chat', //                       a zone: read as text
      'P4,P9,1,2026-01-06,chat', //                                       unknown person
    ].join('\r\n');
    const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': interactions });
    const { organisation, report } = await loadOrganisation({ dir });
    const ties = organisation.ties;
    const pairs = Array.from({ length: ties.length }, (_, i) => [ties.source[i], ties.target[i], ties.strength[i], ties.rows[i]]);
    expect(pairs).toEqual([
      [0, 1, 3.5, 2],
      [2, 3, 4, 2],
    ]);
    expect(organisation.channels).toEqual(['email', 'e"mail', 'chat']);
    // 1767600000 is 2026-01-05T08:00:00Z; 08:00+01:00 on the 6th is 07:00 UTC.
    expect(organisation.period).toEqual({ first: Date.UTC(2026, 0, 5, 8) / 1000, last: Date.UTC(2026, 0, 6, 7) / 1000 });
    const file = report.files.find((entry) => entry.kind === 'interactions')!;
    expect(file.skipped).toEqual([expect.objectContaining({ reason: 'unknown-person', lines: [6], examples: ['P9'] })]);
  });

  it('refuses bytes that are not UTF-8 at their line and field, in either part of a split file', async () => {
    // Decoded, 0xff would become U+FFFD: an id that matched a staff id holding U+FFFD, silently.
    const staff = Buffer.from('id\nP1\ne\uFFFD\n', 'utf8');
    for (const [badLine, column] of [[3, 2], [20, 1]]) {
      const rows = Array.from({ length: 20 }, (_, i) => {
        const id = i + 2 === badLine ? Buffer.from([0x65, 0xff]) : Buffer.from('e\uFFFD', 'utf8');
        return Buffer.concat(column === 2 ? [Buffer.from('P1,'), id, Buffer.from('\n')] : [id, Buffer.from(',P1\n')]);
      });
      const dir = tempFolder({ 'staff.csv': staff, 'interactions.csv': Buffer.concat([Buffer.from('source,target\n'), ...rows]) });
      const personIndex = new Map([['P1', 0], ['e\uFFFD', 1]]);
      for (const splitFrom of [undefined, 0]) {
        await expect(readInteractions(join(dir, 'interactions.csv'), personIndex, { splitFrom }))
          .rejects.toMatchObject({ code: 'UNSUPPORTED_ENCODING', line: badLine, column });
      }
    }
  });

  it('reports unreadable values with the line and column, as text', async () => {
    const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': 'source,target,time\nÅsa,P4,2026-01-05\nP4,Åsa,2026-02-30\n' });
    await expect(loadOrganisation({ dir })).rejects.toMatchObject({ code: 'BAD_TIMESTAMP', line: 3, column: 3, message: '"2026-02-30" is not a timestamp' });
  });
});

describe('RowTokenizer', () => {
  it('trims exactly what String.prototype.trim trims', () => {
    const blanks = [' ', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const kept = ['\u200b', '\u180e', '\u0085', 'x'];
    const fields = [...blanks, ...kept].map((c) => `${c}a${c}`);
    const rows: string[][] = [];
    const values: string[][] = [];
    const tokenizer = new RowTokenizer(',', (row) => {
      rows.push(row.fields());
      values.push(Array.from({ length: row.count }, (_, i) => row.value(i)));
    });
    tokenizer.push(Buffer.from(`x,${fields.join(',')}\n`, 'utf8'));
    tokenizer.end();
    // U+0085 (a C1 control, kept) reads as U+FFFD (printable.ts).
    const expected = ['x', ...fields.map((field) => printable(field.trim()))];
    expect(rows).toEqual([expected]);
    expect(values).toEqual([expected]);
  });

  it('gives the same rows whatever the chunk boundaries, multi-byte characters included', () => {
    const text = 'id;name\n1;"Öberg; Åsa"\n2; 李雷 \n3;"a\n""b"""\n';
    const read = (chunks: Buffer[]) => tokenized(';', chunks).map(([fields, line]) => [fields, line]);
    const bytes = Buffer.from(text, 'utf8');
    const whole = read([bytes]);
    expect(whole).toEqual([
      [['id', 'name'], 1],
      [['1', 'Öberg; Åsa'], 2],
      [['2', '李雷'], 3],
      [['3', 'a\n"b"'], 4],
    ]);
    for (let at = 0; at <= bytes.length; at++) expect(read([bytes.subarray(0, at), bytes.subarray(at)]), `split at ${at}`).toEqual(whole);
  });

  it('honours double quotes in a whitespace-separated file, as R writes it, whatever the chunk boundaries', () => {
    const text = '"id" "name"\t"team"\n  "P1" "Ann Smith"   T1  \n"P2"\t"Bob ""the builder"""\t""\n"P3" "two\nlines" O"Brien "a"b\nP4 plain\tT2\n';
    const read = (chunks: Buffer[]) => tokenized('whitespace', chunks);
    const bytes = Buffer.from(text, 'utf8');
    const whole = read([bytes]);
    expect(whole).toEqual([
      [['id', 'name', 'team'], 1, 1],
      [['P1', 'Ann Smith', 'T1'], 2, 2],
      [['P2', 'Bob "the builder"', ''], 3, 3],
      [['P3', 'two\nlines', 'O"Brien', 'ab'], 4, 5],
      [['P4', 'plain', 'T2'], 6, 6],
    ]);
    for (let at = 0; at <= bytes.length; at++) expect(read([bytes.subarray(0, at), bytes.subarray(at)]), `split at ${at}`).toEqual(whole);
  });
});
