/** What the dashboard's header calls the data: the folder, or where the staff file named by --staff is. */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataName } from '../../src/cli/data-name.js';

describe('dataName', () => {
  it('is the folder as given, or the current folder\'s name for "."', () => {
    expect(dataName('fixtures/sample', undefined)).toBe('fixtures/sample');
    expect(dataName('.', undefined)).toBe(basename(process.cwd()));
  });

  it('is the staff file\'s folder when --staff names it, not the current folder', () => {
    const krackhardt = '../shared/datasets/krackhardt-hightech-managers';
    expect(dataName('.', `${krackhardt}/Krack-High-Tec-Attributes.csv`)).toBe(krackhardt);
    expect(dataName('exports', '/data/lazega/ELattr.dat')).toBe('/data/lazega');
  });

  it('shows a folder\'s escape codes and line breaks harmlessly, as the header prints it to the terminal', () => {
    expect(dataName('escA\u001b]0;PWNED\u0007\u001b[2J', undefined)).toBe('escA\u241b]0;PWNED\u2407\u241b[2J');
    expect(dataName('.', 'two\nlines/staff.csv')).toBe('two lines');
  });

  it('is the staff file\'s name when it is in the current folder', () => {
    expect(dataName('.', 'ELattr.dat')).toBe('ELattr.dat');
    expect(dataName('.', './ELattr.dat')).toBe('ELattr.dat');
  });
});
