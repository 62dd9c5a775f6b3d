/** The delimited-text parser: quoting, trimming, line numbers, and rows split across chunks. */
import { describe, expect, it } from 'vitest';
import { DelimitedParser, UnclosedQuoteError } from '../helpers/text-rows.js';

function parse(chunks: string[], delimiter = ','): [string[], number][] {
  const rows: [string[], number][] = [];
  const parser = new DelimitedParser(delimiter, (fields, line) => rows.push([fields, line]));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return rows;
}

const MESSY = 'id,name,note\n1, Ann ,"a, b"\n\n2,"Lee\nKim","say ""hi"""\n3,O"Brien, x \n;;\n4,"q"r,\n"5",,last';

describe('DelimitedParser', () => {
  it('reads quoted delimiters, doubled quotes, newlines, stray quotes and trims unquoted fields', () => {
    expect(parse([MESSY])).toEqual([
      [['id', 'name', 'note'], 1],
      [['1', 'Ann', 'a, b'], 2],
      [['2', 'Lee\nKim', 'say "hi"'], 4],
      [['3', 'O"Brien', 'x'], 6],
      [[';;'], 7],
      [['4', 'qr', ''], 8],
      [['5', '', 'last'], 9],
    ]);
  });
  it('skips rows whose fields are all empty', () => {
    expect(parse(['a;b\n;\n;;\n1;2\n'], ';')).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 4],
    ]);
  });
  it('gives the same rows however the text is split into chunks', () => {
    const whole = parse([MESSY]);
    for (let at = 0; at <= MESSY.length; at++) {
      expect(parse([MESSY.slice(0, at), MESSY.slice(at)]), `split at ${at}`).toEqual(whole);
    }
    expect(parse([...MESSY])).toEqual(whole);
  });
  it('drops a byte-order mark at the start', () => {
    expect(parse(['\uFEFFid\nP1\n'])).toEqual([
      [['id'], 1],
      [['P1'], 2],
    ]);
  });
  it('reports a quote left open at the end with the line it opened on', () => {
    expect(() => parse(['a,b\n1,"x\n2,y\n'])).toThrow(UnclosedQuoteError);
    expect(() => parse(['a,b\n1,2\n3,"x\ny\n'])).toThrow(expect.objectContaining({ line: 3 }));
  });
  it('keeps tabs inside fields of a tab-separated file apart from trimming spaces', () => {
    expect(parse(['a\t b \t"c\td"\n'], '\t')).toEqual([[['a', 'b', 'c\td'], 1]]);
  });
});
