/**
 * What leaves the machine: every output format, searched byte for byte for what must not be in
 * it — real names, e-mails and ids when pseudonymised; small teams by default.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pseudonym } from '../../src/privacy/pseudonymise.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const SAMPLE = join(FIXTURES, 'sample');
const SMALL_ORG = join(FIXTURES, 'small-org');
const KEY = { NODEFINDER_KEY: 'a secret key only the analyst holds' };

/** Every way an analysis can be written out, as CLI arguments after the data folder; OUT is a file to write. */
const OUTPUTS: readonly (readonly string[])[] = [
  ['analyse', '--format', 'json'],
  ['analyse', '--format', 'text'],
  ['analyse', '--format', 'markdown'],
  ['analyse', '--format', 'csv', '--table', 'people'],
  ['analyse', '--format', 'csv', '--table', 'teams'],
  ['analyse', '--format', 'csv', '--table', 'introductions'],
  ['suggest', '--format', 'json'],
  ['suggest', '--format', 'csv'],
  ['suggest', '--format', 'text'],
  ['report', '--out', 'OUT.html'],
  ['report', '--out', 'OUT.md'],
  ['export', '--out', 'OUT.gexf'],
  ['export', '--out', 'OUT.graphml'],
  ['compare', '--before', '2026-03-01..2026-03-20', '--after', '2026-03-21..2026-03-31', '--format', 'json'],
  ['compare', '--before', '2026-03-01..2026-03-20', '--after', '2026-03-21..2026-03-31', '--format', 'html'],
];

function staffColumn(dir: string, column: number): string[] {
  const [, ...rows] = readFileSync(join(dir, 'staff.csv'), 'utf8').trim().split('\n');
  return rows.map((row) => row.split(',')[column]);
}

/** Runs a command and returns what it wrote: standard output, or the file named OUT.<extension>. */
function run(args: readonly string[], dir: string, extra: readonly string[] = [], env: Record<string, string> = {}): string {
  const [command, ...rest] = args;
  const out = join(tempFolder({}), 'output');
  const result = runCli([command, dir, ...rest.map((arg) => arg.replace(/^OUT\./, `${out}.`)), ...extra], env);
  expect(result.status, result.stderr).toBe(0);
  const file = rest.find((arg) => arg.startsWith('OUT.'));
  return file ? readFileSync(file.replace(/^OUT\./, `${out}.`), 'utf8') : result.stdout;
}

