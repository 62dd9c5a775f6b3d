/** `nodefinder compare` as a user runs it: formats, privacy, determinism and usage errors. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { compare, type ComparedPeriod } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/compare/comparison.js';
import { coveredPart, likeForLike, parsePeriodRange, type PeriodRange } from '../../src/compare/periods.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { writeSample } from '../../src/sample/index.js';
import { runCli } from '../helpers/run-cli.js';
import { comparePeriods } from './run-compare.js';
import { AFTER, BEFORE, writeTinyOrganisation } from './tiny-org.js';

const HOSTILE_PERSON = '<script>alert("g1")</script> | *G* =SUM(A1)';
const HOSTILE_TEAM = 'Housing & <b>Homes</b> | _H_\nNext';
const dir = writeTinyOrganisation({ names: { g1: HOSTILE_PERSON }, teamNames: { H: HOSTILE_TEAM } });
const periods = ['compare', dir, '--before', BEFORE, '--after', AFTER];

describe('nodefinder compare', () => {
  const json = runCli([...periods, '--format', 'json']);
  const comparison = JSON.parse(json.stdout) as Comparison;

  it('writes the Comparison as JSON, figures from the released analysis', () => {
    expect(json.status).toBe(0);
    expect(comparison.schemaVersion).toBe(7);
    expect(comparison.mode).toBe('periods');
    expect(comparison.teams.becameSilos.items.map((t) => t.id)).toEqual(['A', 'C']);
    expect(comparison.pairs.broken.items.map((p) => p.teams.map((t) => t.id))).toEqual([['A', 'B'], ['C', 'E']]);
    expect(comparison.privacy).toEqual({ minGroupSize: 5, teamsSuppressed: 1, pairsSuppressed: 1, repairsSuppressed: 0, pseudonymised: false });
    // s1 is in the small team S: named, but with no team, as in every released output.
    expect(comparison.people.newSinglePointsOfFailure.items.find((p) => p.id === 's1')).toMatchObject({ team: null });
  });

  it('gives byte-identical output on every run', () => {
    expect(runCli([...periods, '--format', 'json']).stdout).toBe(json.stdout);
    const html = runCli([...periods, '--format', 'html']).stdout;
    expect(runCli([...periods, '--format', 'html']).stdout).toBe(html);
  });

  it('prints text with every section and the privacy line', () => {
    const result = runCli(periods);
    expect(result.status).toBe(0);
    const text = result.stdout;
    for (const heading of ['Organisation', 'Teams: largest changes in E-I index', 'Teams that became silos', 'Team pairs that lost all their ties', 'People: role changes', 'New single points of failure', 'Introductions that would repair the largest losses', 'Privacy']) {
      expect(text).toContain(`\n${heading}`);
    }
    expect(text).toMatch(/\n {2}Accounts {2}Buildings +2 +0 +1 {2}beyond normal variation\n/);
    expect(text).toContain('Minimum group size 5: 1 team was smaller in at least one period and has no team figures here; 1 changed team pair involving them is left out.');
    expect(text).not.toContain('Scrutiny');
    expect(text).toContain('\nOptions\n  Seed 1; betweenness exact; unweighted path measures on the undirected network; lists of at most 10.\n');
    // The seed asked for is the one recorded, in every format.
    for (const format of ['markdown', 'html']) expect(runCli([...periods, '--seed', '7', '--format', format]).stdout).toContain('Seed 7; betweenness exact');
    // A sample is named with its size and each period's largest standard error, as an analysis names them.
    expect(runCli([...periods, '--betweenness', 'sampled', '--samples', '5']).stdout)
      .toContain('\n  Seed 1; betweenness sampled from 5 sources spread over teams (seed 1), largest standard error 0.0916 before and 0.0255 after; unweighted');
  });

  it('writes Markdown with every name escaped', () => {
    const markdown = runCli([...periods, '--format', 'markdown']).stdout;
    expect(markdown.startsWith('# What changed: 2026\\-01')).toBe(false); // dates are not list markers
    expect(markdown.startsWith('# What changed: 2026-01-01..2026-01-31 (before) and 2026-02-01..2026-02-28 (after)\n')).toBe(true);
    expect(markdown).toContain('| Accounts | Buildings | 2 | 0 | 1 | **beyond normal variation** |');
    expect(markdown).toContain('Housing \\& \\<b\\>Homes\\</b\\> \\| \\_H\\_ Next');
    expect(markdown).toContain('\\<script\\>alert("g1")\\</script\\> \\| \\*G\\* =SUM(A1)');
    expect(markdown).not.toMatch(/(?<!\\)</);
    // A reader who was not at the analysis gets the measures in plain words.
    expect(markdown).toContain('## What the measures mean\n\nE-I index: (ties leaving the team − ties inside it) ÷ all its ties;');
    expect(markdown).toContain('Normal variation: the largest difference between the windows of the before period (at least the change one tie, or one team, makes). A change beyond it is larger than the before period varied within itself;');
    // Every table row has as many cells as its header: no name broke a row.
    for (const block of markdown.split('\n\n').filter((part) => part.startsWith('|'))) {
      const rows = block.split('\n');
      const cells = (row: string) => row.split(/(?<!\\)\|/).length;
      for (const row of rows) expect(cells(row), row).toBe(cells(rows[0]));
    }
  });

  it('writes a self-contained HTML page with every name escaped', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nodefinder-compare-')), 'changes.html');
    const result = runCli([...periods, '--format', 'html', '--output', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('&lt;script&gt;alert(&quot;g1&quot;)&lt;/script&gt; | *G* =SUM(A1)');
    expect(html).toContain('Housing &amp; &lt;b&gt;Homes&lt;/b&gt; | _H_');
    expect(html).not.toMatch(/<script|<b>|src=|href=|url\(/);
    expect(html).toContain('<td class="loss nowrap">beyond normal variation</td>');
  });

  it('names two folders of one name by as much of their paths as tells them apart', () => {
    const root = mkdtempSync(join(tmpdir(), 'nodefinder-years-'));
    for (const year of ['2025', '2026']) cpSync(writeTinyOrganisation(), join(root, year, 'data'), { recursive: true });
    const result = runCli(['compare', join(root, '2025', 'data'), join(root, '2026', 'data'), '--format', 'json']);
    expect(result.status).toBe(0);
    const { before, after } = JSON.parse(result.stdout) as Comparison;
    expect([before.label, after.label]).toEqual(['2025/data', '2026/data']);
  });

  it('labels a folder whose name holds escape codes with their visible stand-ins, in text and HTML', () => {
    const root = mkdtempSync(join(tmpdir(), 'nodefinder-escape-'));
    cpSync(writeTinyOrganisation({ days: ['2026-01-05', '2026-01-15', '2026-01-25'] }), join(root, 'escA\u001b]0;PWNED\u0007\u001b[2J'), { recursive: true });
    cpSync(writeTinyOrganisation({ days: ['2026-02-10'] }), join(root, 'after'), { recursive: true });
    const args = ['compare', join(root, 'escA\u001b]0;PWNED\u0007\u001b[2J'), join(root, 'after')];
    const text = runCli([...args, '--format', 'text']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('What changed: escA\u241b]0;PWNED\u2407\u241b[2J (before) and after (after)');
    const html = runCli([...args, '--format', 'html']).stdout;
    expect(html).toContain('<td>escA\u241b]0;PWNED\u2407\u241b[2J</td>');
    expect(text.stdout + html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('refuses one folder named twice (every change would be 0), unless two periods of it are given', () => {
    const folder = writeTinyOrganisation();
    const result = runCli(['compare', folder, `${folder}/`, '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`compare ${folder} ${folder}/: both name the same folder — name the before and after folders, or compare two periods of one folder with --before START..END --after START..END`);
    expect(result.stdout).toBe('');
  });

  it('compares two folders, matching people by id', () => {
    const before = writeTinyOrganisation({ days: ['2026-01-05', '2026-01-15', '2026-01-25'] });
    const after = writeTinyOrganisation({ days: ['2026-02-10'], without: ['a5'], extraStaff: [['a6', 'A']], extraInteractions: [['a6', 'a1', '2026-02-02'], ['a6', 'a4', '2026-02-27']] });
    const result = runCli(['compare', before, after, '--format', 'json']);
    expect(result.status).toBe(0);
    const folders = JSON.parse(result.stdout) as Comparison;
    expect(folders.mode).toBe('folders');
    // Named by the last component of their paths, which tells them apart (a whole path can name a person).
    expect(folders.before.label).toBe(basename(before));
    expect(folders.after.label).toBe(basename(after));
    expect(folders.people.joined.items.map((p) => p.id)).toEqual(['a6']);
    expect(folders.people.left.items.map((p) => p.id)).toEqual(['a5']);
    const text = runCli(['compare', before, after]).stdout;
    expect(text).toContain('\nPeople who joined\n');
    expect(text).toContain('\nPeople who left\n');
  });

  it('cuts two folders into windows of whole days, labelled by their dates as periods are', () => {
    // Interactions at 10:00 from 5 to 25 January: 21 days, in thirds of 7.
    const days = ['2026-01-05', '2026-01-15', '2026-01-25'];
    const [before, after] = [writeTinyOrganisation({ days }), writeTinyOrganisation({ days, without: ['a5'] })];
    const folders = JSON.parse(runCli(['compare', before, after, '--format', 'json']).stdout) as Comparison;
    const windows = [['2026-01-05', '2026-01-11'], ['2026-01-12', '2026-01-18'], ['2026-01-19', '2026-01-25']];
    expect(folders.noise.windows).toEqual(windows.map(([start, end]) => ({ start, end })));
    expect(runCli(['compare', before, after]).stdout).toContain('\n       1  2026-01-05  2026-01-11\n       2  2026-01-12  2026-01-18\n');
    expect(runCli(['compare', before, after, '--format', 'markdown']).stdout).toContain('| 1 | 2026-01-05 | 2026-01-11 |');
    const html = runCli(['compare', before, after, '--format', 'html']).stdout;
    expect(html).toContain('2026-01-19');
    expect(html).not.toMatch(/2026-01-\d\dT/);
  });

  it('calls summed weights strength, not interactions, and notes periods whose strengths are of different kinds', () => {
    // Minutes per interaction: a weight column, so the ties' strengths count no interactions.
    const weighted = writeTinyOrganisation();
    const file = join(weighted, 'interactions.csv');
    const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, `${header},weight\n${rows.map((row) => `${row},30`).join('\n')}\n`);
    const json = JSON.parse(runCli(['compare', weighted, '--before', BEFORE, '--after', AFTER, '--format', 'json']).stdout) as Comparison;
    expect([json.before.summedWeights, json.after.summedWeights]).toEqual([true, true]);
    expect(json.before.interactions).toBe(30 * comparison.before.interactions);
    const text = runCli(['compare', weighted, '--before', BEFORE, '--after', AFTER]).stdout;
    expect(text).toMatch(/\n +period +people +teams +ties +strength +first interaction/);
    expect(text).toMatch(/\n {2}strength +\d/);
    expect(text).not.toMatch(/\binteractions\b +\d/);
    expect(comparison.before.summedWeights).toBe(false);
    expect(runCli(periods).stdout).toMatch(/\n {2}interactions +\d/);

    // Counts before, weights after: the note says the strengths compare different things.
    const counts = writeTinyOrganisation({ days: ['2026-01-05', '2026-01-15', '2026-01-25'] });
    const mixed = runCli(['compare', counts, weighted]);
    expect(mixed.status).toBe(0);
    expect(mixed.stdout).toContain("The after data's tie strengths are summed weights and the before data's are counts of interactions");
  });

  it('names people by pseudonym with --pseudonymise', () => {
    const key = join(mkdtempSync(join(tmpdir(), 'nodefinder-key-')), 'key');
    writeFileSync(key, '0123456789abcdef0123456789abcdef\n');
    const result = runCli([...periods, '--format', 'json', '--pseudonymise', '--key-file', key]);
    expect(result.status).toBe(0);
    const hidden = JSON.parse(result.stdout) as Comparison;
    expect(hidden.privacy.pseudonymised).toBe(true);
    const people = [...hidden.people.roleChanges.items, ...hidden.people.crossTeamLosses.items];
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) expect(person.id).toMatch(/^p-[0-9a-f]{16}$/);
    expect(result.stdout).not.toContain('Person a1');
    expect(result.stdout).not.toContain('alert');
  });

  it('suppresses every team below --min-group-size', () => {
    const strict = JSON.parse(runCli([...periods, '--format', 'json', '--min-group-size', '6']).stdout) as Comparison;
    expect(strict.teams.compared).toBe(0);
    expect(strict.privacy.teamsSuppressed).toBe(8);
    expect(strict.pairs.broken.total + strict.pairs.newlyLinked.total).toBe(0);
  });

  it('has help with examples', () => {
    const result = runCli(['compare', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Examples:\n  nodefinder compare fixtures/sample --before 2026-01-05..2026-03-31 --after 2026-04-01..2026-06-26');
  });

  it.each([
    ['no periods', ['compare', dir]],
    ['one period', ['compare', dir, '--before', BEFORE]],
    ['a malformed period', ['compare', dir, '--before', '2026-01-01/2026-01-31', '--after', AFTER]],
    ['a period that ends before it starts', ['compare', dir, '--before', '2026-01-31..2026-01-01', '--after', AFTER]],
    ['overlapping periods', ['compare', dir, '--before', BEFORE, '--after', '2026-01-15..2026-02-15']],
    ['periods given the wrong way round', ['compare', dir, '--before', AFTER, '--after', BEFORE]],
    ['--since', [...periods, '--since', '2026-01-01']],
    ['one staff file for two folders', ['compare', dir, dir, '--staff', join(dir, 'staff.csv')]],
    ['--top 0', [...periods, '--top', '0']],
    ['an unknown format', [...periods, '--format', 'pdf']],
  ])('refuses %s with exit 2', (_case, args) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain('    at ');
  });

  it('exits 3 naming a period that has no interactions, instead of comparing with nothing', () => {
    const result = runCli([...periods.slice(0, 4), '--after', '2027-01-01..2027-03-31']);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('the period --after 2027-01-01..2027-03-31 has no interaction that could be used');
  });

  it('names the period, not a filter, when rows of other kinds were skipped too, and the stretch compared when it narrowed it', () => {
    const withUnknown = writeTinyOrganisation();
    writeFileSync(join(withUnknown, 'interactions.csv'), readFileSync(join(withUnknown, 'interactions.csv'), 'utf8') + 'a1,nobody,2026-01-05T10:00:00Z\n');
    const empty = runCli(['compare', withUnknown, '--before', '2025-01-01..2025-01-31', '--after', AFTER]);
    expect(empty.status).toBe(3);
    expect(empty.stderr).toContain('the period --before 2025-01-01..2025-01-31 has no interaction that could be used');
    // 2025-01-01..2025-12-31, 365 days, is compared by its last 28: 2025-12-04..2025-12-31, before the data.
    const narrowed = runCli(['compare', withUnknown, '--before', '2025-01-01..2025-12-31', '--after', AFTER]);
    expect(narrowed.status).toBe(3);
    expect(narrowed.stderr).toContain('the period --before 2025-01-01..2025-12-31, compared by its last stretch as long as the after period (2025-12-04..2025-12-31), has no interaction that could be used');
  });

  it('names the filter, not the period, when a filter left a period with nothing', () => {
    const result = runCli([...periods, '--min-interactions', '1000']);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/in the period --before 2026-01-01\.\.2026-01-31, no interaction was used, so there is no network to analyse \([\d,]+ read; skipped: [\d,]+ outside-window, [\d,]+ below-threshold\)/);
    expect(result.stderr).toContain('run nodefinder validate with the same --channel and --min-interactions to see why');
  });

  it('leaves out, and names, windows of the before period in a gap in the data', () => {
    // 16 days in thirds of 6, 5 and 5 days; from 25 January the next interactions are on 10 February.
    const result = runCli(['compare', dir, '--before', '2026-01-26..2026-02-10', '--after', '2026-02-13..2026-02-28', '--format', 'json']);
    expect(result.status).toBe(0);
    const notes = (JSON.parse(result.stdout) as Comparison).notes;
    expect(notes).toContain('2 windows of the before period had no interaction and were left out of the normal variation: ' +
      '2026-01-26..2026-01-31, 2026-02-01..2026-02-05. Is there a gap in the data? validate gives the period the timestamps cover.');
    expect(notes).toContain('Normal variation was not measured: fewer than two windows of the before period have interactions.');
  });

  it('compares the last stretch of a longer before period, as long as the after period, and judges against its thirds', () => {
    const longer = writeTinyOrganisation({ extraInteractions: [['s1', 's2', '2025-10-01']] });
    const result = runCli(['compare', longer, '--before', '2025-10-01..2026-01-31', '--after', AFTER, '--format', 'json']);
    expect(result.status).toBe(0);
    const comparison = JSON.parse(result.stdout) as Comparison;
    expect(comparison.before.label).toBe('2026-01-04..2026-01-31');
    expect(comparison.noise.windows).toEqual([
      { start: '2026-01-04', end: '2026-01-13' },
      { start: '2026-01-14', end: '2026-01-22' },
      { start: '2026-01-23', end: '2026-01-31' },
    ]);
    expect(comparison.noise.available).toBe(true);
    expect(comparison.notes).toContain('The before period 2025-10-01..2026-01-31 is longer than the after period, so what is compared is its last stretch as long as the after period, ' +
      '2026-01-04..2026-01-31: tie-based figures grow with the time observed, and like must be compared with like.');
  });

  it('measures a period that runs past the data by the days the data covers, then compares like with like', () => {
    // The data runs from 1 January to 28 February 2026.
    const run = (before: string, after: string) => JSON.parse(runCli(['compare', dir, '--before', before, '--after', after, '--format', 'json']).stdout) as Comparison;
    const thirds = [
      { start: '2026-01-01', end: '2026-01-11' },
      { start: '2026-01-12', end: '2026-01-21' },
      { start: '2026-01-22', end: '2026-01-31' },
    ];
    // 59 days typed after, 28 of them with data: as long as the 31 before, so judged.
    const pastEnd = run(BEFORE, '2026-02-01..2026-03-31');
    expect(pastEnd.after.label).toBe('2026-02-01..2026-02-28');
    expect(pastEnd.noise.windows).toEqual(thirds);
    expect(pastEnd.notes).toContain("The after period 2026-02-01..2026-03-31 runs 31 days past the data's last day, 2026-02-28, so it is measured as 2026-02-01..2026-02-28, " +
      'the part the data covers: tie-based figures grow with the time observed, so a period is as long as the days its data covers, not the dates typed.');
    expect(pastEnd.notes.some((note) => note.startsWith('The periods differ in length'))).toBe(false);
    expect(pastEnd.teams.all.find((team) => team.id === 'A')?.eiIndex.variation).toBe('beyond-normal');
    // 62 days typed before, 31 of them with data: compared whole, not by its last 28 days.
    const pastStart = run('2025-12-01..2026-01-31', AFTER);
    expect(pastStart.before.label).toBe(BEFORE);
    expect(pastStart.noise.windows).toEqual(thirds);
    expect(pastStart.notes).toContain("The before period 2025-12-01..2026-01-31 starts 31 days before the data's first day, 2026-01-01, so it is measured as 2026-01-01..2026-01-31, " +
      'the part the data covers: tie-based figures grow with the time observed, so a period is as long as the days its data covers, not the dates typed.');
    // 14 days of the after period have data: the before period is compared by its last 14 days,
    // 18 to 31 January, whose only interactions are the 41 of 25 January.
    const shortAfter = run(BEFORE, '2026-02-15..2026-03-31');
    expect(shortAfter.after.label).toBe('2026-02-15..2026-02-28');
    expect(shortAfter.before).toMatchObject({ label: '2026-01-18..2026-01-31', interactions: 41 });
    expect(shortAfter.notes).toContain('The before period 2026-01-01..2026-01-31 is longer than the after period, so what is compared is its last stretch as long as the after period, ' +
      '2026-01-18..2026-01-31: tie-based figures grow with the time observed, and like must be compared with like.');
  });

  it('measures periods past the data the same way from the library (the README\'s example) as on the command line', async () => {
    const sample = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');
    const [before, after] = ['2026-01-01..2026-03-31', '2026-04-01..2026-06-30'];
    const cli = JSON.parse(runCli(['compare', sample, '--before', before, '--after', after, '--format', 'json']).stdout) as Comparison;
    const library = await comparePeriods(sample, before, after);
    // The sample's data runs from 5 January to 26 June 2026.
    expect(library.noise.windows).toEqual([
      { start: '2026-01-05', end: '2026-02-02' },
      { start: '2026-02-03', end: '2026-03-03' },
      { start: '2026-03-04', end: '2026-03-31' },
    ]);
    expect(cli.noise.windows).toEqual(library.noise.windows);
    const why = 'the part the data covers: tie-based figures grow with the time observed, so a period is as long as the days its data covers, not the dates typed.';
    expect(library.notes).toEqual([
      `The before period 2026-01-01..2026-03-31 starts 4 days before the data's first day, 2026-01-05, so it is measured as 2026-01-05..2026-03-31, ${why}`,
      `The after period 2026-04-01..2026-06-30 runs 4 days past the data's last day, 2026-06-26, so it is measured as 2026-04-01..2026-06-26, ${why}`,
    ]);
    expect(cli.notes).toEqual(library.notes);
    for (const summary of ['before', 'after'] as const) {
      expect([library[summary].start, library[summary].end]).toEqual([cli[summary].start, cli[summary].end]);
    }
    expect([library.before.start, library.after.end]).toEqual(['2026-01-05', '2026-06-26']);
  });

  it('notes a before period that starts before the data and the last stretch of it compared, from the library as on the command line', async () => {
    const sample = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');
    const [before, after] = ['2025-06-01..2026-03-31', '2026-04-01..2026-04-30'];
    const cli = JSON.parse(runCli(['compare', sample, '--before', before, '--after', after, '--format', 'json']).stdout) as Comparison;
    const [b, a] = [parsePeriodRange('--before', before), parsePeriodRange('--after', after)];
    const side = async (range: PeriodRange, measured?: PeriodRange): Promise<ComparedPeriod> => {
      const loaded = measured ?? range;
      const { organisation, report, dataPeriod } = await loadOrganisation({ dir: sample, since: loaded.since, until: loaded.until });
      return { label: `${loaded.start}..${loaded.end}`, range, measured, dataPeriod, organisation, analysis: analyse(organisation, {}, report) };
    };
    const later = await side(a);
    // The sample's data runs from 5 January to 26 June 2026: the before period's 86 days covered, compared by its last 30.
    const stretch = likeForLike(coveredPart(b, later.dataPeriod!), coveredPart(a, later.dataPeriod!));
    expect(`${stretch.start}..${stretch.end}`).toBe('2026-03-02..2026-03-31');
    const library = compare(await side(b, stretch), later, { mode: 'periods' });
    const notes = [
      "The before period 2025-06-01..2026-03-31 starts 218 days before the data's first day, 2026-01-05, so it is measured as 2026-01-05..2026-03-31, " +
        'the part the data covers: tie-based figures grow with the time observed, so a period is as long as the days its data covers, not the dates typed.',
      'The before period 2025-06-01..2026-03-31 is longer than the after period, so what is compared is its last stretch as long as the after period, ' +
        '2026-03-02..2026-03-31: tie-based figures grow with the time observed, and like must be compared with like.',
    ];
    expect(library.notes).toEqual(notes);
    expect(cli.notes).toEqual(notes);
    expect([cli.before.start, cli.before.end]).toEqual(['2026-03-02', '2026-03-31']);
    // A measured stretch that does not end where the covered part ends is refused.
    expect(() => compare(later, { ...later, measured: stretch }, { mode: 'periods' })).toThrow(/the after period's measured stretch 2026-03-02\.\.2026-03-31 must be a last stretch of 2026-04-01\.\.2026-04-30/);
  });

  it('notes rows skipped in one period in every format, so a drop from a missing staff row is not read as real', () => {
    const [before, after] = [writeTinyOrganisation(), writeTinyOrganisation()];
    const staff = readFileSync(join(after, 'staff.csv'), 'utf8').split('\n');
    writeFileSync(join(after, 'staff.csv'), staff.filter((line) => !line.startsWith('a5,')).join('\n'));
    const result = runCli(['compare', before, after, '--format', 'json']);
    expect(result.status).toBe(0);
    // Named by the folder whose files they are about.
    const note = (JSON.parse(result.stdout) as Comparison).notes.find((text) => text.includes('rows skipped'));
    expect(note).toMatch(new RegExp(`^The after folder, ${basename(after)}: interactions\\.csv: \\d+ of \\d+ rows skipped \\(\\d+ unknown-person\\); nodefinder validate lists them$`));
    expect(runCli(['compare', before, after, '--format', 'markdown']).stdout).toContain(note!);
  });

  it('refuses two folders whose config files differ, since one config serves both', () => {
    const [before, after] = [writeTinyOrganisation(), writeTinyOrganisation()];
    writeFileSync(join(after, 'nodefinder.config.json'), '{ "minInteractions": 2 }\n');
    const result = runCli(['compare', before, after, '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`compare reads one config file for both folders, and ${join(after, 'nodefinder.config.json')} is not the first folder's (it has none)`);
    // The same file in both, or one named with --config, is read for both.
    writeFileSync(join(before, 'nodefinder.config.json'), '{ "minInteractions": 2 }\n');
    expect(runCli(['compare', before, after, '--format', 'json']).status).toBe(0);
    expect(runCli(['compare', before, after, '--format', 'json', '--config', join(after, 'nodefinder.config.json')]).status).toBe(0);
  });

  it('exits 3 when a folder has no staff file', () => {
    const result = runCli(['compare', join(dir, 'missing'), '--before', BEFORE, '--after', AFTER]);
    expect(result.status).toBe(3);
  });
});

describe('nodefinder compare and the network', () => {
  it.each(['text', 'json', 'markdown', 'html'])('writes %s with every network call denied', (format) => {
    const deny = { NODE_OPTIONS: `--import ${join(import.meta.dirname, '..', 'privacy', 'deny-network.mjs')}` };
    const result = runCli([...periods, '--format', format], deny);
    expect(result.stderr).not.toContain('NETWORK ATTEMPT');
    expect(result.status).toBe(0);
  });
});

describe('nodefinder compare on a sample with a second period', () => {
  it('reports the planted changes through the command line', async () => {
    const sample = mkdtempSync(join(tmpdir(), 'nodefinder-compare-'));
    const truth = (await writeSample(sample, { staff: 300, seed: 1, secondPeriod: true })).secondPeriod!;
    const result = runCli(['compare', sample, '--before', `${truth.before.start}..${truth.before.end}`, '--after', `${truth.after.start}..${truth.after.end}`, '--format', 'json']);
    expect(result.status).toBe(0);
    const comparison = JSON.parse(result.stdout) as Comparison;
    expect(comparison.teams.becameSilos.items.map((t) => t.id)).toContain(truth.cutOffTeam);
    expect(comparison.people.stoppedInteracting.items.map((p) => p.id)).toEqual([truth.leavingBroker]);
    expect(comparison.people.betweennessFalls.items[0].id).toBe(truth.leavingBroker);
    expect(comparison.teams.all.find((t) => t.id === truth.controlTeam)!.eiIndex.variation).toBe('within-normal');
    // 173 days before and after: thirds of 58, 58 and 57 days.
    expect(comparison.noise.windows).toEqual([
      { start: '2026-01-05', end: '2026-03-03' },
      { start: '2026-03-04', end: '2026-04-30' },
      { start: '2026-05-01', end: '2026-06-26' },
    ]);
  });
});
