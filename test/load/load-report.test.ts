/** Every input row is used or skipped with a reason; the counts always add up. */
import { describe, expect, it } from 'vitest';
import { readInteractions } from '../../src/load/interactions.js';
import { loadOrganisation, type LoadOptions } from '../../src/load/load-organisation.js';
import { parseTimestamp, parseWindowEnd } from '../../src/load/values.js';
import { tempFolder } from '../helpers/temp-files.js';
import { formatLoadReport } from '../../src/present/load-report-text.js';

const STAFF = 'id,name,team,manager\nP1,Ann,T1,\nP2,Bob,T1,P1\nP3,Cat,T2,P404\nP4,Dan,,\n';
const INTERACTIONS = [
  'source,target,timestamp,channel',
  'P1,P2,2026-01-10,email', // 2 used
  'P1,P1,2026-01-10,email', // 3 self
  'P1,P9,2026-01-10,email', // 4 unknown
  ',P2,2026-01-10,email', //   5 malformed
  'P2,P3,2025-12-31,email', // 6 outside window
  'P2,P3,,email', //           7 no timestamp (window asked for)
  'P2,P1,2026-02-01,chat', //  8 other channel
  'P3,P1,2026-01-15,email', // 9 below threshold (tie P1-P3 has 1 interaction)
  'P2,P1,2026-01-20,email', // 10 used
  'P1,P2,2026-01-31T23:59:59Z,email', // 11 used: --until is inclusive of the whole day
].join('\n');

async function load(options: Partial<LoadOptions> = {}) {
  const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': INTERACTIONS });
  return loadOrganisation({ dir, ...options });
}

