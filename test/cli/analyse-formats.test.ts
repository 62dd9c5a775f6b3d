/** `nodefinder analyse` when not at a terminal: every --format, written out, with exit codes. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAIN } from '../../src/present/load-report-text.js';
import { formatText } from '../../src/present/text.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';
import { releasedOf } from '../present/released.js';

const SMALL_ORG = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');
const ALL_TEAMS = ['--min-group-size', '1'];

describe('nodefinder analyse --format', () => {
  it('takes the format from --output\'s file name when --format is not given, and refuses a name for a format the command does not write', () => {
    const dir = tempFolder({});
    expect(runCli(['analyse', SMALL_ORG, ...ALL_TEAMS, '--output', join(dir, 'a.json')]).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')).summary.people).toBe(14);
    expect(runCli(['analyse', SMALL_ORG, ...ALL_TEAMS, '-o', join(dir, 'teams.csv'), '--table', 'teams']).status).toBe(0);
    expect(readFileSync(join(dir, 'teams.csv'), 'utf8')).toMatch(/^id,name,/);
    expect(runCli(['suggest', SMALL_ORG, ...ALL_TEAMS, '-o', join(dir, 's.csv')]).status).toBe(0);
    expect(readFileSync(join(dir, 's.csv'), 'utf8')).toMatch(/^from,from_name,from_team,to,/);
    // A name with no format's extension is text, or the format given; a name of the format given is that format.
    expect(runCli(['analyse', SMALL_ORG, ...ALL_TEAMS, '-o', join(dir, 'findings.out')]).status).toBe(0);
    expect(readFileSync(join(dir, 'findings.out'), 'utf8')).toMatch(/^Organisation\n/);
    expect(runCli(['analyse', SMALL_ORG, ...ALL_TEAMS, '--format', 'json', '-o', join(dir, 'findings.out')]).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'findings.out'), 'utf8')).summary.people).toBe(14);
    expect(runCli(['analyse', SMALL_ORG, ...ALL_TEAMS, '--format', 'markdown', '-o', join(dir, 'findings.MARKDOWN')]).status).toBe(0);
    expect(readFileSync(join(dir, 'findings.MARKDOWN'), 'utf8')).toMatch(/^# /);
    const html = runCli(['analyse', SMALL_ORG, '-o', join(dir, 'report.html')]);
    expect(html.status).toBe(2);
    expect(html.stderr).toContain(`--output ${join(dir, 'report.html')}: analyse writes text, json, csv and markdown, not html — name the file .txt, .json, .csv or .md; to write an HTML report, use nodefinder report --out FILE.html`);
    const gexf = runCli(['suggest', SMALL_ORG, '-o', join(dir, 'network.gexf')]);
    expect(gexf.status).toBe(2);
    expect(gexf.stderr).toContain(`--output ${join(dir, 'network.gexf')}: suggest writes text, json and csv, not gexf — name the file .txt, .json or .csv; to write the network as GEXF, use nodefinder export --out FILE.gexf`);
  });

  it('refuses a --format that another format\'s --output name contradicts, on every command that writes --output', () => {
    const dir = tempFolder({});
    const cases = [
      ['analyse', '--format', 'text', '--output', join(dir, 'a.json'), 'a name for json — to write json, leave out --format; to write text, end the file\'s name in .txt'],
      ['suggest', '--format', 'text', '--output', join(dir, 'a.csv'), 'a name for csv — to write csv, leave out --format; to write text, end the file\'s name in .txt'],
      ['validate', '--format', 'json', '--output', join(dir, 'a.txt'), 'a name for text — to write text, leave out --format; to write json, end the file\'s name in .json'],
      ['compare', '--before', '2026-03-01..2026-03-09', '--after', '2026-03-10..2026-03-31', '--format', 'html', '--output', join(dir, 'a.md'),
        'a name for markdown — to write markdown, leave out --format; to write html, end the file\'s name in .html'],
    ];
    for (const [command, ...rest] of cases) {
      const args = rest.slice(0, -1);
      const result = runCli([command, SMALL_ORG, ...args]);
      expect(result.status, command).toBe(2);
      const format = args[args.indexOf('--format') + 1];
      const output = args[args.indexOf('--output') + 1];
      expect(result.stderr).toBe(`nodefinder: --format ${format} does not match --output ${output}, ${rest.at(-1)}\n`);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('offers in each hint only what works: the extensions the command writes, the command that writes another format of the analysis, and leaving out --format only for a format the command writes', () => {
    const dir = tempFolder({});
    const at = (name: string) => join(dir, name);
    const before = ['--before', '2026-03-01..2026-03-09', '--after', '2026-03-10..2026-03-31'];
    const cases: [string[], string][] = [
      // The load report is not CSV: the hint names the files validate writes, not a --format that is then refused.
      [['validate', '-o', at('v.csv')], `--output ${at('v.csv')}: validate writes text and json, not csv — name the file .txt or .json`],
      [['validate', '--format', 'json', '-o', at('v.csv')], `--format json does not match --output ${at('v.csv')}, a name for csv — to write json, end the file's name in .json`],
      [['suggest', '-o', at('s.md')], `--output ${at('s.md')}: suggest writes text, json and csv, not markdown — name the file .txt, .json or .csv; to write a Markdown report, use nodefinder report --out FILE.md`],
      [['suggest', '--format', 'csv', '-o', at('s.md')], `--format csv does not match --output ${at('s.md')}, a name for markdown — to write a Markdown report, use nodefinder report --out FILE.md; to write csv, end the file's name in .csv`],
      [['analyse', '--format', 'text', '-o', at('a.html')], `--format text does not match --output ${at('a.html')}, a name for html — to write an HTML report, use nodefinder report --out FILE.html; to write text, end the file's name in .txt`],
      // A pseudonym list, or a comparison, is written by no other command.
      [['validate', '--reidentify', 'X', '-o', at('who.html')], `--output ${at('who.html')}: validate writes text, json and csv, not html — name the file .txt, .json or .csv`],
      [['validate', '--reidentify', 'X', '--format', 'text', '-o', at('who.html')], `--format text does not match --output ${at('who.html')}, a name for html — to write text, end the file's name in .txt`],
      [['validate', '--reidentify', 'X', '--format', 'json', '-o', at('who.csv')], `--format json does not match --output ${at('who.csv')}, a name for csv — to write csv, leave out --format; to write json, end the file's name in .json`],
      [['compare', ...before, '-o', at('c.gexf')], `--output ${at('c.gexf')}: compare writes text, json, markdown and html, not gexf — name the file .txt, .json, .md or .html`],
    ];
    for (const [[command, ...args], message] of cases) {
      const result = runCli([command, SMALL_ORG, ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(`nodefinder: ${message}\n`);
    }
    expect(readdirSync(dir)).toEqual([]);
    // Following the first hint works.
    expect(runCli(['validate', SMALL_ORG, '-o', at('v.json')]).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'v.json'), 'utf8')).people).toBe(14);
  });

  it('refuses, for report and export, a --format that the --out name contradicts, and a name of a format the command does not write; a name of no format takes --format', () => {
    const dir = tempFolder({});
    const at = (name: string) => join(dir, name);
    const cases: [string[], string][] = [
      [['report', '--format', 'markdown', '--out', at('r.html')], `--format markdown does not match --out ${at('r.html')}, a name for html — to write html, leave out --format; to write markdown, end the file's name in .md`],
      [['export', '--format', 'graphml', '--out', at('n.gexf')], `--format graphml does not match --out ${at('n.gexf')}, a name for gexf — to write gexf, leave out --format; to write graphml, end the file's name in .graphml`],
      // The name of a format the command does not write is a name all the same: HTML is not written into r.json.
      [['report', '--format', 'html', '--out', at('r.json')], `--format html does not match --out ${at('r.json')}, a name for json — to write the analysis as JSON, use nodefinder export --out FILE.json; to write html, end the file's name in .html`],
      [['export', '--format', 'gexf', '--out', at('x.html')], `--format gexf does not match --out ${at('x.html')}, a name for html — to write an HTML report, use nodefinder report --out FILE.html; to write gexf, end the file's name in .gexf`],
      [['report', '--format', 'markdown', '--out', at('r.txt')], `--format markdown does not match --out ${at('r.txt')}, a name for text — to write the findings as text, use nodefinder analyse --output FILE.txt; to write markdown, end the file's name in .md`],
      [['report', '--out', at('r.json')], `--out ${at('r.json')}: report writes html and markdown, not json — name the file .html or .md; to write the analysis as JSON, use nodefinder export --out FILE.json`],
      [['export', '--out', at('x.md')], `--out ${at('x.md')}: export writes gexf, graphml, json and csv, not markdown — name the file .gexf, .graphml, .json or .csv; to write a Markdown report, use nodefinder report --out FILE.md`],
    ];
    for (const [[command, ...args], message] of cases) {
      const result = runCli([command, SMALL_ORG, ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(`nodefinder: ${message}\n`);
    }
    expect(readdirSync(dir)).toEqual([]);
    expect(runCli(['report', SMALL_ORG, '--format', 'markdown', '--out', at('r.wiki')]).status).toBe(0);
    expect(readFileSync(at('r.wiki'), 'utf8')).toMatch(/^# /);
    expect(runCli(['export', SMALL_ORG, '--format', 'json', '--out', at('n.JSON')]).status).toBe(0);
    expect(JSON.parse(readFileSync(at('n.JSON'), 'utf8')).summary.people).toBe(14);
  });

  it('names the config file when it gave the --out that --format contradicts', () => {
    const dir = tempFolder({ 'nodefinder.config.json': JSON.stringify({ report: { out: 'report.json' } }) });
    for (const name of ['staff.csv', 'teams.csv', 'interactions.csv']) copyFileSync(join(SMALL_ORG, name), join(dir, name));
    const result = runCli(['report', dir, '--format', 'html']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`nodefinder: --format html does not match --out ${join(dir, 'report.json')} (from ${join(dir, 'nodefinder.config.json')}), a name for json — to write the analysis as JSON, use nodefinder export --out FILE.json; to write html, give --out - (standard output), or --out with a file name ending in .html\n`);
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });

  it('names the config file when it gave the --format or the --output that the other contradicts', () => {
    // The README's example: analyse writes JSON to analysis.json.
    const dir = tempFolder({ 'nodefinder.config.json': JSON.stringify({ analyse: { format: 'json', output: 'analysis.json' } }) });
    for (const name of ['staff.csv', 'teams.csv', 'interactions.csv']) copyFileSync(join(SMALL_ORG, name), join(dir, name));
    const config = join(dir, 'nodefinder.config.json');
    // Run in the folder, the config file's paths are named as it wrote them; the hint offers standard output.
    const text = runCli(['analyse', '--format', 'text'], {}, dir);
    expect(text.status).toBe(2);
    expect(text.stderr).toBe('nodefinder: --format text does not match --output analysis.json (from nodefinder.config.json), a name for json — ' +
      'to write json, leave out --format; to write text, give --output - (standard output), or --output with a file name ending in .txt\n');
    expect(runCli(['analyse', '--format', 'text', '--output', '-'], {}, dir).stdout).toMatch(/^Organisation\n/);
    expect(runCli(['analyse', dir, '--format', 'text']).stderr).toContain(`--output ${join(dir, 'analysis.json')} (from ${config})`);
    const markdown = runCli(['analyse', dir, '--output', join(dir, 'x.md')]);
    expect(markdown.status).toBe(2);
    expect(markdown.stderr).toBe(`nodefinder: --output ${join(dir, 'x.md')} does not match --format json (from ${config}): it is a name for markdown — to write markdown, give --format markdown; to write json, end the file's name in .json\n`);
    expect(existsSync(join(dir, 'analysis.json'))).toBe(false);
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
    // Typed to agree with the name, the format wins over the config file's.
    expect(runCli(['analyse', dir, '--output', join(dir, 'x.md'), '--format', 'markdown']).status).toBe(0);
    expect(readFileSync(join(dir, 'x.md'), 'utf8')).toMatch(/^# /);
    // Both from the config file, it is the file's mistake.
    writeFileSync(config, JSON.stringify({ analyse: { format: 'text', output: 'analysis.json' } }));
    const both = runCli(['analyse', dir]);
    expect(both.status).toBe(3);
    expect(both.stderr).toBe(`nodefinder: ${config}: "format" text does not match --output ${join(dir, 'analysis.json')}, a name for json — to write json, give --format json; to write text, end the file's name in .txt [BAD_CONFIG]\n`);
  });

  it('prints text by default when standard output is not a terminal, with no escape codes', () => {
    const result = runCli(['analyse', SMALL_ORG, ...ALL_TEAMS], { NO_COLOR: '' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Organisation\n  14 people in 4 teams, 17 ties/);
    // Communities come from seeded Louvain: the seed is recorded, here the default. Ned (P14) has
    // no ties: he is in no community, not one of his own, and the four are the teams exactly.
    expect(result.stdout).toContain('\n  4 communities (Louvain, seed 1; modularity 0.578); 1 person with no ties is in none; agreement with the formal teams (NMI) 1.000\n');
    expect(result.stdout).toContain('Silos: teams that talk almost only to themselves (1)\n  Archive: 2 people, 0 of 1 ties leave the team (E-I -1.00)');
    expect(result.stdout).toContain('Connectors: know the most people (1)\n  Ann Smith (Finance): 5 contacts, reaching 1 other team\n');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('says in each list\'s heading how many there are, and how many are shown when the list is cut', async () => {
    const sample = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');
    const text = runCli(['analyse', sample, '--format', 'text']).stdout;
    const listed = (heading: string) => text.split(`${heading}\n`)[1].split('\n\n')[0].split('\n');
    // The plan has 143 introductions, 50 of them listed (--limit); the summary shows 10 and says so.
    expect(listed('Introductions: who should meet whom, and who can introduce them (10 of 143 shown; --format json for the best 50, --limit 143 for all)')).toHaveLength(10);
    const all = runCli(['analyse', sample, '--format', 'text', '--limit', '143']).stdout;
    expect(all).toContain('Introductions: who should meet whom, and who can introduce them (10 of 143 shown; --format json for all)\n');
    expect(runCli(['analyse', sample, '--format', 'text', '--limit', '4']).stdout).toContain('Introductions: who should meet whom, and who can introduce them (4 of 143 shown; --limit 143 for all)\n');
    // The third connector's team is below the minimum group size: marked, and the list says why.
    expect(listed('Connectors: know the most people (3)').slice(2)).toEqual([
      '  Zoë Lemaître (no team, or a small team*): 58 contacts, reaching 9 other teams',
      '  * a small team, withheld: fewer than 5 people (--min-group-size).',
    ]);
    expect(listed('Brokers: link parts that would otherwise be apart (3)')).toHaveLength(3);
    // Every list is cut the same way: with 2 shown, the 3 connectors and 3 brokers say "2 of 3".
    const { released } = await releasedOf(sample, 5);
    const short = formatText(released, PLAIN, 2);
    expect(short).toContain('Connectors: know the most people (2 of 3 shown; --format json for all)\n');
    expect(short).toContain('Brokers: link parts that would otherwise be apart (2 of 3 shown; --format json for all)\n');
    expect(short).toContain('Single points of failure: if they left, people would be cut off (2)\n');
    // The team counted is the one those 9 people are in, not a team cut off whole; and a single
    // interaction holds them, which may be chance.
    expect(short).toContain('  عمر خوري (Finance Engagement): cuts off 9 people (in 1 team), held by 1 tie of 1 interaction, which may be chance\n');
    expect(short).toContain('  Fatima Mistry (Finance Strategy): cuts off 8 people (in 1 team), held by 8 ties of 150 interactions\n');
    expect(short).toContain('Silos: teams that talk almost only to themselves (1)\n');
  });

  it('names the files read by name alone, so the same data read from another folder gives the same bytes', () => {
    const copy = tempFolder({});
    for (const name of ['staff.csv', 'teams.csv', 'interactions.csv']) copyFileSync(join(SMALL_ORG, name), join(copy, name));
    const fromFixtures = runCli(['analyse', SMALL_ORG, '--format', 'json']).stdout;
    expect(JSON.parse(fromFixtures).load.files.map((file: { file: string }) => file.file)).toEqual(['staff.csv', 'teams.csv', 'interactions.csv']);
    expect(runCli(['analyse', copy, '--format', 'json']).stdout).toBe(fromFixtures);
  });

  it('writes each CSV table with the known answers of fixtures/small-org', () => {
    const people = runCli(['analyse', SMALL_ORG, '--format', 'csv', ...ALL_TEAMS]).stdout.split('\r\n');
    expect(people[0].startsWith('id,name,team,')).toBe(true);
    expect(people).toHaveLength(14 + 2);
    const ann = people.find((row) => row.startsWith('P01,'))!.split(',');
    expect(ann[people[0].split(',').indexOf('degree')]).toBe('5');
    const teams = runCli(['analyse', SMALL_ORG, '--format', 'csv', '--table', 'teams', ...ALL_TEAMS]).stdout.split('\r\n');
    const archive = teams.find((row) => row.startsWith('T4,'))!.split(',');
    expect(archive[teams[0].split(',').indexOf('silo')]).toBe('true');
    const introductions = runCli(['analyse', SMALL_ORG, '--format', 'csv', '--table', 'introductions', ...ALL_TEAMS]).stdout;
    expect(introductions.split('\r\n')[0].startsWith('from,from_name,')).toBe(true);
  });

  it('writes Markdown to a file with --output, the same on every run', () => {
    const dir = tempFolder({});
    const file = join(dir, 'findings.md');
    expect(runCli(['analyse', SMALL_ORG, '--format', 'markdown', '--output', file, ...ALL_TEAMS]).status).toBe(0);
    const markdown = readFileSync(file, 'utf8');
    expect(markdown.startsWith('# Organisation network report\n')).toBe(true);
    expect(markdown).toContain('Archive');
    expect(runCli(['analyse', SMALL_ORG, '--format', 'markdown', ...ALL_TEAMS]).stdout).toBe(markdown);
  });

  it('exits 2 at once for --output into a folder that does not exist', () => {
    const result = runCli(['analyse', SMALL_ORG, '--format', 'json', '--output', join(tempFolder({}), 'missing', 'analysis.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--output: the folder ".*missing" does not exist/);
  });

  it('gives the same JSON on one thread as on two, and refuses 0 threads', () => {
    const one = runCli(['analyse', SMALL_ORG, '--format', 'json', '--threads', '1']);
    expect(one.status).toBe(0);
    expect(runCli(['analyse', SMALL_ORG, '--format', 'json', '--threads', '2']).stdout).toBe(one.stdout);
    expect(runCli(['analyse', SMALL_ORG, '--threads', '0']).status).toBe(2);
  });

  it('exits 2 for a bad format, or --table without --format csv', () => {
    expect(runCli(['analyse', SMALL_ORG, '--format', 'pdf']).status).toBe(2);
    const table = runCli(['analyse', SMALL_ORG, '--table', 'teams']);
    expect(table.status).toBe(2);
    expect(table.stderr).toContain('--table goes with --format csv');
  });

  it('keeps a name, team name or folder name holding a line break on its line in every text output', () => {
    const forged = 'Silos: teams that talk almost only to themselves';
    const staff = readFileSync(join(SMALL_ORG, 'staff.csv'), 'utf8').replace('P01,Ann Smith,', `P01,"Ann\n${forged}",`);
    const teams = readFileSync(join(SMALL_ORG, 'teams.csv'), 'utf8').replace('T1,Finance,', `T1,"Fin\r\n${forged}",`);
    const dir = join(tempFolder({}), `org\n${forged}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'staff.csv'), staff);
    writeFileSync(join(dir, 'teams.csv'), teams);
    copyFileSync(join(SMALL_ORG, 'interactions.csv'), join(dir, 'interactions.csv'));
    const key = { NODEFINDER_KEY: 'a secret key only the analyst holds' };
    const shared = join(tempFolder({}), 'shared.json');
    expect(runCli(['analyse', dir, '--min-group-size', '1', '--pseudonymise', '--output', shared], key).status).toBe(0);
    const outputs = {
      analyse: runCli(['analyse', dir, '--format', 'text', ...ALL_TEAMS]),
      suggest: runCli(['suggest', dir, '--format', 'text', ...ALL_TEAMS]),
      validate: runCli(['validate', dir]),
      reidentify: runCli(['validate', dir, '--reidentify', shared], key),
    };
    for (const [command, result] of Object.entries(outputs)) {
      expect(result.status, `${command}: ${result.stderr}`).toBe(0);
      // The forged heading appears only as the real one, alone on its line, never after a line break in a name.
      expect(result.stdout.split('\n').filter((line) => line.trim() === forged || line.startsWith(forged)), command).toHaveLength(command === 'analyse' ? 1 : 0);
    }
    expect(outputs.analyse.stdout).toContain(`Ann ${forged} (Fin ${forged})`);
    expect(outputs.suggest.stdout).toContain(`Ann ${forged}`);
    expect(outputs.validate.stdout).toContain(`staff: ${join(dir, 'staff.csv').replace('\n', ' ')}\n`);
    expect(outputs.reidentify.stdout).toMatch(new RegExp(`^p-[0-9a-f]{16}  P01  Ann ${forged}$`, 'm'));
  });
});
