/** Data folders: a file given for one is refused, and a folder without the data says where it looked and what to give instead. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const SAMPLE = join('fixtures', 'sample');
const STAFF = join(SAMPLE, 'staff.csv');

describe('a file given where a data folder is expected', () => {
  it('is a usage error naming the folder to give, and the flags that take files', () => {
    for (const command of ['analyse', 'validate', 'suggest']) {
      const result = runCli([command, STAFF]);
      expect(result.status, command).toBe(2);
      expect(result.stderr).toBe(`nodefinder: "${STAFF}" is a file, but ${command} takes the folder that holds staff.csv, teams.csv and interactions.csv ` +
        `— give the folder (${SAMPLE}), or name the files with --staff, --teams and --interactions\n`);
    }
  });

  it('names only the folder for compare, which cannot take --staff for two folders', () => {
    const result = runCli(['compare', SAMPLE, STAFF]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`nodefinder: "${STAFF}" is a file, but compare takes the folder that holds staff.csv, teams.csv and interactions.csv — give the folder (${SAMPLE})\n`);
  });
});

describe('more arguments than folders', () => {
  it('is a usage error that, when they are files (analyse exports/*.csv), names the folder to give', () => {
    const files = ['staff.csv', 'teams.csv', 'interactions.csv'].map((name) => join(SAMPLE, name));
    const result = runCli(['analyse', ...files]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`nodefinder: 3 arguments, files among them ("${files[0]}"), but analyse takes the folder that holds staff.csv, teams.csv and interactions.csv ` +
      `— give the folder (${SAMPLE}), or name the files with --staff, --teams and --interactions\n`);
  });

  it('is a usage error saying how many folders the command takes, when they are not files', () => {
    expect(runCli(['validate', SAMPLE, SAMPLE])).toMatchObject({ status: 2, stderr: 'nodefinder: too many arguments for validate: it takes one folder, and was given 2 — run with --help for usage\n' });
    expect(runCli(['compare', SAMPLE, SAMPLE, SAMPLE]).stderr).toBe('nodefinder: too many arguments for compare: it takes at most 2 folders, and was given 3 — run with --help for usage\n');
  });
});

describe('no data folder given, in a folder without the data', () => {
  it('says where staff.csv was looked for, and how to give the folder or make demo data', () => {
    // The same words under every command that loads data: none is named, as the loader does not know which ran.
    for (const command of [['analyse'], ['validate'], ['suggest'], ['compare', '.', tempFolder({})]]) {
      const result = runCli(command, {}, tempFolder({}));
      expect(result.status, command[0]).toBe(3);
      expect(result.stderr, command[0]).toBe('nodefinder: staff.csv: file not found: looked for staff.csv in the current folder — give the folder that holds the data as DIR, ' +
        'or name the file with --staff; to try nodefinder without data, `nodefinder sample --out demo` writes a demo organisation [FILE_NOT_FOUND]\n');
    }
  });

  it('says to check the path given with the flag that named a file', () => {
    const result = runCli(['validate', '.', '--staff', 'metadata.dat', '--interactions', 'tij.dat'], {}, tempFolder({}));
    expect(result.status).toBe(3);
    expect(result.stderr).toBe('nodefinder: metadata.dat: file not found — check the path given with --staff [FILE_NOT_FOUND]\n');
  });
});