describe('load report', () => {
  it('accounts for every row, by reason, with line numbers', async () => {
    const { report } = await load({
      since: parseTimestamp('2026-01-01'),
      until: parseWindowEnd('2026-01-31'),
      channels: ['email'],
      minInteractions: 2,
    });
    const interactions = report.files.find((file) => file.kind === 'interactions')!;
    const skipped = Object.fromEntries(interactions.skipped.map((entry) => [entry.reason, entry.lines]));
    expect(skipped).toEqual({
      malformed: [5],
      'self-interaction': [3],
      'unknown-person': [4],
      'other-channel': [8],
      'no-timestamp': [7],
      'outside-window': [6],
      'below-threshold': [9],
    });
    expect(interactions.rowsRead).toBe(10);
    expect(interactions.rowsUsed).toBe(3);
    const skippedTotal = interactions.skipped.reduce((sum, entry) => sum + entry.count, 0);
    expect(interactions.rowsUsed + skippedTotal).toBe(interactions.rowsRead);
    expect(report.ties).toBe(1);
    expect(report.interactions).toBe(3);
    expect(report.period).toEqual({ first: '2026-01-10T00:00:00.000Z', last: '2026-01-31T23:59:59.000Z' });
  });

  it('keeps people with no interactions and reports people without a team and unknown managers', async () => {
    const { organisation, report } = await load();
    expect(organisation.people.map((p) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(report.peopleWithoutInteractions).toBe(1);
    expect(report.peopleWithoutTeam).toBe(1);
    expect(organisation.people[3].team).toBe(-1);
    expect(report.warnings).toEqual(['1 person has a manager who is not in the staff file (lines 4)', '1 person has no team (lines 5)']);
  });

  it('without filters uses every well-formed row between known people', async () => {
    const { report, organisation } = await load();
    const interactions = report.files.find((file) => file.kind === 'interactions')!;
    expect(interactions.rowsUsed).toBe(7);
    expect(report.channels).toEqual(['email', 'chat']);
    expect(organisation.channels).toEqual(['email', 'chat']);
  });

  it('keeps ties whose summed weight is below 1 unless --min-interactions asks otherwise (survey strengths, hours)', async () => {
    const dir = tempFolder({
      'staff.csv': STAFF,
      'interactions.csv': 'source,target,weight\nP1,P2,0.2\nP2,P3,0.9\nP1,P3,1\nP3,P4,0.5\nP4,P1,0.4\n',
    });
    const everyTie = await loadOrganisation({ dir });
    expect(everyTie.report.ties).toBe(5);
    expect(everyTie.report.settings.minInteractions).toBe(0);
    expect(everyTie.report.files[1].skipped).toEqual([]);
    const asked = await loadOrganisation({ dir, minInteractions: 0.5 });
    expect(asked.report.ties).toBe(3);
    expect(asked.report.files[1].skipped).toEqual([expect.objectContaining({ reason: 'below-threshold', count: 2, lines: [2, 6] })]);
  });

  it('says the below-threshold lines are the first line of each tie dropped, not of each row skipped', async () => {
    // Ten rows of six ties, none reaching 5 interactions (orgs/dups): P1–P2 on lines 2, 3, 4 and 6.
    const dir = tempFolder({
      'staff.csv': STAFF,
      'interactions.csv': 'source,target\nP1,P2\nP1,P2\nP2,P1\nP1,P3\nP1,P2\nP2,P3\nP3,P4\nP4,P1\nP2,P4\nP2,P4\n',
    });
    const { report } = await loadOrganisation({ dir, minInteractions: 5 });
    expect(report.files[1].skipped).toEqual([expect.objectContaining({ reason: 'below-threshold', count: 10, lines: [2, 5, 7, 8, 9] })]);
    const text = formatLoadReport(report);
    expect(text).toContain('    10 below-threshold: the tie has fewer interactions than --min-interactions\n      the first line of each tie dropped: lines 2, 5, 7, 8, 9, …');
  });

  it('warns of teams with no interaction at all, counted but not named, which are not judged as silos', async () => {
    const dir = tempFolder({
      'staff.csv': 'id,team\nP1,T1\nP2,T1\nP3,T2\nP4,T3\nP5,T3\nP6,T4\n',
      'interactions.csv': 'source,target\nP1,P2\nP2,P3\nP1,P3\n',
    });
    const { organisation, report } = await loadOrganisation({ dir });
    // T4, a team of one, is not counted: it is never a silo.
    expect(report.warnings).toEqual(['1 team (2 people) has no interaction at all: nothing says how it talks, so it is not judged as a silo; check that the export covers it']);
    const { analyse } = await import('../../src/analyse.js');
    const silent = analyse(organisation).teams.filter((team) => team.id === 'T3' || team.id === 'T4');
    expect(silent.map((team) => [team.id, team.silo, team.eiIndex])).toEqual([['T3', false, Number.NaN], ['T4', false, Number.NaN]]);
  });

  it('warns of teams whose parent is another team (a hierarchy export), which are read as departments of that name', async () => {
    const dir = tempFolder({
      'staff.csv': 'id,team\nP1,T1\nP2,T2\nP3,T3\n',
      'teams.csv': 'id,name,parent\nT1,Finance,Resources\nT2,Payroll,T1\nT3,Audit,T1\n',
      'interactions.csv': 'source,target\nP1,P2\nP2,P3\n',
    });
    const { organisation, report } = await loadOrganisation({ dir });
    expect(report.warnings).toEqual([
      '2 teams have another team as parent (teams file lines 3, 4): nodefinder reads one level of departments above teams, so each such parent is read as a department of that name; give each team its department as parent for department figures that follow the hierarchy',
    ]);
    expect(organisation.teams.map((team) => team.parent)).toEqual(['Resources', 'T1', 'T1']);
  });

  it('warns, by line, of staff ids that differ only in an address\'s case or an accent\'s encoding, which interactions cannot tell apart', async () => {
    const dir = tempFolder({
      'staff.csv': `id,team\nAnn@x.org,T2\nann@x.org,T2\nSi${'a\u0302'}n,T2\nSi\u00e2n,T2\nBob,T2\nbob,T2\n`,
      'interactions.csv': 'source,target\nBob,bob\n',
    });
    const { report } = await loadOrganisation({ dir });
    expect(report.warnings).toEqual([
      '2 pairs of staff ids differ only in letter case, in how an accent is encoded or by invisible characters (lines 2 and 3; lines 4 and 5 of the staff file): an interaction naming one of them in another form matches neither; if they are one person, merge the rows',
      // Bob and bob are told apart, so are warned of apart.
      'two staff ids differ only in letter case (lines 6 and 7 of the staff file): ids other than addresses are matched case included, so they are read as two people, and an interaction naming them in a third case matches neither; if they are one person, merge the rows',
    ]);
  });

  it('warns, by line, of staff ids other than addresses that differ only in letter case, and of none when every id is in one case', async () => {
    const dir = tempFolder({
      'staff.csv': 'id,team\nP005510,T1\np005510,T1\nP7,T1\nAnn.Smith,T1\nann.smith,T1\nANN.SMITH,T1\n',
      'interactions.csv': 'source,target\nP005510,p005510\nP7,ann.smith\n',
    });
    const { report, organisation } = await loadOrganisation({ dir });
    expect(report.warnings).toEqual([
      '3 pairs of staff ids differ only in letter case (lines 2 and 3; lines 5 and 6; lines 5 and 7 of the staff file): ids other than addresses are matched case included, so they are read as two people, and an interaction naming them in a third case matches neither; if they are one person, merge the rows',
    ]);
    // Still matched exactly: six people, the interactions between P005510 and p005510 kept.
    expect(organisation.people.length).toBe(6);
    const interactions = report.files.find((file) => file.kind === 'interactions')!;
    expect(interactions.rowsUsed).toBe(2);
    const oneCase = tempFolder({ 'staff.csv': 'id,team\nP1,T1\nP2,T1\nQ1,T1\n', 'interactions.csv': 'source,target\nP1,P2\nQ1,P2\n' });
    expect((await loadOrganisation({ dir: oneCase })).report.warnings).toEqual([]);
  });

  it('warns of a staff id that differs from another only by an invisible character, and reads interactions naming ids with one pasted in', async () => {
    const dir = tempFolder({
      'staff.csv': 'id,team\nP1,T1\nP2,T1\nP3,T1\nP3\u200b,T1\n',
      'interactions.csv': 'source,target\n\u200bP1,P2\nP2\u200e,P1\nP1,P3\n',
    });
    const { report, organisation } = await loadOrganisation({ dir });
    expect(report.warnings).toEqual([
      'two staff ids differ only in letter case, in how an accent is encoded or by invisible characters (lines 4 and 5 of the staff file): an interaction naming one of them in another form matches neither; if they are one person, merge the rows',
    ]);
    const interactions = report.files.find((file) => file.kind === 'interactions')!;
    expect([interactions.rowsRead, interactions.rowsUsed]).toEqual([3, 3]);
    expect(Array.from(organisation.ties.strength)).toEqual([2, 1]);
  });

  it('reports teams without members from a teams file', async () => {
    const dir = tempFolder({
      'staff.csv': STAFF,
      'teams.csv': 'id,name,parent\nT1,Finance,Resources\nT2,Housing,Communities\nT3,Archive,Communities\n',
      'interactions.csv': INTERACTIONS,
    });
    const { report, organisation } = await loadOrganisation({ dir });
    expect(report.emptyTeams).toEqual(['T3']);
    expect(organisation.teams.map((team) => [team.id, team.name, team.parent, team.members])).toEqual([
      ['T1', 'Finance', 'Resources', [0, 1]],
      ['T2', 'Housing', 'Communities', [2]],
      ['T3', 'Archive', 'Communities', []],
    ]);
  });
});

describe('--channel', () => {
  it('names the channels it skipped, and warns of a channel no row has, listing those the file has and the one it differs from only in case', async () => {
    const { report } = await load({ channels: ['email', 'Chat', 'meeting'] });
    const interactions = report.files.find((file) => file.kind === 'interactions')!;
    expect(interactions.skipped.find((entry) => entry.reason === 'other-channel')).toMatchObject({ count: 1, lines: [8], examples: ['chat'] });
    expect(report.warnings).toEqual([
      '--channel "Chat" matched no interaction; the file has "email", "chat" (channel names are matched exactly, case included: the file\'s "chat" differs from it only in case)',
      '--channel "meeting" matched no interaction; the file has "email", "chat" (channel names are matched exactly, case included)',
      '1 person has a manager who is not in the staff file (lines 4)',
      '1 person has no team (lines 5)',
    ]);
  });
});

describe('a --channel whose rows are all outside the time window', () => {
  it('is told so, not called absent, and its channel is among those the file has', async () => {
    // The one chat row (line 8) is dated 1 February, after the window.
    const { report } = await load({ channels: ['chat', 'fax'], since: parseTimestamp('2026-01-01'), until: parseWindowEnd('2026-01-31') });
    const interactions = report.files.find((file) => file.kind === 'interactions')!;
    expect(interactions.skipped.find((entry) => entry.reason === 'outside-window')).toMatchObject({ count: 1, lines: [8], examples: ['chat'] });
    expect(report.warnings.filter((warning) => warning.startsWith('--channel'))).toEqual([
      '--channel "chat" matched no interaction: its rows are all outside the time window',
      '--channel "fax" matched no interaction; the file has "email", "chat" (channel names are matched exactly, case included)',
    ]);
  });

  it('names each channel of the rows outside the window once, in order of first appearance', async () => {
    // Every dated row is before 2 February: email (lines 2, 6), chat (8), email again (9 to 11).
    const { report } = await load({ since: parseTimestamp('2026-02-02') });
    expect(report.files[1].skipped.find((entry) => entry.reason === 'outside-window')).toMatchObject({ count: 6, lines: [2, 6, 8, 9, 10], examples: ['email', 'chat'] });
  });
});

describe('a --channel no row has', () => {
  it('is warned of with "…" only when more rows of other channels were skipped than examples kept', async () => {
    const warning = async (channels: string[], examples: number) => (await load({ channels, examples })).report.warnings.find((w) => w.startsWith('--channel "fax"'));
    // The one chat row's channel is its example: every other channel is named.
    expect(await warning(['email', 'fax'], 1)).toBe('--channel "fax" matched no interaction; the file has "email", "chat" (channel names are matched exactly, case included)');
    // Of the several email rows, one example is kept: there may be more channels.
    expect(await warning(['chat', 'fax'], 1)).toBe('--channel "fax" matched no interaction; the file has "chat", "email", … (channel names are matched exactly, case included)');
    expect(await warning(['chat', 'fax'], 5)).toBe('--channel "fax" matched no interaction; the file has "chat", "email" (channel names are matched exactly, case included)');
  });
});

describe('examples', () => {
  it('keeps 5 lines and ids of each skip reason by default, and as many as asked for', async () => {
    const unknown = Array.from({ length: 30 }, (_, i) => `P1,X${i}`).join('\n');
    const dir = tempFolder({ 'staff.csv': STAFF, 'interactions.csv': `source,target\n${unknown}\nP1,P2\n` });
    const skippedOf = async (options: Partial<LoadOptions>) =>
      (await loadOrganisation({ dir, ...options })).report.files.find((file) => file.kind === 'interactions')!.skipped[0];
    expect(await skippedOf({})).toMatchObject({ count: 30, lines: [2, 3, 4, 5, 6], examples: ['X0', 'X1', 'X2', 'X3', 'X4'] });
    const all = await skippedOf({ examples: 100 });
    expect(all.lines).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
    expect(all.examples).toEqual(Array.from({ length: 30 }, (_, i) => `X${i}`));
    // The same when the file is read in two parts (the second part's examples come after the first's).
    const personIndex = new Map([['P1', 0], ['P2', 1], ['P3', 2], ['P4', 3]]);
    const split = await readInteractions(`${dir}/interactions.csv`, personIndex, { splitFrom: 0, examples: 100 });
    expect(split.report.skipped[0].examples).toEqual(all.examples);
  });
});

describe('timestamps', () => {
  it('reads Unix milliseconds as such, and warns of a period before 1990 (numbers that are not Unix times)', async () => {
    const staff = 'id,team\nA,T1\nB,T2\n';
    const millis = tempFolder({ 'staff.csv': staff, 'interactions.csv': 'source,target,timestamp\nA,B,1772442000000\nB,A,1772445600000\n' });
    const fromMillis = await loadOrganisation({ dir: millis });
    expect(fromMillis.report.period).toEqual({ first: '2026-03-02T09:00:00.000Z', last: '2026-03-02T10:00:00.000Z' });
    expect(fromMillis.report.warnings).toEqual([]);
    const basicDates = tempFolder({ 'staff.csv': staff, 'interactions.csv': 'source,target,timestamp\nA,B,20260302\n' });
    const { report } = await loadOrganisation({ dir: basicDates });
    expect(report.period!.first).toBe('1970-08-23T11:51:42.000Z');
    expect(report.warnings).toEqual([
      'the first interaction is dated 1970-08-23: numbers that are not Unix times (seconds since a study began, dates written 20260302, or Excel\'s day numbers such as 45352.375) are read as seconds since 1970, so check the period before using --since, --until or compare (in Excel, format the column as a date before exporting)',
    ]);
    const micros = tempFolder({ 'staff.csv': staff, 'interactions.csv': 'source,target,timestamp\nA,B,1772442000000000\n' });
    expect((await loadOrganisation({ dir: micros })).report.warnings).toEqual([
      'the last interaction is dated in the year 58136: times in microseconds (16 digits) are read as milliseconds, so convert them to seconds or milliseconds, or check the period before using --since, --until or compare',
    ]);
  });

  it('warns when rows a time window left out were dated before 1990, as Excel\'s day numbers among dates are', async () => {
    const rows = Array.from({ length: 4_000 }, (_, i) => (i % 2 === 0 ? `A,B,2026-03-0${1 + (i % 9)}T09:00:00Z` : 'B,A,45352.375'));
    const dir = tempFolder({ 'staff.csv': 'id,team\nA,T1\nB,T2\n', 'interactions.csv': `source,target,timestamp\n${rows.join('\n')}\n` });
    const warning = 'rows left outside --since/--until include times before 1990 (the earliest 1970-01-01), which may belong inside it: numbers that are not Unix times ' +
      '(seconds since a study began, dates written 20260302, or Excel\'s day numbers such as 45352.375) are read as seconds since 1970, so check the period before using --since, --until or compare ' +
      '(in Excel, format the column as a date before exporting)';
    const { report } = await loadOrganisation({ dir, since: Date.UTC(2026, 2, 1) / 1000 });
    expect(report.files[1].skipped).toEqual([expect.objectContaining({ reason: 'outside-window', count: 2_000 })]);
    expect(report.warnings).toEqual([warning]);
    // A window that takes them in: the period's own warning, and not this one.
    expect((await loadOrganisation({ dir, since: 0 })).report.warnings).toEqual([expect.stringMatching(/^the first interaction is dated 1970-01-01: /)]);
    // Rows left out after the window only: nothing to warn of.
    expect((await loadOrganisation({ dir, since: 0, until: Date.UTC(2026, 2, 4) / 1000 })).report.warnings).toEqual([expect.stringMatching(/^the first interaction is dated 1970-01-01: /)]);
  });
});

describe('an interactions file with no usable rows', () => {
  it('loads, with a warning that nothing was used', async () => {
    const dir = tempFolder({ 'staff.csv': 'id,team\nA,T1\nB,T2\n', 'interactions.csv': 'source,target\nA,A\n' });
    const { report } = await loadOrganisation({ dir });
    expect(report.ties).toBe(0);
    expect(report.warnings).toContain('no interactions were used: see the skipped rows of the interactions file');
  });
});
