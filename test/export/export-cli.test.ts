/** `nodefinder export` as a user runs it: formats by extension, CSV tables safe for spreadsheets, byte-identical reruns, clear refusals. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGexf } from '../../src/present/gexf.js';
import { formatGraphml } from '../../src/present/graphml.js';
import { formatMarkdown } from '../../src/present/markdown.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';
import { releasedOf } from '../present/released.js';
import { HOSTILE_PEOPLE, HOSTILE_TEAMS, hostileOrganisation } from '../report/hostile-org.js';
import { runCliWithUmask } from '../report/run-in-umask.js';
import { clashingColumnsOrganisation, KEEP_CLASHING } from './clashing-columns-org.js';
import { runPython } from './python.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');
const SMALL_ORG = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');

/** Rows of a CSV file as Python's csv module reads it (an independent reader, as a spreadsheet would). */
const readCsv = (file: string) =>
  runPython<string[][]>('import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8") as f: print(json.dumps(list(csv.reader(f))))', [file]);

describe('nodefinder export', () => {
  it('explains itself with examples', () => {
    const result = runCli(['export', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('nodefinder export fixtures/sample --out network.gexf');
    expect(result.stdout).toContain('--table <table>');
    // Its defaults: the table, and numbers shown as numbers, not quoted text.
    expect(result.stdout).toMatch(/--table <table> +with csv: which table, one row per person, team\s+or suggested introduction \(default: people\)/);
    expect(result.stdout).toMatch(/--samples <k> +source people sampled, spread over teams, when\s+path measures are estimated \(default: 1000\)/);
    expect(result.stdout).toMatch(/--min-group-size <n> [^(]*\(default: 5\)/);
    expect(result.stdout).not.toMatch(/default: "\d+"/);
  });

  it('writes every format the same bytes on every run', () => {
    const out = tempFolder({});
    // The networks of the 300-person sample (the most values to differ), the tables of the small organisation.
    const runs: [string, string, string[]][] = [
      [SAMPLE, 'network.gexf', []],
      [SAMPLE, 'network.graphml', []],
      [SMALL_ORG, 'analysis.json', []],
      [SMALL_ORG, 'people.csv', []],
      [SMALL_ORG, 'teams.csv', ['--table', 'teams']],
      [SMALL_ORG, 'introductions.csv', ['--table', 'introductions']],
    ];
    for (const [dir, name, args] of runs) {
      for (const run of ['a', 'b']) expect(runCli(['export', dir, '--out', join(out, `${run}-${name}`), ...args]).status).toBe(0);
      expect(readFileSync(join(out, `a-${name}`)).equals(readFileSync(join(out, `b-${name}`))), name).toBe(true);
    }
    expect(readFileSync(join(out, 'a-network.gexf'), 'utf8').startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf')).toBe(true);
    expect(readFileSync(join(out, 'a-network.graphml'), 'utf8')).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
    // GraphML's int is 32-bit: seeds run to 4294967295.
    expect(readFileSync(join(out, 'a-network.graphml'), 'utf8')).toContain('<key id="seed" for="graph" attr.name="seed" attr.type="long"/>');
    expect(readFileSync(join(out, 'a-network.gexf'), 'utf8')).toContain('Seed: 1.');
    expect(readFileSync(join(out, 'a-teams.csv'), 'utf8').startsWith('id,name,department,size,')).toBe(true);
  }, 120_000);

  it('streams GEXF and GraphML to the same bytes the library formats', async () => {
    const out = tempFolder({});
    const { released, organisation } = await releasedOf(SMALL_ORG, 5);
    expect(runCli(['export', SMALL_ORG, '--out', join(out, 'network.gexf')]).status).toBe(0);
    expect(runCli(['export', SMALL_ORG, '--out', join(out, 'network.graphml')]).status).toBe(0);
    expect(readFileSync(join(out, 'network.gexf'), 'utf8')).toBe(formatGexf(released, organisation));
    expect(readFileSync(join(out, 'network.graphml'), 'utf8')).toBe(formatGraphml(released, organisation));
  });

  it('records how sampled path measures were estimated, standard error included, as the Markdown report does', async () => {
    const { released, organisation } = await releasedOf(SAMPLE, 5, { betweenness: 'sampled', samples: 50 });
    const between = released.options.betweenness;
    const close = released.options.closeness;
    expect(between.maxStandardError).toBeGreaterThan(0);
    const expected =
      `Betweenness: sampled from 50 sources spread over teams (seed 1), largest standard error ${between.maxStandardError!.toFixed(4)}. ` +
      `Closeness: sampled from 50 sources spread over teams (seed 1), largest standard error ${close.maxStandardError!.toFixed(4)}. ` +
      `Harmonic: sampled from 50 sources spread over teams (seed 1), largest standard error ${released.options.harmonic.maxStandardError!.toFixed(4)}. Seed: 1.`;
    expect(formatGexf(released, organisation)).toContain(expected);
    expect(formatGraphml(released, organisation)).toContain(expected);
    expect(formatMarkdown(released, { organisation })).toContain(`largest standard error ${between.maxStandardError!.toFixed(4)}`);
  });

  it('records every setting of the reports’ Methods in the GEXF and GraphML description: filters, thresholds, privacy', () => {
    const out = tempFolder({});
    const args = [
      '--since', '2026-03-01', '--until', '2026-04-01', '--channel', 'email', '--min-interactions', '2',
      '--thresholds', 'connectorPercentile=98,siloEiIndex=-0.7', '--min-group-size', '2', '--seed', '7',
    ];
    for (const name of ['network.gexf', 'network.graphml', 'report.md']) {
      const result = runCli([name === 'report.md' ? 'report' : 'export', SMALL_ORG, '--out', join(out, name), ...args]);
      expect(result.status, result.stderr).toBe(0);
    }
    const gexf = readFileSync(join(out, 'network.gexf'), 'utf8').match(/<description>(.*)<\/description>/)![1];
    const graphml = readFileSync(join(out, 'network.graphml'), 'utf8').match(/<data key="description">(.*)<\/data>/)![1];
    expect(graphml).toBe(gexf);
    const description = gexf.replaceAll('&apos;', "'");
    expect(description).toMatch(/^nodefinder analysis of 14 people\. Network: undirected/);
    for (const setting of [
      'Seed: 7.', 'Data read with: --since 2026-03-01T00:00:00.000Z; --until 2026-04-01T23:59:59.999Z; --channel email; --min-interactions 2.',
      'Role option connectorPercentile: 98.', 'Silo option siloEiIndex: -0.7.', 'Silo option siloMinSize: 2.', 'Thresholds computed: degree ',
      'Minimum group size: 2.', 'Pseudonymised: no.',
    ]) {
      expect(description, setting).toContain(setting);
    }
    // Every row of the Markdown report's options table, in the same words.
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    const table = markdown.slice(markdown.indexOf('| Setting | Value |')).split('\n\n')[0].split('\n').slice(2);
    expect(table.length).toBeGreaterThan(15);
    for (const row of table) {
      const [setting, value] = row.slice(2, -2).split(' | ');
      expect(description, row).toContain(`${setting}: ${value}.`);
    }
  });

  it('exports JSON as analyse --format json writes it', () => {
    const file = join(tempFolder({}), 'analysis.json');
    expect(runCli(['export', SMALL_ORG, '--out', file, '--seed', '3']).status).toBe(0);
    const analyse = runCli(['analyse', SMALL_ORG, '--format', 'json', '--seed', '3']);
    expect(readFileSync(file, 'utf8')).toBe(analyse.stdout);
    expect(JSON.parse(analyse.stdout).privacy.minGroupSize).toBe(5);
  });

  it('writes the people, teams and introductions tables (people by default)', () => {
    const out = tempFolder({});
    expect(runCli(['export', SMALL_ORG, '--out', join(out, 'people.csv'), '--min-group-size', '2']).status).toBe(0);
    expect(runCli(['export', SMALL_ORG, '--out', join(out, 'teams.csv'), '--table', 'teams', '--min-group-size', '2']).status).toBe(0);
    expect(runCli(['export', SMALL_ORG, '--out', join(out, 'intro.csv'), '--format', 'csv', '--table', 'introductions', '--min-group-size', '2']).status).toBe(0);
    const people = readCsv(join(out, 'people.csv'));
    expect(people).toHaveLength(15);
    const header = people[0];
    const ann = Object.fromEntries(header.map((column, i) => [column, people.find((row) => row[0] === 'P01')![i]]));
    expect(ann).toMatchObject({ name: 'Ann Smith', team: 'T1', teamName: 'Finance', department: 'Resources', degree: '5', strength: '14', roles: 'connector' });
    const teams = readCsv(join(out, 'teams.csv'));
    expect(teams.map((row) => row[0])).toEqual(['id', 'T1', 'T2', 'T3', 'T4']);
    expect(teams[4][teams[0].indexOf('silo')]).toBe('true');
    const introductions = readCsv(join(out, 'intro.csv'));
    expect(introductions[1].slice(0, 6)).toEqual(['P12', 'Lea Öberg', 'Archive', 'P08', 'Hal Evans', 'Housing']);
    // CRLF line ends, as spreadsheets expect.
    expect(readFileSync(join(out, 'people.csv'), 'utf8').split('\r\n')).toHaveLength(16);
  });

  it('starts a CSV file with a byte-order mark for Excel only with --excel, and only for CSV', () => {
    const out = tempFolder({});
    expect(runCli(['export', SMALL_ORG, '--out', join(out, 'plain.csv')]).status).toBe(0);
    expect(runCli(['export', SMALL_ORG, '--out', join(out, 'excel.csv'), '--excel']).status).toBe(0);
    const plain = readFileSync(join(out, 'plain.csv'));
    const excel = readFileSync(join(out, 'excel.csv'));
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.subarray(3).equals(plain)).toBe(true);
    expect(plain[0]).toBe('i'.charCodeAt(0));
    const gexf = runCli(['export', SMALL_ORG, '--out', join(out, 'network.gexf'), '--excel']);
    expect(gexf.status).toBe(2);
    expect(gexf.stderr).toContain('--excel goes with --format csv, not gexf');
  });

  it('writes kept staff columns named as built-in columns under staff_, once each', () => {
    const file = join(tempFolder({}), 'people.csv');
    const result = runCli(['export', clashingColumnsOrganisation(), '--out', file, ...KEEP_CLASHING]);
    expect(result.status, result.stderr).toBe(0);
    const [header, ...rows] = readCsv(file);
    expect(header.slice(0, 9)).toEqual(['id', 'name', 'team', 'teamName', 'department', 'staff_department', 'staff_degree', 'staff_label', 'degree']);
    expect(new Set(header).size).toBe(header.length);
    const ann = Object.fromEntries(header.map((column, i) => [column, rows.find((row) => row[0] === 'P01')![i]]));
    expect(ann).toMatchObject({ department: 'Resources', staff_department: 'HR T1', degree: '5', staff_degree: 'BSc', staff_label: 'Ms P01' });
  });

  it('neutralises spreadsheet formulas and keeps every other name exactly', () => {
    const out = tempFolder({});
    const dir = hostileOrganisation();
    expect(runCli(['export', dir, '--out', join(out, 'people.csv'), '--min-group-size', '1']).status).toBe(0);
    expect(runCli(['export', dir, '--out', join(out, 'teams.csv'), '--table', 'teams', '--min-group-size', '1']).status).toBe(0);
    const rows = readCsv(join(out, 'people.csv'));
    const column = (name: string) => rows[0].indexOf(name);
    const byId = new Map(rows.slice(1).map((row) => [row[0], row]));
    // Text starting with = + - @ gets an apostrophe, so the spreadsheet shows it instead of running it.
    expect(byId.get('P03')![column('name')]).toBe(`'${HOSTILE_PEOPLE.P03}`);
    expect(byId.get('P04')![column('name')]).toBe(`'${HOSTILE_PEOPLE.P04}`);
    expect(byId.get('P05')![column('name')]).toBe(`'${HOSTILE_PEOPLE.P05}`);
    expect(byId.get('P06')![column('name')]).toBe(`'${HOSTILE_PEOPLE.P06}`);
    expect(byId.has("'=2+3")).toBe(true);
    expect(byId.get('P01')![column('department')]).toBe(`'${HOSTILE_TEAMS.T1.parent}`);
    // Everything else arrives exactly: quotes, line breaks, markup, pipes, other scripts.
    for (const id of ['P01', 'P02', 'P07', 'P08', 'P09', 'P10', 'P11']) expect(byId.get(id)![column('name')], id).toBe(HOSTILE_PEOPLE[id]);
    expect(byId.get('P01')![column('teamName')]).toBe(HOSTILE_TEAMS.T1.name);
    const teams = readCsv(join(out, 'teams.csv'));
    expect(teams.slice(1).map((row) => [row[1], row[2]])).toEqual([
      [HOSTILE_TEAMS.T1.name, `'${HOSTILE_TEAMS.T1.parent}`],
      [HOSTILE_TEAMS.T2.name, HOSTILE_TEAMS.T2.parent],
      [HOSTILE_TEAMS.T3.name, `'${HOSTILE_TEAMS.T3.parent}`],
    ]);
  });

  it('takes node ids and names from the released analysis, so pseudonyms apply to every format', () => {
    const out = tempFolder({});
    const env = { NODEFINDER_KEY: 'a test key of at least sixteen bytes' };
    for (const name of ['network.gexf', 'network.graphml', 'people.csv', 'analysis.json']) {
      const result = runCli(['export', SMALL_ORG, '--out', join(out, name), '--pseudonymise'], env);
      expect(result.status, result.stderr).toBe(0);
      const text = readFileSync(join(out, name), 'utf8');
      for (const person of ['Ann Smith', 'Lea Öberg', '"P01"', 'P01,']) expect(text, name).not.toContain(person);
      expect(text.match(/p-[0-9a-f]{16}/g)!.length, name).toBeGreaterThanOrEqual(14);
    }
  });

  it('refuses --table without CSV, an unknown format and a missing folder, and writes nothing', () => {
    const out = tempFolder({});
    const table = runCli(['export', SMALL_ORG, '--out', join(out, 'network.gexf'), '--table', 'teams']);
    expect(table.status).toBe(2);
    expect(table.stderr).toContain('--table goes with --format csv');
    const unknown = runCli(['export', SMALL_ORG, '--out', join(out, 'network.xlsx')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('cannot tell the format');
    expect(runCli(['export', SMALL_ORG, '--out', join(out, 'missing', 'network.gexf')]).status).toBe(2);
    expect(runCli(['export', SMALL_ORG, '--out', join(out, 'people.csv'), '--table', 'desks']).status).toBe(2);
    expect(readdirSync(out)).toEqual([]);
  });

  it('writes only the file asked for, with the permissions the umask gives', () => {
    const out = tempFolder({});
    expect(runCliWithUmask('077', ['export', SMALL_ORG, '--out', join(out, 'network.graphml')]).status).toBe(0);
    expect(readdirSync(out)).toEqual(['network.graphml']);
    expect(statSync(join(out, 'network.graphml')).mode & 0o777).toBe(0o600);
  });
});
