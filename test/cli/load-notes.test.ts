/** Warnings and skipped rows reach stderr whatever the output format, so a pipeline sees them. */
import { copyFileSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotesHeadline, loadsNotesHeadline } from '../../src/cli/load-notes.js';
import { loadNotes } from '../../src/load/load-notes.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';
import { SMALL_ORG } from '../present/released.js';

/** small-org with one row naming someone not on the staff, and one outside every --channel given. */
function folderWithProblems(): string {
  const dir = tempFolder({});
  for (const file of ['staff.csv', 'teams.csv']) copyFileSync(join(SMALL_ORG, file), join(dir, file));
  const interactions = readFileSync(join(SMALL_ORG, 'interactions.csv'), 'utf8');
  writeFileSync(join(dir, 'interactions.csv'), `${interactions}P01,NOBODY,2026-03-02T09:00:00Z,email\n`);
  return dir;
}

describe('load notes on stderr', () => {
  it('name the warnings and the rows skipped for what they held, not those the filters left out, once each', () => {
    const dir = folderWithProblems();
    for (const args of [['analyse', dir, '--format', 'csv'], ['suggest', dir, '--format', 'json'], ['report', dir, '--out', join(dir, 'r.md')]]) {
      const result = runCli([...args, '--channel', 'email', '--channel', 'fax']);
      expect(result.status).toBe(0);
      expect(result.stderr.split('\n').filter(Boolean)).toEqual([
        'nodefinder: warning: --channel "fax" matched no interaction; the file has "email", "meeting", "chat" (channel names are matched exactly, case included)',
        // Rows of other channels were asked to be left out: not counted here.
        `nodefinder: ${join(dir, 'interactions.csv')}: 1 of 52 rows skipped (1 unknown-person); nodefinder validate lists them`,
      ]);
    }
  });

  it('name the folder, so compare\'s two folders each get theirs', () => {
    const [before, after] = [folderWithProblems(), folderWithProblems()];
    const result = runCli(['compare', before, after, '--format', 'json']);
    expect(result.status).toBe(0);
    for (const dir of [before, after]) expect(result.stderr).toContain(`nodefinder: ${join(dir, 'interactions.csv')}: 1 of 52 rows skipped (1 unknown-person)`);
  });

  it('show a folder\'s escape codes and line breaks harmlessly', () => {
    const dir = join(folderWithProblems(), 'esc\u001b]0;PWNED\u0007\nforged');
    mkdirSync(dir);
    for (const file of ['staff.csv', 'teams.csv', 'interactions.csv']) copyFileSync(join(dir, '..', file), join(dir, file));
    const result = runCli(['analyse', dir, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`/esc\u241b]0;PWNED\u2407 forged/interactions.csv: 1 of 52 rows skipped (1 unknown-person)`);
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('are left out with --quiet, and absent when nothing was skipped', () => {
    expect(runCli(['analyse', folderWithProblems(), '--format', 'json', '--quiet']).stderr).toBe('');
    expect(runCli(['analyse', SMALL_ORG, '--format', 'json']).stderr).toBe('');
  });

  it('cannot be both left out and told at length: --quiet with --verbose is a usage error', () => {
    const result = runCli(['-q', 'analyse', SMALL_ORG, '--format', 'json', '-v']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('nodefinder: --quiet and --verbose ask for opposite things — give one of them\n');
  });
});

describe('the headline of the load notes, for the dashboard', () => {
  it('says how much of each file was skipped, and for what when for one reason, and counts the warnings', async () => {
    const { report } = await loadOrganisation({ dir: folderWithProblems(), channels: ['email', 'fax'] });
    expect(loadNotesHeadline(report, loadNotes(report))).toBe('1 of 52 interaction rows skipped (unknown-person), 1 load warning');
  });

  it('leaves out the reasons when there are several, and names each file', async () => {
    const dir = folderWithProblems();
    writeFileSync(join(dir, 'interactions.csv'), `${readFileSync(join(dir, 'interactions.csv'), 'utf8')}P01,P01,2026-03-02T09:00:00Z,email\n`);
    writeFileSync(join(dir, 'staff.csv'), `${readFileSync(join(dir, 'staff.csv'), 'utf8')},Nobody,T1\n`);
    const { report } = await loadOrganisation({ dir });
    expect(loadNotesHeadline(report, loadNotes(report))).toBe('1 of 15 staff rows skipped (malformed), 2 of 53 interaction rows skipped');
  });

  it('is null without notes, and counts notes it cannot describe', async () => {
    const { report } = await loadOrganisation({ dir: SMALL_ORG });
    expect(loadNotes(report)).toEqual([]);
    expect(loadNotesHeadline(report, [])).toBeNull();
    expect(loadNotesHeadline(report, ['exclude.csv: 1 of 2 excluded pairs skipped'])).toBe('1 load note');
  });
});

describe('the headline of compare\'s two loads', () => {
  it('is said once when both loads say the same, each after its label when they differ, and null when neither says anything', async () => {
    const { report: messy } = await loadOrganisation({ dir: folderWithProblems() });
    const { report: clean } = await loadOrganisation({ dir: SMALL_ORG });
    const load = (label: string, report: typeof messy) => ({ label, report, notes: loadNotes(report) });
    expect(loadsNotesHeadline([load('2025', messy), load('2026', messy)])).toBe('1 of 52 interaction rows skipped (unknown-person)');
    expect(loadsNotesHeadline([load('2025', clean), load('2026', messy)])).toBe('2026: 1 of 52 interaction rows skipped (unknown-person)');
    expect(loadsNotesHeadline([load('2025', clean), load('2026', clean)])).toBeNull();
  });
});