describe('--pseudonymise', () => {
  const ids = staffColumn(SAMPLE, 0);
  const names = staffColumn(SAMPLE, 1);
  const emails = staffColumn(SAMPLE, 6);

  it.each(OUTPUTS)('leaves no real id, name or e-mail in %s %s %s', (...args) => {
    const output = run(args, SAMPLE, ['--pseudonymise'], KEY);
    expect(output).toMatch(/p-[0-9a-f]{16}/);
    for (const secret of [...ids, ...names, ...emails]) expect(output.includes(secret), secret).toBe(false);
  });

  it('gives the same pseudonyms with the same key and other ones with another key', () => {
    const first = run(OUTPUTS[0], SAMPLE, ['--pseudonymise'], KEY);
    expect(run(OUTPUTS[0], SAMPLE, ['--pseudonymise'], KEY)).toBe(first);
    const other = run(OUTPUTS[0], SAMPLE, ['--pseudonymise'], { NODEFINDER_KEY: 'another secret key, as long as the first' });
    const pseudonymsOf = (json: string) => (JSON.parse(json) as { people: { id: string }[] }).people.map((p) => p.id);
    const firstIds = pseudonymsOf(first);
    const otherIds = pseudonymsOf(other);
    expect(new Set(firstIds).size).toBe(ids.length);
    expect(otherIds.filter((id) => firstIds.includes(id))).toEqual([]);
    expect(JSON.parse(first).privacy).toMatchObject({ pseudonymised: true });
  });

  it('lists people and ties in the order of the pseudonyms in CSV, JSON, GEXF and GraphML: in the staff file\'s order, row k would be its person k', () => {
    const staffOrder = ids.map((id) => pseudonym(Buffer.from(KEY.NODEFINDER_KEY), id));
    const pseudonymOrder = [...staffOrder].sort();
    expect(pseudonymOrder).not.toEqual(staffOrder);
    const json = (JSON.parse(run(OUTPUTS[0], SAMPLE, ['--pseudonymise'], KEY)) as { people: { id: string }[] }).people.map((p) => p.id);
    const csv = run(OUTPUTS[3], SAMPLE, ['--pseudonymise'], KEY).trim().split('\r\n').slice(1).map((line) => line.slice(0, line.indexOf(',')));
    const gexf = run(['export', '--out', 'OUT.gexf'], SAMPLE, ['--pseudonymise'], KEY);
    const graphml = run(['export', '--out', 'OUT.graphml'], SAMPLE, ['--pseudonymise'], KEY);
    const nodes = (text: string) => [...text.matchAll(/<node id="([^"]+)"/g)].map((match) => match[1]);
    for (const listed of [json, csv, nodes(gexf), nodes(graphml)]) expect(listed).toEqual(pseudonymOrder);
    for (const text of [gexf, graphml]) {
      const sources = [...text.matchAll(/<edge id="[^"]+" source="([^"]+)"/g)].map((match) => match[1]);
      expect(sources.length).toBeGreaterThan(300);
      expect(sources).toEqual([...sources].sort());
    }
  });

  it('names no channel that holds an e-mail address or a staff id, and quotes no skipped row\'s channel', () => {
    const dir = tempFolder({
      'staff.csv': readFileSync(join(SMALL_ORG, 'staff.csv'), 'utf8'),
      'teams.csv': readFileSync(join(SMALL_ORG, 'teams.csv'), 'utf8'),
      'interactions.csv': 'source,target,channel\nP01,P02,email\nP02,P03,DM ann.smith@example.org\nP03,P04,1:1 P03\nP04,P05,meeting\nP05,P06,email\n',
    });
    const report = run(['report', '--out', 'OUT.html'], dir, ['--pseudonymise'], KEY);
    expect(report).toContain('over email, meeting and 2 other channels.');
    expect(report).not.toMatch(/ann\.smith|1:1/);
    const filtered = JSON.parse(run(OUTPUTS[0], dir, ['--pseudonymise', '--channel', 'email', '--channel', 'chat'], KEY));
    expect(filtered.load.warnings).toContain('--channel "chat" matched no interaction; the file has "email", … (channel names are matched exactly, case included)');
    expect(JSON.stringify(filtered)).not.toMatch(/ann\.smith|1:1|meeting/);
  });

  it('lets the key holder map the pseudonyms in an output back to people', () => {
    const dir = tempFolder({});
    const report = join(dir, 'introductions.csv');
    run(['suggest', '--format', 'csv', '--output', report], SAMPLE, ['--pseudonymise'], KEY);
    const mapping = run(['validate', '--reidentify', report, '--format', 'json'], SAMPLE, [], KEY);
    const people = JSON.parse(mapping) as { pseudonym: string; id: string; name: string }[];
    expect(people.length).toBeGreaterThan(10);
    // The first suggestion's first person, under their pseudonym, maps back to a real id and their
    // name. (The plan itself can differ under pseudonyms: README, pseudonymisation.)
    const first = readFileSync(report, 'utf8').split('\n')[1].split(',')[0];
    const person = people.find((p) => p.pseudonym === first)!;
    expect(ids).toContain(person.id);
    expect(person.name).toBe(names[ids.indexOf(person.id)]);
    // Under another key no pseudonym is anyone: an input error that says so, not a list of blanks.
    const wrongKey = runCli(['validate', SAMPLE, '--reidentify', report, '--format', 'json'], { NODEFINDER_KEY: 'not the key the output was made with' });
    expect(wrongKey.status).toBe(3);
    expect(wrongKey.stdout).toBe('');
    expect(wrongKey.stderr).toBe(`nodefinder: ${report}: none of the ${people.length} pseudonyms in this file is anyone in the staff file under this key — it is almost surely not the key the output was made with (or not the staff file it was made from): give that key, with --key-file or NODEFINDER_KEY [WRONG_KEY]\n`);
    // An output written without --pseudonymise has no one to re-identify: said, not a blank line.
    const plain = join(dir, 'plain.csv');
    run(['suggest', '--format', 'csv', '--output', plain], SAMPLE);
    const none = runCli(['validate', SAMPLE, '--reidentify', plain], KEY);
    expect(none.status).toBe(3);
    expect(none.stderr).toContain('plain.csv: this file holds no pseudonym (p- and 16 hex digits), so there is no one to re-identify — name an output written with --pseudonymise');
    // A file that is not there is an input error, as any other.
    const missing = runCli(['validate', SAMPLE, '--reidentify', join(dir, 'gone.html')], KEY);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/gone\.html: file not found — check the path given with --reidentify/);
  });

  it('says on stderr how many pseudonyms are no one in the staff file, when the others are', () => {
    // Two people of the output have since left the staff file.
    const dir = tempFolder({});
    const output = join(dir, 'people.csv');
    run(['analyse', '--format', 'csv', '--table', 'people', '--output', output], SMALL_ORG, ['--pseudonymise', '--min-group-size', '1'], KEY);
    const staff = readFileSync(join(SMALL_ORG, 'staff.csv'), 'utf8').split('\n');
    const later = tempFolder({ 'staff.csv': [staff[0], ...staff.slice(3)].join('\n'), 'interactions.csv': readFileSync(join(SMALL_ORG, 'interactions.csv')) });
    const result = runCli(['validate', later, '--reidentify', output, '--format', 'csv'], KEY);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe(`nodefinder: ${output}: 2 of 14 pseudonyms are no one in the staff file under this key and are listed with no id (people since gone from the staff file?)\n`);
    const rows = result.stdout.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(14);
    expect(rows.filter((row) => row.endsWith(',,'))).toHaveLength(2);
    expect(runCli(['validate', later, '--reidentify', output, '--format', 'csv', '--quiet'], KEY).stderr).toBe('');
  });

  it('can be asked for a person by real id or by pseudonym', () => {
    const someone = (JSON.parse(run(['suggest', '--format', 'json'], SAMPLE)) as { from: string }[])[0].from;
    const json = run(['suggest', '--format', 'json', '--for', someone], SAMPLE, ['--pseudonymise'], KEY);
    const suggestions = JSON.parse(json) as { from: string; to: string }[];
    expect(suggestions.length).toBeGreaterThan(0);
    const [me] = [suggestions[0].from, suggestions[0].to].filter((id) => suggestions.every((s) => s.from === id || s.to === id));
    expect(me).toMatch(/^p-[0-9a-f]{16}$/);
    expect(run(['suggest', '--format', 'json', '--for', me], SAMPLE, ['--pseudonymise'], KEY)).toBe(json);
  });
});

