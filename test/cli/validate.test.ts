/** `nodefinder validate` as a user runs it: output, exit codes and error messages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');

describe('nodefinder validate', () => {
  it('prints the load report and exits 0', () => {
    const result = runCli(['validate', FIXTURE]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('people        14  (1 with no interactions, 0 with no team)');
    expect(result.stdout).toContain('51 rows read, 51 used, 0 skipped');
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it('writes invisible characters in example values as escapes, so an unknown id shows all it holds', () => {
    const dir = tempFolder({ 'staff.csv': 'id,name,team\nP1,Ann,T1\nP2,Bob,T1\n', 'interactions.csv': 'source,target\nP1,P2\nP1,P9\u200b\n' });
    expect(runCli(['validate', dir]).stdout).toContain('line 3; e.g. "P9\\u200b"');
  });

  it('writes a file name holding escape codes as visible text, so it cannot retitle or clear the terminal', () => {
    const name = 'x\x1b]0;PWNED\x07y\x9b2J.csv';
    const dir = tempFolder({ [name]: 'id,team\nP1,T1\nP2,T1\n', 'interactions.csv': 'source,target\nP1,P2\n' });
    const result = runCli(['validate', dir, '--staff', join(dir, name)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('x\u241b]0;PWNED\u2407y\uFFFD2J.csv\n');
    expect(result.stdout).not.toMatch(/[\x07\x1b\x9b]/);
  });

  it('takes --threads as analyse does (the report does not depend on it)', () => {
    const one = runCli(['validate', FIXTURE, '--format', 'json', '--threads', '1']);
    expect(one.status).toBe(0);
    expect(runCli(['validate', FIXTURE, '--format', 'json', '--threads', '2']).stdout).toBe(one.stdout);
    const zero = runCli(['validate', FIXTURE, '--threads', '0']);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toBe('nodefinder: --threads: "0" is not auto or a whole number of at least 1 — give auto for one thread per core, or a number such as 2\n');
  });

  it('describes a matrix as a matrix, not as an empty list of columns', () => {
    const dir = tempFolder({ 'staff.csv': 'id,name,team\nA,Ann,T1\nB,Bob,T1\nC,Cy,T2\n', 'interactions.csv': '0,1,0\n1,0,2\n0,2,0\n' });
    const result = runCli(['validate', dir, '--matrix']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`interactions: ${join(dir, 'interactions.csv')}\n  comma-separated, an adjacency matrix (its rows and columns are people)\n  4 non-zero cells read, 4 used, 0 skipped\n`);
  });

  it('prints the same report as JSON', () => {
    const result = runCli(['validate', FIXTURE, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ people: 14, teams: 4, ties: 17, arcs: 31 });
  });

  it('takes the format from --output\'s file name, as analyse does, for the load report and for --reidentify', () => {
    const dir = tempFolder({});
    expect(runCli(['validate', FIXTURE, '--output', join(dir, 'v.json')]).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'v.json'), 'utf8'))).toMatchObject({ people: 14, teams: 4, ties: 17 });
    // CSV is only for the re-identified pseudonyms: a .csv name for the load report is refused before loading.
    const csv = runCli(['validate', FIXTURE, '--output', join(dir, 'v.csv')]);
    expect(csv.status).toBe(2);
    expect(csv.stderr).toContain(`--output ${join(dir, 'v.csv')}: validate writes text and json, not csv`);
    const key = { NODEFINDER_KEY: 'a secret key only the analyst holds' };
    const shared = join(dir, 'shared.json');
    expect(runCli(['analyse', FIXTURE, '--min-group-size', '1', '--pseudonymise', '--output', shared], key).status).toBe(0);
    const who = runCli(['validate', FIXTURE, '--reidentify', shared, '--output', join(dir, 'who.csv')], key);
    expect(who.status, who.stderr).toBe(0);
    const rows = readFileSync(join(dir, 'who.csv'), 'utf8').split('\r\n');
    expect(rows[0]).toBe('pseudonym,id,name');
    expect(rows.filter((row) => row !== '')).toHaveLength(1 + 14);
    expect(rows.some((row) => /^p-[0-9a-f]{16},P01,Ann Smith$/.test(row))).toBe(true);
  });

  it('exits 3 with file:line:column, the problem and the fix, and no stack trace', () => {
    const dir = tempFolder({ 'staff.csv': 'id,team\nP1,T1\nP2,T1\n', 'interactions.csv': 'source,target,weight\nP1,P2,often\n' });
    const result = runCli(['validate', dir]);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(`nodefinder: ${join(dir, 'interactions.csv')}:2:3: "often" is not a weight — weights must be numbers of 0 or more; fix the value, or map another column with --columns interactions.weight=COLUMN [BAD_WEIGHT]\n`);
    expect(result.stdout).toBe('');
  });

  it('adds the stack trace with --debug', () => {
    const result = runCli(['validate', '/nonexistent', '--debug']);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/FILE_NOT_FOUND|file not found/);
    expect(result.stderr).toMatch(/\n\s+at /);
  });

  it('exits 2 for usage errors', () => {
    expect(runCli(['validate', FIXTURE, '--format', 'xml']).status).toBe(2);
    expect(runCli(['validate', FIXTURE, '--columns', 'colour=red']).status).toBe(2);
    expect(runCli(['validate', FIXTURE, '--since', 'last week']).status).toBe(2);
    const reversed = runCli(['validate', FIXTURE, '--since', '2026-04-01', '--until', '2026-01-01']);
    expect(reversed.status).toBe(2);
    expect(reversed.stderr).toContain('--since 2026-04-01 is after --until 2026-01-01');
    expect(runCli(['frobnicate']).status).toBe(2);
    const unread = runCli(['validate', FIXTURE, '--columns', 'recipients.target=2']);
    expect(unread.status).toBe(2);
    expect(unread.stderr).toContain('--columns maps recipients columns, but no --recipients file is given');
    expect(runCli(['validate', FIXTURE, '--no-teams', '--columns', 'teams.name=2']).status).toBe(2);
    // Either order: commander alone would keep the last of the two and drop the other.
    for (const flags of [['--no-teams', '--teams', join(FIXTURE, 'teams.csv')], ['--teams', join(FIXTURE, 'teams.csv'), '--no-teams']]) {
      const both = runCli(['validate', FIXTURE, ...flags]);
      expect(both.status).toBe(2);
      expect(both.stderr).toContain('--teams names a teams file and --no-teams ignores it');
    }
    // A key without --reidentify is for nothing here, as it is without --pseudonymise for analyse.
    const keyAlone = runCli(['validate', FIXTURE, '--key-file', 'nodefinder.key']);
    expect(keyAlone.status).toBe(2);
    expect(keyAlone.stderr).toBe('nodefinder: --key-file is the key for --reidentify, which was not given — add --reidentify OUTPUT to list who the pseudonyms in an output stand for, or leave out --key-file\n');
    const bare = runCli([]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('Usage: nodefinder');
    expect(runCli(['help']).status).toBe(0);
  });

  it('has --help with examples and exit codes, and --version', () => {
    const help = runCli(['validate', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--columns <mapping>');
    const top = runCli(['--help']);
    expect(top.stdout).toContain('Exit codes: 0 success, 1 internal error, 2 usage error, 3 input error, 4 output not written, 130 or 143 interrupted (Ctrl-C, SIGTERM).');
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('applies filters from flags', () => {
    const result = runCli(['validate', FIXTURE, '--format', 'json', '--channel', 'email', '--until', '2026-03-15', '--min-interactions', '2']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    const reasons = report.files[2].skipped.map((entry: { reason: string }) => entry.reason);
    expect(reasons).toEqual(['other-channel', 'outside-window', 'below-threshold']);
  });
});

describe('validate text', () => {
  it('says 1 row, 1 pair and line, not 1 rows, 1 pairs and lines', () => {
    const dir = tempFolder({ 'staff.csv': 'id,team\nA,T1\nB,T1\n', 'teams.csv': 'id\nT1\n', 'interactions.csv': 'source,target\nA,B\nA,A\n' });
    const text = runCli(['validate', dir]).stdout;
    expect(text).toContain('ties          1 pair who interacted (1 directed)');
    expect(text).toContain('2 rows read, 1 used, 1 skipped');
    expect(text).toContain('1 row read, 1 used, 0 skipped');
    expect(text).toMatch(/1 self-interaction: .*\n {6}line 3\n/);
    expect(text).toContain("2 people's ids and teams; 1 interaction between them");
  });
});

describe('validate --examples', () => {
  it('lists every unknown id when asked for enough examples, and refuses 0', () => {
    const unknown = Array.from({ length: 12 }, (_, i) => `P01,Z${i}`).join('\n');
    const dir = tempFolder({ 'staff.csv': 'id,team\nP01,T1\nP02,T1\n', 'interactions.csv': `source,target\n${unknown}\nP01,P02\n` });
    const report = JSON.parse(runCli(['validate', dir, '--format', 'json', '--examples', '1000']).stdout);
    expect(report.files[1].skipped[0].examples).toHaveLength(12);
    expect(JSON.parse(runCli(['validate', dir, '--format', 'json']).stdout).files[1].skipped[0].examples).toHaveLength(5);
    expect(runCli(['validate', dir, '--examples', '0']).status).toBe(2);
  });
});

describe('validate --date-order', () => {
  it('reads day-first or month-first dates as told, asks for the flag without it, and refuses other orders', () => {
    const dir = tempFolder({ 'staff.csv': 'id,team\nA,T1\nB,T2\n', 'interactions.csv': 'source,target,time\nA,B,02/03/2026 09:30\nB,A,05/03/2026 17:00\n' });
    const asked = runCli(['validate', dir]);
    expect(asked.status).toBe(3);
    expect(asked.stderr).toContain('interactions.csv:2:3: "02/03/2026 09:30" is a date in numbers only, which can be day first or month first — say which with --date-order dmy');
    const dayFirst = JSON.parse(runCli(['validate', dir, '--date-order', 'dmy', '--format', 'json']).stdout);
    expect(dayFirst.period).toEqual({ first: '2026-03-02T09:30:00.000Z', last: '2026-03-05T17:00:00.000Z' });
    const monthFirst = JSON.parse(runCli(['validate', dir, '--date-order', 'mdy', '--format', 'json']).stdout);
    expect(monthFirst.period).toEqual({ first: '2026-02-03T09:30:00.000Z', last: '2026-05-03T17:00:00.000Z' });
    expect(runCli(['validate', dir, '--date-order', 'ymd']).status).toBe(2);
    // The window flags read dates in the same order; a bare date ends at the end of its day.
    const window = JSON.parse(runCli(['validate', dir, '--date-order', 'dmy', '--since', '01/03/2026', '--until', '02/03/2026', '--format', 'json']).stdout);
    expect(window.period).toEqual({ first: '2026-03-02T09:30:00.000Z', last: '2026-03-02T09:30:00.000Z' });
    // The output records how the data were read.
    expect(window.settings).toEqual({ since: '2026-03-01T00:00:00.000Z', until: '2026-03-02T23:59:59.999Z', channels: null, minInteractions: 0, undirected: false, strict: false, dateOrder: 'dmy' });
    expect(runCli(['validate', dir, '--date-order', 'dmy', '--since', '01/03/2026']).stdout).toContain('  read with     --since 2026-03-01T00:00:00.000Z; --date-order dmy\n');
    expect(runCli(['validate', dir, '--date-order', 'dmy']).stdout).toContain('  read with     --date-order dmy\n');
    const markdown = runCli(['analyse', dir, '--date-order', 'dmy', '--format', 'markdown', '--min-group-size', '1']).stdout;
    expect(markdown).toContain('| Data read with | --date-order dmy |');
    const iso = runCli(['validate', dir, '--since', '01/03/2026']);
    expect(iso.status).toBe(2);
    expect(iso.stderr).toContain('--since: "01/03/2026" is not a date — a date in numbers only needs --date-order dmy (31/03/2026) or --date-order mdy (03/31/2026)');
    // A 16-digit Unix time (microseconds) read as milliseconds is after the year 9999: no window.
    const micro = runCli(['validate', dir, '--until', '8639999999999999']);
    expect(micro.status).toBe(2);
    expect(micro.stderr).toContain('--until: "8639999999999999" is after the year 9999 — a Unix time is read in seconds, or in milliseconds from 12 digits on');
  });
});

describe('a network with no interactions', () => {
  it('is reported by validate, and refused by the commands that would measure it (exit 3)', () => {
    const filters = ['--channel', 'nosuch'];
    const validate = runCli(['validate', FIXTURE, ...filters]);
    expect(validate.status).toBe(0);
    expect(validate.stdout).toContain('--channel "nosuch" matched no interaction; the file has "email"');
    for (const command of ['analyse', 'suggest', 'report', 'export']) {
      const result = runCli([command, FIXTURE, ...filters, ...(command === 'report' ? ['--out', join(tempFolder({}), 'x.html')] : command === 'export' ? ['--out', join(tempFolder({}), 'x.json')] : [])]);
      expect(result.status, command).toBe(3);
      expect(result.stderr).toMatch(/interactions\.csv: no interaction was used, so there is no network to analyse \(\d+ read; skipped: \d+ other-channel\): --channel "nosuch" matched no interaction; the file has "email", "meeting", "chat" \(channel names are matched exactly, case included\) — run nodefinder validate/);
    }
  });

  it('names the file\'s channels when --channel left none, and the one a channel differs from only in case', () => {
    const result = runCli(['analyse', FIXTURE, '--channel', 'Email', '--channel', 'Fax']);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(`nodefinder: ${join(FIXTURE, 'interactions.csv')}: no interaction was used, so there is no network to analyse (51 read; skipped: 51 other-channel): ` +
      '--channel "Email" matched no interaction; the file has "email", "meeting", "chat" (channel names are matched exactly, case included: the file\'s "email" differs from it only in case); ' +
      '--channel "Fax" matched no interaction; the file has "email", "meeting", "chat" (channel names are matched exactly, case included) — ' +
      'run nodefinder validate with the same flags to see why, and check --since, --until, --channel and --min-interactions [NO_INTERACTIONS]\n');
  });

  it('says a --channel whose rows are all outside the window is so, in validate\'s warning and in the refusal', () => {
    // The fixture's chat rows are dated 4 to 28 March.
    const validate = runCli(['validate', FIXTURE, '--channel', 'email', '--channel', 'chat', '--until', '2026-03-03']);
    expect(validate.stdout).toContain('--channel "chat" matched no interaction: its rows are all outside the time window\n');
    const analyse = runCli(['analyse', FIXTURE, '--channel', 'chat', '--until', '2026-03-03']);
    expect(analyse.status).toBe(3);
    expect(analyse.stderr).toMatch(/\(51 read; skipped: 34 other-channel, 17 outside-window\): --channel "chat" matched no interaction: its rows are all outside the time window — run nodefinder validate/);
  });

  it('says so when the interactions file holds a header and no rows, not that filters left them out', () => {
    const dir = tempFolder({ 'staff.csv': readFileSync(join(FIXTURE, 'staff.csv'), 'utf8'), 'interactions.csv': 'source,target\n' });
    expect(runCli(['validate', dir]).stdout).toContain('the interactions file has no rows after its header');
    const result = runCli(['analyse', dir, '--format', 'json']);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(`nodefinder: ${join(dir, 'interactions.csv')}: the interactions file has no rows after its header, so there is no network to analyse — export the interactions again, with their rows [NO_INTERACTIONS]\n`);
  });
});

describe('the README quick start', () => {
  it('analyses the bundled sample organisation', () => {
    const result = runCli(['analyse', join(import.meta.dirname, '..', '..', 'fixtures', 'sample')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('300 people in 33 teams, 1,945 ties');
    expect(result.stdout).toContain('Connectors: know the most people');
    expect(result.stderr).toBe('');
  });
});

describe('nodefinder analyse --thresholds', () => {
  const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');
  it('changes the judgements and records the options', () => {
    const result = runCli(['analyse', FIXTURE_DIR, '--format', 'json', '--thresholds', 'siloEiIndex=-1,siloMinSize=3,connectorMinDegree=6']);
    expect(result.status).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(analysis.options.silos).toEqual({ siloEiIndex: -1, siloMinSize: 3 });
    expect(analysis.options.roles.connectorMinDegree).toBe(6);
    expect(analysis.summary.silos).toBe(0);
    expect(analysis.people.filter((p: { roles: string[] }) => p.roles.includes('connector'))).toEqual([]);
  });
  it('rejects unknown names and bad values with exit 2', () => {
    expect(runCli(['analyse', FIXTURE_DIR, '--thresholds', 'loudness=3']).status).toBe(2);
    expect(runCli(['analyse', FIXTURE_DIR, '--thresholds', 'connectorPercentile=150']).status).toBe(2);
    expect(runCli(['analyse', FIXTURE_DIR, '--thresholds', 'siloEiIndex']).status).toBe(2);
    const fraction = runCli(['analyse', FIXTURE_DIR, '--thresholds', 'connectorMinDegree=2.5']);
    expect(fraction.status).toBe(2);
    expect(fraction.stderr).toContain('--thresholds connectorMinDegree must be a whole number of at least 1, not 2.5');
  });
  it('holds each threshold to its range, naming the flag typed on every command', () => {
    // An E-I index lies in [-1, 1]: -2 would make no team a silo, 1 every team.
    const refusals: [string, string][] = [
      ['siloEiIndex=-2', '--thresholds siloEiIndex must be at least -1 and below 1 (an E-I index), not -2'],
      ['siloEiIndex=1', '--thresholds siloEiIndex must be at least -1 and below 1 (an E-I index), not 1'],
      ['peripheralPercentile=0', '--thresholds peripheralPercentile must be above 0 and at most 100, not 0'],
      ['connectorMinDegree=0', '--thresholds connectorMinDegree must be a whole number of at least 1, not 0'],
      ['spannerMinTeams=0', '--thresholds spannerMinTeams must be a whole number of at least 1, not 0'],
      ['constructor=1', '--thresholds: unknown threshold "constructor" — the thresholds are connectorPercentile, connectorMinDegree,'],
      ['connectorPercentil=98', '--thresholds: unknown threshold "connectorPercentil" — did you mean connectorPercentile?\n'],
    ];
    for (const [thresholds, message] of refusals) {
      const result = runCli(['analyse', FIXTURE_DIR, '--thresholds', thresholds]);
      expect(result.status, thresholds).toBe(2);
      expect(result.stderr).toContain(`nodefinder: ${message}`);
    }
    // suggest answered "analyse: silos.siloMinSize …", another command's name and an internal key.
    const suggest = runCli(['suggest', FIXTURE_DIR, '--thresholds', 'siloMinSize=0']);
    expect(suggest.status).toBe(2);
    expect(suggest.stderr).toBe('nodefinder: --thresholds siloMinSize must be a whole number of at least 1, not 0\n');
    expect(runCli(['analyse', FIXTURE_DIR, '--format', 'json', '--thresholds', 'siloEiIndex=0.99,peripheralPercentile=100']).status).toBe(0);
  });
});
