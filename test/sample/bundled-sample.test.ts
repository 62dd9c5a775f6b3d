/** fixtures/sample is exactly what `nodefinder sample --staff 300 --seed 1` writes. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const BUNDLED = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');

describe('the bundled sample organisation', () => {
  it('is reproduced byte for byte by the sample command', () => {
    const out = mkdtempSync(join(tmpdir(), 'nodefinder-sample-'));
    const result = runCli(['sample', '--staff', '300', '--seed', '1', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`wrote 300 people in 4 departments to ${out} (seed 1); planted 3 connectors, 3 brokers, 1 silo team, 2 isolates\n`);
    for (const file of ['staff.csv', 'teams.csv', 'interactions.csv', 'truth.json']) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(BUNDLED, file), 'utf8'));
    }
  });
  it('counts in the singular and plural', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nodefinder-sample-')), 'org');
    const result = runCli(['sample', '--staff', '10', '--out', out]);
    expect(result.stdout).toBe(`wrote 10 people in 1 department to ${out} (seed 1); planted 0 connectors, 0 brokers, 0 silo teams, 0 isolates\n`);
  });

  it('names a folder holding escape codes as visible text, so it cannot retitle the terminal', () => {
    const parent = mkdtempSync(join(tmpdir(), 'nodefinder-sample-'));
    const result = runCli(['sample', '--staff', '10', '--out', join(parent, 'a\x1b]0;PWNED\x07b')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(` to ${parent}/a\u241b]0;PWNED\u2407b (seed 1)`);
    expect(result.stdout).not.toMatch(/[\x07\x1b]/);
  });

  it('says in its help that --out is required, and which sizes --staff takes', () => {
    const help = runCli(['sample', '--help']).stdout;
    expect(help).toMatch(/--out <dir> +required: the folder to write/);
    expect(help).toMatch(/--staff <n> +number of people, 10 to 1,000,000 \(default: 1000\)/);
  });

  it('refuses to write over any file it would write, and writes nothing', () => {
    for (const name of ['staff.csv', 'teams.csv', 'interactions.csv', 'truth.json']) {
      const out = mkdtempSync(join(tmpdir(), 'nodefinder-sample-'));
      writeFileSync(join(out, name), 'real data\n');
      const result = runCli(['sample', '--staff', '10', '--out', out]);
      expect(result.status, name).toBe(2);
      expect(result.stderr).toBe(`nodefinder: --out: "${out}" already holds ${name}, which sample would write over — choose another folder, or delete those files first\n`);
      expect(readdirSync(out)).toEqual([name]);
      expect(readFileSync(join(out, name), 'utf8')).toBe('real data\n');
    }
  });

  it('rejects bad options as usage errors', () => {
    expect(runCli(['sample', '--out', ''])).toMatchObject({ status: 2, stderr: 'nodefinder: --out: the folder name is empty — name the folder to write, such as --out demo\n' });
    const file = join(mkdtempSync(join(tmpdir(), 'nodefinder-sample-')), 'afile');
    writeFileSync(file, 'x');
    expect(runCli(['sample', '--out', file])).toMatchObject({ status: 2, stderr: `nodefinder: --out: "${file}" is a file; sample writes a folder — name a new or existing folder\n` });
    expect(runCli(['sample', '--staff', '5', '--out', tmpdir()]).status).toBe(2);
    expect(runCli(['sample', '--staff', 'many', '--out', tmpdir()]).status).toBe(2);
    const tooMany = runCli(['sample', '--staff', '2000000', '--out', tmpdir()]);
    expect(tooMany.status).toBe(2);
    expect(tooMany.stderr).toContain('--staff: 2000000 is more than 1,000,000');
    const tooManyRows = runCli(['sample', '--staff', '1000000', '--events-per-person', '200', '--out', tmpdir()]);
    expect(tooManyRows.status).toBe(2);
    expect(tooManyRows.stderr).toContain('--staff 1000000 × --events-per-person 200 would write more than 100,000,000 interaction rows');
    expect(runCli(['sample', '--staff', '300'])).toMatchObject({ status: 2, stderr: 'nodefinder: --out: no folder to write was given — name it with --out DIR, such as --out demo\n' });
  });

  it('takes -o for --out, and says a mistyped --out is unknown rather than that --out is missing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nodefinder-sample-')), 'org');
    expect(runCli(['sample', '--staff', '10', '-o', out]).status).toBe(0);
    expect(readFileSync(join(out, 'staff.csv'), 'utf8')).toMatch(/^id,/);
    for (const typed of ['--outt', '--output']) {
      const result = runCli(['sample', typed, join(tmpdir(), 'demo2')]);
      expect(result.status, typed).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^nodefinder: unknown option '${typed}'\n\\(Did you mean --out\\?\\)\n`));
    }
  });
});
