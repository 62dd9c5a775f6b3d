/** No command writes its output over a file it reads: the data, the key, the exclusions or the config. */
import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';
import { SMALL_ORG } from '../present/released.js';

function copyOfSmallOrg(): string {
  const dir = tempFolder({ 'nodefinder.key': 'ab'.repeat(32) });
  for (const file of ['staff.csv', 'teams.csv', 'interactions.csv']) copyFileSync(join(SMALL_ORG, file), join(dir, file));
  return dir;
}

describe('an output that is an input', () => {
  it('is refused with exit 2 and the file left as it was: a data file, the key, through a link, in either folder of compare', () => {
    const dir = copyOfSmallOrg();
    const staff = readFileSync(join(dir, 'staff.csv'), 'utf8');
    const key = readFileSync(join(dir, 'nodefinder.key'), 'utf8');
    symlinkSync(join(dir, 'staff.csv'), join(dir, 'staff-link.csv'));
    const cases: [string[], string][] = [
      [['export', dir, '--out', join(dir, 'staff.csv')], `--out: "${join(dir, 'staff.csv')}" is a file this command reads`],
      [['export', dir, '--out', join(dir, 'nodefinder.key'), '--format', 'json', '--pseudonymise', '--key-file', join(dir, 'nodefinder.key')], 'is a file this command reads'],
      [['analyse', dir, '--format', 'json', '--output', join(dir, 'staff-link.csv')], `is "${join(dir, 'staff.csv')}", a file this command reads`],
      [['report', dir, '--out', join(dir, 'teams.csv'), '--format', 'markdown'], 'is a file this command reads'],
      [['compare', SMALL_ORG, dir, '--format', 'json', '--output', join(dir, 'interactions.csv')], 'is a file this command reads'],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain('write the output to another file');
    }
    expect(readFileSync(join(dir, 'staff.csv'), 'utf8')).toBe(staff);
    expect(readFileSync(join(dir, 'nodefinder.key'), 'utf8')).toBe(key);
    expect(readFileSync(join(dir, 'interactions.csv'), 'utf8')).toBe(readFileSync(join(SMALL_ORG, 'interactions.csv'), 'utf8'));
  });

  it('leaves a path that cannot be an input (a file used as a folder) to the load to report', () => {
    const dir = copyOfSmallOrg();
    const result = runCli(['analyse', dir, '--staff', join(dir, 'staff.csv', 'x'), '--format', 'json', '--output', join(dir, 'out.json')]);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('[FILE_UNREADABLE]');
  });

  it('leaves other files to be written, an existing output included', () => {
    const dir = copyOfSmallOrg();
    writeFileSync(join(dir, 'analysis.json'), 'old');
    const result = runCli(['analyse', dir, '--format', 'json', '--output', join(dir, 'analysis.json'), '-q']);
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')).summary.people).toBe(14);
  });
});