describe('--min-group-size', () => {
  // small-org: Finance (4 people), Payroll (3) and Archive (2) are under 5; Housing (5) is not.
  const SMALL_TEAMS = [/\bT1\b/, /Finance/, /\bT2\b/, /Payroll/, /\bT4\b/, /Archive/];

  it.each(OUTPUTS)('keeps teams under 5 people out of %s %s %s by default', (...args) => {
    const output = run(args, SMALL_ORG);
    for (const team of SMALL_TEAMS) expect(output).not.toMatch(team);
    expect(output).toMatch(/Housing/);
  });

  it('says how many teams were withheld, and shows them all at --min-group-size 1', () => {
    const released = JSON.parse(run(OUTPUTS[0], SMALL_ORG));
    expect(released.privacy).toEqual({ minGroupSize: 5, teamsSuppressed: 3, peopleInSuppressedTeams: 9, pseudonymised: false, keptAttributes: [] });
    expect(released.teams.map((t: { id: string }) => t.id)).toEqual(['T3']);
    expect(released.people.find((p: { id: string }) => p.id === 'P01').team).toBeNull();
    expect(run(OUTPUTS[1], SMALL_ORG)).toContain('Minimum group size 5: 3 teams smaller than that have no figures here, and 9 members of them appear with no team.');
    const all = JSON.parse(run(OUTPUTS[0], SMALL_ORG, ['--min-group-size', '1']));
    expect(all.teams.map((t: { id: string }) => t.id)).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(all.privacy.teamsSuppressed).toBe(0);
  });

  it('rejects a size that is not a whole number of at least 1', () => {
    expect(runCli(['analyse', SMALL_ORG, '--min-group-size', '0']).status).toBe(2);
  });

  it('gives a small team\'s members no community in JSON, the people CSV, GEXF or GraphML: each small team is a community of its own', () => {
    // small-org's communities: Finance (P01–P04), Payroll (P05–P07) and Archive (P12–P13) are one each.
    const withheld = ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P12', 'P13'];
    const everyone = ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14'];
    // Ned (P14), with no ties, is in no community whatever the group size.
    const named = everyone.filter((id) => !withheld.includes(id) && id !== 'P14');
    const json = JSON.parse(run(OUTPUTS[0], SMALL_ORG)) as { people: { id: string; community: number | null }[] };
    const csv = communitiesInCsv(run(OUTPUTS[3], SMALL_ORG));
    const gexf = communitiesInNetwork(run(['export', '--out', 'OUT.gexf'], SMALL_ORG));
    const graphml = communitiesInNetwork(run(['export', '--out', 'OUT.graphml'], SMALL_ORG));
    for (const found of [new Map(json.people.map((p) => [p.id, p.community])), csv, gexf, graphml]) {
      expect([...found.keys()]).toEqual(everyone);
      expect(withheld.map((id) => found.get(id))).toEqual(withheld.map(() => null));
      expect(named.every((id) => typeof found.get(id) === 'number')).toBe(true);
      expect(found.get('P14')).toBeNull();
    }
    // Shown at --min-group-size 1, where no team is withheld: everyone's but Ned's.
    const all = JSON.parse(run(OUTPUTS[0], SMALL_ORG, ['--min-group-size', '1'])) as { people: { id: string; community: number | null }[] };
    expect(all.people.filter((p) => typeof p.community !== 'number').map((p) => p.id)).toEqual(['P14']);
  });
});

