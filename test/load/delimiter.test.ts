import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimiterOption } from '../../src/load/delimiter.js';

describe('detectDelimiter', () => {
  it('finds each common delimiter', () => {
    expect(detectDelimiter('id,name,team\n1,Ann,T1\n')).toBe(',');
    expect(detectDelimiter('id;name;team\r\n1;Ann;T1\r\n')).toBe(';');
    expect(detectDelimiter('id\tname\tteam\n1\tAnn\tT1\n')).toBe('\t');
    expect(detectDelimiter('id|name|team\n1|Ann|T1\n')).toBe('|');
  });
  it('prefers the delimiter that is consistent over one that appears inside values', () => {
    expect(detectDelimiter('id;name;score\n1;Smith, Ann;9,5\n2;Lee, Kim;7,25\n')).toBe(';');
  });
  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('id;name\n1;"a;b;c,d,e"\n2;"x,y"\n')).toBe(';');
  });
  it('recognises whitespace-separated files such as contact lists and matrices', () => {
    expect(detectDelimiter('28840 574 1362\n28840 164 779\n')).toBe('whitespace');
    expect(detectDelimiter(' 0 1 0\n 1 0 1\n')).toBe('whitespace');
  });
  it('reads the delimiter below a title line that has none, instead of reading the file as space-separated', () => {
    expect(detectDelimiter('Staff list as at 1 March 2026\nid,name,team\nP1,Ann,T1\nP2,Bob,T1\n')).toBe(',');
    expect(detectDelimiter('Staff list\n\nid;name\nP1;Ann\nP2;Bob\n')).toBe(';');
    // Lines below that disagree are no table under a title.
    expect(detectDelimiter('Staff list\nid,name,team\nP1,Ann\n')).toBe('whitespace');
    // A whitespace file's header over values holding commas (decimal commas) or tabs is no title.
    expect(detectDelimiter('source target weight\nP1 P2 0,5\nP2 P3 1,25\nP1 P3 2,0\n')).toBe('whitespace');
    expect(detectDelimiter('source target\nP1\tP2\nP2\tP3\nP1\tP3\n')).toBe('whitespace');
    // …with an optional last column left empty on every row.
    expect(detectDelimiter('source target weight channel\nP1 P2 0,5\nP2 P3 1,5\nP3 P1 2,0\n')).toBe('whitespace');
  });
  it('reads the delimiter below title lines that hold another delimiter, or below two of them', () => {
    expect(detectDelimiter('Staff list; March 2026\nid,name,team\nP1,Ann,T1\nP2,Bob,T1\nP3,Cy,T2\n')).toBe(',');
    expect(detectDelimiter('Staff list\nExported 01/03/2026\nid,name,team\nP1,Ann,T1\nP2,Bob,T1\nP3,Cy,T2\n')).toBe(',');
    expect(detectDelimiter('Interactions, March 2026\nExported 2026-03-01\nsource;target\nP1;P2\nP2;P3\nP3;P1\n')).toBe(';');
    // Rows that hold the first line's delimiter, some fewer times (an optional last field left
    // out), and another alike (a decimal comma, "Lee, Ann"): the first line's, no title above.
    expect(detectDelimiter('id;name;team\nP1;Smith, Ann Marie\nP2;Lee, Kim\nP3;Ng, Bo\nP4;Ho, Al\n')).toBe(';');
    expect(detectDelimiter('source;target;weight;note\nP1;P2;0,5\nP2;P3;1,5;follow-up\nP1;P3;2,0\nP3;P1;1,0\n')).toBe(';');
    expect(detectDelimiter('id\tname\tmanager\nP1\tLee, Ann\nP2\tNg, Bo\tP1\nP3\tHo, Al\tP1\nP4\tKay, Di\tP1\n')).toBe('\t');
    // Ragged rows that agree on no delimiter: the first line's, as before.
    expect(detectDelimiter('id,name,team\nP1,Ann\nP2,Bob,T1\nP3\nP4,Di,T2\n')).toBe(',');
  });
  it('treats a one-column file as comma-separated', () => {
    expect(detectDelimiter('id\nP1\nP2\n')).toBe(',');
  });
  it('reads --delimiter names', () => {
    expect(parseDelimiterOption('tab')).toBe('\t');
    expect(parseDelimiterOption(';')).toBe(';');
    expect(parseDelimiterOption('space')).toBe('whitespace');
    expect(parseDelimiterOption('x')).toBeUndefined();
    // A name an object has of its own, not one it inherits.
    expect(parseDelimiterOption('constructor')).toBeUndefined();
  });
});
