/** A data folder argument that names a file is refused as a usage error that says what to give instead. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

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
