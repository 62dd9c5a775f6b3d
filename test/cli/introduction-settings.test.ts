/**
 * One plan everywhere: --exclude, --max-per-person and --limit, on the command line or in the
 * config file, give the same introductions in analyse, report, export and suggest, and the
 * analysis records them with how many the limit left out.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSample } from '../../src/sample/index.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');

/** small-org with `done.csv` (P08 and P12, the plan's first pair, already introduced) and the config given. */
function folder(config: object | null): string {
  const dir = tempFolder({ 'done.csv': 'P08,P12\n', ...(config && { 'nodefinder.config.json': JSON.stringify(config) }) });
  for (const file of ['staff.csv', 'teams.csv', 'interactions.csv']) copyFileSync(join(FIXTURE, file), join(dir, file));
  return dir;
}

const pairs = (introductions: { from: string; to: string }[]) => introductions.map((item) => `${item.from}>${item.to}`);

describe('the introductions settings', () => {
  it('apply alike to analyse, export, report and suggest from the config file', () => {
    const dir = folder({ exclude: 'done.csv', maxPerPerson: 1, limit: 2 });
    const suggest = JSON.parse(runCli(['suggest', dir, '--format', 'json']).stdout);
    // Without P08–P12 and with no one in two introductions, the plan holds three; two are listed.
    expect(pairs(suggest)).toEqual(['P12>P09', 'P11>P03']);
    const analysis = JSON.parse(runCli(['analyse', dir, '--format', 'json']).stdout);
    expect(analysis.introductions).toEqual(suggest);
    expect(analysis.options.introductions).toEqual({ minGroupSize: 5, limit: 2, maxPerPerson: 1, excludedPairs: 1, beforeLimit: 3 });
    const exported = join(dir, 'analysis.json');
    expect(runCli(['export', dir, '--out', exported]).status).toBe(0);
    expect(JSON.parse(readFileSync(exported, 'utf8')).introductions).toEqual(suggest);
    const report = join(dir, 'report.md');
    expect(runCli(['report', dir, '--out', report]).status).toBe(0);
    const markdown = readFileSync(report, 'utf8');
    expect(markdown).toContain('The plan holds 3 introductions; the best 2 are listed, best first ' +
      '(nodefinder suggest DIR --limit 3 --format csv --output introductions.csv, with the other flags this was made with, writes them all): 1 warm (someone knows both) and 1 cold.');
    expect(markdown).toContain('the best 2 of 3 introductions suggested.');
    expect(markdown).toContain('| Introductions listed (the best of 3) | 2 |');
    // P12 (Lea Öberg) and P08 (Hal Evans) were introduced already.
    expect(markdown).toContain('Lea Öberg');
    expect(markdown).not.toMatch(/Lea Öberg \([^)]*\) \| Hal Evans/);
    expect(runCli(['analyse', dir, '--format', 'text']).stdout).toContain('Introductions: who should meet whom, and who can introduce them (2 of 3 shown; --limit 3 for all)\n');
    expect(runCli(['suggest', dir]).stdout).toContain('\n2 of 3 shown; --limit 3 for all.\n');
  });

  it('past what a report lists, are written to a file by the command analyse\'s text names, on the folder given', async () => {
    const dir = tempFolder({});
    await writeSample(dir, { staff: 1000, seed: 1 });
    const text = runCli(['analyse', dir, '--format', 'text']).stdout;
    const planned = Number(/\(10 of [\d,]+ shown; --format json for the best 50, --limit (\d+) for all;/.exec(text)?.[1]);
    expect(planned).toBeGreaterThan(200);
    expect(text).toContain(`in a file, nodefinder suggest ${dir} --limit ${planned} --format csv --output introductions.csv, with the other flags this was made with)\n`);
  });

  it('are flags of analyse, export and report as of suggest, and the command line wins over the file', () => {
    const dir = folder(null);
    const flags = ['--exclude', join(dir, 'done.csv'), '--max-per-person', '1', '--limit', '2'];
    const suggest = JSON.parse(runCli(['suggest', dir, '--format', 'json', ...flags]).stdout);
    expect(pairs(suggest)).toEqual(['P12>P09', 'P11>P03']);
    expect(JSON.parse(runCli(['analyse', dir, '--format', 'json', ...flags]).stdout).introductions).toEqual(suggest);
    const exported = join(dir, 'analysis.json');
    expect(runCli(['export', dir, '--out', exported, ...flags]).status).toBe(0);
    expect(JSON.parse(readFileSync(exported, 'utf8')).introductions).toEqual(suggest);
    const report = join(dir, 'report.md');
    expect(runCli(['report', dir, '--out', report, ...flags]).status).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('The plan holds 3 introductions; the best 2 are listed');
    // Without them, the plan's first pair is P12 and P08, every introduction listed.
    const plain = JSON.parse(runCli(['analyse', dir, '--format', 'json']).stdout);
    expect(pairs(plain.introductions)[0]).toBe('P12>P08');
    expect(plain.options.introductions).toEqual({ minGroupSize: 5, limit: 50, maxPerPerson: 3, excludedPairs: 0, beforeLimit: 8 });
    const configured = folder({ limit: 2 });
    expect(JSON.parse(runCli(['analyse', configured, '--format', 'json', '--limit', '3']).stdout).introductions).toHaveLength(3);
  });

  it('are checked by every command', () => {
    for (const command of [['analyse', '--format', 'json'], ['report', '--out', 'r.md'], ['export', '--out', 'a.json'], ['suggest']]) {
      const zero = runCli([command[0], FIXTURE, ...command.slice(1), '--limit', '0']);
      expect(zero.status).toBe(2);
      expect(zero.stderr).toContain('--limit: "0" is not a whole number of at least 1');
      const missing = runCli([command[0], FIXTURE, ...command.slice(1), '--exclude', join(tempFolder({}), 'nope.csv')]);
      expect(missing.status).toBe(3);
      expect(missing.stderr).toContain('check the path given with --exclude [FILE_NOT_FOUND]');
    }
  });
});