/** Each person's community in a people CSV (empty: null), by id. */
function communitiesInCsv(csv: string): Map<string, number | null> {
  const [header, ...rows] = csv.trim().split('\r\n').map((line) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((match) => match[1]));
  const column = header.indexOf('community');
  return new Map(rows.map((fields) => [fields[0], fields[column] === '' ? null : Number(fields[column])]));
}

/** Each node's community in a GEXF or GraphML file (no value: null), by id. */
function communitiesInNetwork(text: string): Map<string, number | null> {
  const graphmlKey = text.match(/<key id="(\w+)" for="node" attr\.name="community"/)?.[1];
  const community = graphmlKey ? new RegExp(`<data key="${graphmlKey}">(\\d+)<`) : /<attvalue for="community" value="(\d+)"/;
  const nodes = text.split(/(?=<node )/).slice(1);
  return new Map(nodes.map((node) => [node.match(/<node id="([^"]+)"/)![1], node.match(community) ? Number(node.match(community)![1]) : null]));
}

describe('--keep-attributes', () => {
  it('keeps a column whose name holds a comma, written in double quotes as in a CSV header, or as an item of a config file\'s list', () => {
    const dir = tempFolder({
      'staff.csv': 'id,name,team,"Cost, Centre",grade\nP1,Ann,T1,CC-7,G5\nP2,Bob,T1,CC-8,G6\n',
      'interactions.csv': 'source,target\nP1,P2\n',
    });
    const typed = JSON.parse(run(OUTPUTS[0], dir, ['--keep-attributes', '"Cost, Centre",grade']));
    expect(typed.people[0].attributes).toEqual({ 'Cost, Centre': 'CC-7', grade: 'G5' });
    const config = join(tempFolder({ 'nodefinder.config.json': JSON.stringify({ keepAttributes: ['Cost, Centre'] }) }), 'nodefinder.config.json');
    expect(JSON.parse(run(OUTPUTS[0], dir, ['--config', config])).people[1].attributes).toEqual({ 'Cost, Centre': 'CC-8' });
    const unknown = runCli(['analyse', dir, '--keep-attributes', 'Cost']);
    expect(unknown.stderr).toContain('the columns that can be kept are role, location, manager, email, "Cost, Centre", grade');
  });

  it('carries no staff column by default, and exactly the ones named', () => {
    const plain = run(OUTPUTS[0], SMALL_ORG);
    for (const column of ['Town Hall', 'Finance Manager', 'ann.smith@example.org']) expect(plain).not.toContain(column);
    const kept = JSON.parse(run(OUTPUTS[0], SMALL_ORG, ['--keep-attributes', 'location,role']));
    expect(kept.people[0].attributes).toEqual({ location: 'Town Hall', role: 'Finance Manager' });
    expect(kept.privacy.keptAttributes).toEqual(['location', 'role']);
  });

  it('refuses unknown columns, and identifying ones when pseudonymising', () => {
    const unknown = runCli(['analyse', SMALL_ORG, '--keep-attributes', 'shoe-size']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('the columns that can be kept are role, location, manager, email');
    expect(runCli(['analyse', SMALL_ORG, '--pseudonymise', '--keep-attributes', 'email'], KEY).status).toBe(2);
  });

  it('refuses, when pseudonymising, every column the loader would read as an id, name, e-mail address or manager, and offers none in its hint', () => {
    // full_name, mail and line_manager are aliases of name, email and manager, kept as attributes beside the columns read.
    const dir = tempFolder({
      'staff.csv': 'id,name,full_name,team,email,work_email,manager,line_manager,mail,grade\n'
        + 'A1,Ann,Ann Q. Smith,T1,ann@x.org,ann.w@x.org,B2,Bob Jones,ann.mail@x.org,G5\n'
        + 'B2,Bob,Bob Jones,T1,bob@x.org,bob.w@x.org,,,bob.mail@x.org,G6\n',
      'interactions.csv': 'source,target\nA1,B2\n',
    });
    for (const column of ['full_name', 'mail', 'line_manager', 'Email (work)']) {
      const refused = runCli(['analyse', dir, '--pseudonymise', '--keep-attributes', column, '--format', 'csv'], KEY);
      expect(refused.status, column).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain(`--keep-attributes ${column}: identifying columns cannot be kept when pseudonymising`);
    }
    const unknown = runCli(['analyse', dir, '--pseudonymise', '--keep-attributes', 'shoe-size'], KEY);
    expect(unknown.stderr).toContain('the columns that can be kept are role, location, work_email, grade\n');
    // Without pseudonyms, every column can be kept, the aliases too.
    expect(runCli(['analyse', dir, '--keep-attributes', 'shoe-size']).stderr).toContain('the columns that can be kept are role, location, manager, email, full_name, work_email, line_manager, mail, grade\n');
    expect(JSON.parse(run(OUTPUTS[0], dir, ['--pseudonymise', '--keep-attributes', 'grade'], KEY)).people.map((p: { attributes: object }) => p.attributes)).toEqual(
      expect.arrayContaining([{ grade: 'G5' }, { grade: 'G6' }]));
  });
});

describe('files written', () => {
  it("get the user's umask and go only where asked", () => {
    const dir = tempFolder({});
    const file = join(dir, 'analysis.json');
    const result = runCli(['analyse', SMALL_ORG, '--format', 'json', '--output', file], { NODE_OPTIONS: '--require ' + join(import.meta.dirname, 'umask-077.cjs') });
    expect(result.status, result.stderr).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(result.stdout).toBe('');
  });
});
