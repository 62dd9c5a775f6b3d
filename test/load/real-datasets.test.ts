/**
 * Every real dataset in ../shared/datasets that has staff or team attributes loads with the
 * column mapping the README documents, and the counts match those verified in its SOURCE.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import type { LoadReport } from '../../src/load/report.js';
import { DATASETS } from '../helpers/temp-files.js';
import { runCli } from '../helpers/run-cli.js';

function validate(args: string[]): LoadReport {
  const result = runCli(['validate', '--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as LoadReport;
}

const K = join(DATASETS, 'krackhardt-hightech-managers');
const L = join(DATASETS, 'lazega-lawfirm');
const S = join(DATASETS, 'sociopatterns-workplace-InVS15');
const C = join(DATASETS, 'cross-parker-manufacturing');
const E = join(DATASETS, 'enron-perry-wolfe-156');

describe('real datasets (README: "Loading other exports")', () => {
  it('Krackhardt high-tech managers: space-separated 0/1 edge list with leading spaces', () => {
    const report = validate(['--staff', join(K, 'Krack-High-Tec-Attributes.csv'), '--interactions', join(K, 'Krack-High-Tec-edgelist-Advice.txt'),
      '--headerless', 'interactions', '--columns', 'weight=3']);
    expect(report).toMatchObject({ people: 21, teams: 5, arcs: 190 });
    const interactions = report.files[1];
    expect(interactions).toMatchObject({ delimiter: 'whitespace', rowsRead: 441, rowsUsed: 190 });
    // The 21 pairs of a person with themselves are listed with a 0, as every non-tie: no self-ties.
    expect(interactions.skipped.map((s) => [s.reason, s.count])).toEqual([['zero-weight', 251]]);
    expect(report.warnings.filter((w: string) => w.includes('not read'))).toEqual([]);
  });

  it('Krackhardt without its weight column named: every pair would be a tie, and the report says column 3 is not read', () => {
    const report = validate(['--staff', join(K, 'Krack-High-Tec-Attributes.csv'), '--interactions', join(K, 'Krack-High-Tec-edgelist-Advice.txt'), '--headerless', 'interactions']);
    expect(report.arcs).toBe(420);
    expect(report.warnings).toContain('the interactions file has no header, so column 3 is not read: if one holds weights, times or channels, name it, e.g. --columns interactions.weight=3 (a weight of 0 is then no interaction)');
  });

  it('Krackhardt spreadsheet variant: semicolons, decimal commas, CRLF, ego;alter;edge header', () => {
    const V = join(K, 'variant-semicolon-decimal-comma');
    const report = validate(['--staff', join(V, 'Krack-High-Tec-Attributes.csv'), '--interactions', join(V, 'Advice.csv')]);
    expect(report).toMatchObject({ people: 21, teams: 5, arcs: 190 });
    expect(report.files[0]).toMatchObject({ delimiter: ';', columns: { id: 'ID', team: 'DEPT' }, attributes: ['AGE', 'TENURE', 'LEVEL'] });
  });

  it('Lazega law firm: headerless attributes and a 71 x 71 adjacency matrix with CRLF', () => {
    const report = validate(['--staff', join(L, 'ELattr.dat'), '--headerless', 'staff', '--columns', 'staff.team=4',
      '--interactions', join(L, 'ELadv.dat'), '--matrix']);
    expect(report).toMatchObject({ people: 71, teams: 3, arcs: 892 });
    expect(report.files[1]).toMatchObject({ unit: 'cell', rowsRead: 892, rowsUsed: 892 });
    expect(report.warnings.filter((w: string) => w.includes('undirected'))).toEqual([]);
    // The co-work network is undirected, written as a symmetric matrix: each tie is counted twice.
    const cowork = validate(['--staff', join(L, 'ELattr.dat'), '--headerless', 'staff', '--columns', 'staff.team=4', '--interactions', join(L, 'ELwork.dat'), '--matrix']);
    expect(cowork.warnings).toContain('every pair interacted both ways equally (378 pairs): the file looks like an undirected network written both ways (a symmetric matrix), ' +
      'so each tie\'s strength counts it twice and the directed figures (in- and out-degree, brokerage roles) add nothing; read it with --undirected to take each tie once');
    expect(cowork).toMatchObject({ ties: 378, arcs: 756, interactions: 756 });
    // Read as undirected, each tie is taken once at its cell's 1, and nothing is left to warn of.
    const undirected = validate(['--staff', join(L, 'ELattr.dat'), '--headerless', 'staff', '--columns', 'staff.team=4', '--interactions', join(L, 'ELwork.dat'), '--matrix', '--undirected']);
    expect(undirected).toMatchObject({ ties: 378, arcs: 756, interactions: 378 });
    expect(undirected.files[1]).toMatchObject({ unit: 'cell', rowsRead: 756, rowsUsed: 756 });
    expect(undirected.warnings.filter((w: string) => w.includes('undirected'))).toEqual([]);
    // The advice network is directed: read as undirected, its first cell without a mirror is refused.
    const advice = runCli(['validate', '--staff', join(L, 'ELattr.dat'), '--headerless', 'staff', '--columns', 'staff.team=4', '--interactions', join(L, 'ELadv.dat'), '--matrix', '--undirected']);
    expect(advice.status).toBe(3);
    expect(advice.stderr).toContain('ELadv.dat:1:4: the matrix is not symmetric, as an undirected one is: line 1, column 4 holds 0, but its mirror at line 4, column 1 holds 1');
  });

  it('SocioPatterns workplace: headerless t i j contacts and tab-separated departments, with 15 isolates', () => {
    const report = validate(['--staff', join(S, 'metadata_InVS15.dat'), '--interactions', join(S, 'tij_InVS15.dat'),
      '--headerless', 'staff,interactions', '--columns', 'staff.team=2,timestamp=1,source=2,target=3']);
    expect(report).toMatchObject({ people: 232, teams: 12, ties: 4274, interactions: 78249, peopleWithoutInteractions: 15 });
    expect(report.files[1]).toMatchObject({ rowsRead: 78249, rowsUsed: 78249, skipped: [] });
    // Every contact is written lower id first (ids in numeric order, not the staff file's).
    expect(report.warnings).toContain('every interaction runs from the lower id to the higher (4,274 pairs, none the other way): the file looks undirected, as contact and meeting lists are, ' +
      'so in- and out-degree and the brokerage roles follow the order of the ids, not who reached out to whom; read it with --undirected to count each tie both ways');
  });

  it('SocioPatterns workplace read with --undirected: every contact both ways, one tie per pair that met', async () => {
    const { organisation, report } = await loadOrganisation({ staff: join(S, 'metadata_InVS15.dat'), interactions: join(S, 'tij_InVS15.dat'), headerless: ['staff', 'interactions'],
      columns: { staff: { team: '2' }, interactions: { timestamp: '1', source: '2', target: '3' } }, undirected: true });
    // The distinct unordered pairs of the file, counted here from its rows.
    const pairs = new Set(readFileSync(join(S, 'tij_InVS15.dat'), 'utf8').trim().split('\n').map((line) => {
      const [, i, j] = line.split(' ').map(Number);
      return `${Math.min(i, j)} ${Math.max(i, j)}`;
    }));
    expect(pairs.size).toBe(4274);
    expect(report).toMatchObject({ ties: pairs.size, arcs: 2 * pairs.size, interactions: 78249, peopleWithoutInteractions: 15 });
    expect(report.warnings.filter((w: string) => w.includes('undirected'))).toEqual([]);
    const { out, in: into } = organisation.directedNetwork;
    const ties = organisation.network.out;
    const unequal = organisation.people.filter((_, v) => out.offsets[v + 1] - out.offsets[v] !== into.offsets[v + 1] - into.offsets[v]
      || out.offsets[v + 1] - out.offsets[v] !== ties.offsets[v + 1] - ties.offsets[v]);
    expect(unequal).toEqual([]);
    // The busiest pair met in 946 records (ids 39 and 407: the reference's largest): both its arcs carry them all.
    const [a, b] = ['39', '407'].map((id) => organisation.personIndex.get(id)!);
    const arc = (from: number, to: number) => out.strengths[out.offsets[from] + Array.from(out.neighbours.subarray(out.offsets[from], out.offsets[from + 1])).indexOf(to)];
    expect([arc(a, b), arc(b, a)]).toEqual([946, 946]);
  });

  it('SocioPatterns workplace: the 15 people with no contacts are in no community, not 15 communities of one', () => {
    const result = runCli(['analyse', '--format', 'text', '--staff', join(S, 'metadata_InVS15.dat'), '--interactions', join(S, 'tij_InVS15.dat'),
      '--headerless', 'staff,interactions', '--columns', 'staff.team=2,timestamp=1,source=2,target=3']);
    expect(result.status).toBe(0);
    // Counted with them, Louvain's partition made 24; modularity is the same either way.
    expect(result.stdout).toContain('\n  9 communities (Louvain, seed 1; modularity 0.641); 15 people with no ties are in none; agreement with the formal teams (NMI) 0.777\n');
  });

  it('Cross & Parker manufacturing: weighted advice frequencies, sites as teams', () => {
    const report = validate(['--staff', join(C, 'nodes.csv'), '--columns', 'staff.team=location', '--interactions', join(C, 'net_info_advice_frequency.csv')]);
    expect(report).toMatchObject({ people: 77, teams: 4, arcs: 2228, ties: 2228 - 887 });
    expect(report.interactions).toBe(776 * 1 + 369 * 2 + 330 * 3 + 328 * 4 + 207 * 5 + 218 * 6);
  });

  it('Enron (Perry & Wolfe): a mail export of messages and recipients, joined on the message id', () => {
    const report = validate(['--staff', join(E, 'employees.txt'), '--headerless', 'staff,interactions,recipients',
      '--columns', 'staff.name=2,staff.team=3,staff.role=5',
      '--interactions', join(E, 'messages.tsv'), '--columns', 'interactions.message=1,timestamp=3,source=5',
      '--recipients', join(E, 'recipients.tsv'), '--columns', 'recipients.message=1,recipients.target=3']);
    expect(report).toMatchObject({ people: 156, teams: 3, arcs: 2715, interactions: 38388, peopleWithoutInteractions: 2 });
    expect(report.files.map((file) => [file.kind, file.rowsRead, file.rowsUsed])).toEqual([
      ['staff', 156, 156],
      ['interactions', 21635, 21635],
      ['recipients', 38388, 38388],
    ]);
    expect(report.period).toEqual({ first: '1998-11-13T04:07:00.000Z', last: '2002-06-21T13:37:34.000Z' });
    // Mail has a direction: no warning that it has none.
    expect(report.warnings.filter((w: string) => w.includes('undirected'))).toEqual([]);
  });
});
