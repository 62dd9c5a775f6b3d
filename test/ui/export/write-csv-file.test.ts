/** Exports never overwrite: the plain name, then -1, -2 … */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFileName, writeCsvFile } from '../../../src/ui/export/write-csv-file.js';
import { tempFolder } from '../../helpers/temp-files.js';

describe('writeCsvFile', () => {
  it('names attempts nodefinder-x.csv, nodefinder-x-1.csv, …', () => {
    expect([0, 1, 2].map((n) => exportFileName('nodefinder-people', n))).toEqual(['nodefinder-people.csv', 'nodefinder-people-1.csv', 'nodefinder-people-2.csv']);
  });
  it('writes to the first free name and leaves existing files as they were', () => {
    const dir = tempFolder({ 'nodefinder-teams.csv': 'mine\r\n' });
    const first = writeCsvFile(dir, 'nodefinder-teams', 'a\r\n');
    const second = writeCsvFile(dir, 'nodefinder-teams', 'b\r\n');
    expect(first).toBe(join(dir, 'nodefinder-teams-1.csv'));
    expect(second).toBe(join(dir, 'nodefinder-teams-2.csv'));
    expect(readFileSync(join(dir, 'nodefinder-teams.csv'), 'utf8')).toBe('mine\r\n');
    expect(readFileSync(first, 'utf8')).toBe('a\r\n');
    expect(readFileSync(second, 'utf8')).toBe('b\r\n');
  });
  it('returns an absolute path', () => {
    const dir = tempFolder({});
    writeFileSync(join(dir, 'x'), '');
    expect(writeCsvFile(dir, 'nodefinder-silos', 'c\r\n').startsWith('/')).toBe(true);
  });
  it('passes on errors other than an existing file', () => {
    expect(() => writeCsvFile(join(tempFolder({}), 'missing-folder'), 'nodefinder-x', '')).toThrow(/ENOENT/);
  });
});
