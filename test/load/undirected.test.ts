/** Interactions read as undirected (`undirected: true`, --undirected): each tie both ways in the directed view. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { InputError, UsageError } from '../../src/errors.js';
import { loadOrganisation, type LoadOptions } from '../../src/load/load-organisation.js';
import { createOrganisation } from '../../src/organisation/organisation.js';
import type { TieTable } from '../../src/organisation/tie-table.js';
import { pseudonymiseOrganisation } from '../../src/privacy/pseudonymise.js';
import { tempFolder } from '../helpers/temp-files.js';

// A and B in T1, C and D in T2. A–B is written three times, in both orders.
const STAFF = 'id,name,team\nA,Ann,T1\nB,Bob,T1\nC,Cat,T2\nD,Dan,T2\n';
const EDGES = [
  'source,target,timestamp,channel',
  'A,B,2026-01-05,email',
  'B,A,2026-01-07,chat',
  'A,B,2026-01-09,email',
  'A,C,2026-01-06,email',
  'C,B,2026-01-08,email',
  'D,C,2026-01-10,meeting',
].join('\n');

async function load(options: Partial<LoadOptions> = {}, interactions = EDGES) {
  return loadOrganisation({ dir: tempFolder({ 'staff.csv': STAFF, 'interactions.csv': interactions }), ...options });
}

/** [source, target, strength, rows] of each row of a tie table, by id. */
function rowsOf(table: TieTable, ids: readonly string[]): [string, string, number, number][] {
  return Array.from({ length: table.length }, (_, i) => [ids[table.source[i]], ids[table.target[i]], table.strength[i], table.rows[i]]);
}

describe('an edge list read as undirected', () => {
  it('has the same ties, and each tie both ways with its full strength as the arcs', async () => {
    const directed = await load();
    const undirected = await load({ undirected: true });
    const ids = ['A', 'B', 'C', 'D'];
    const ties = [['A', 'B', 3, 3], ['A', 'C', 1, 1], ['B', 'C', 1, 1], ['C', 'D', 1, 1]];
    expect(rowsOf(directed.organisation.ties, ids)).toEqual(ties);
    expect(rowsOf(undirected.organisation.ties, ids)).toEqual(ties);
    expect(rowsOf(directed.organisation.arcs, ids)).toEqual([['A', 'B', 2, 2], ['A', 'C', 1, 1], ['B', 'A', 1, 1], ['C', 'B', 1, 1], ['D', 'C', 1, 1]]);
    expect(rowsOf(undirected.organisation.arcs, ids)).toEqual([
      ['A', 'B', 3, 3], ['A', 'C', 1, 1], ['B', 'A', 3, 3], ['B', 'C', 1, 1], ['C', 'A', 1, 1], ['C', 'B', 1, 1], ['C', 'D', 1, 1], ['D', 'C', 1, 1],
    ]);
    expect([directed.report.arcs, undirected.report.arcs]).toEqual([5, 8]);
    expect([directed.report.interactions, undirected.report.interactions]).toEqual([6, 6]);
    expect(undirected.organisation.undirected).toBe(true);
    expect(directed.organisation.undirected).toBe(false);
  });

  it('gives each arc its tie\'s first and last time and channels', async () => {
    const { organisation } = await load({ undirected: true });
    const { arcs, channels } = organisation;
    // B→A is the tie A–B: 2026-01-05 to 2026-01-09, on email and chat.
    expect(channels).toEqual(['email', 'chat', 'meeting']);
    expect([arcs.source[2], arcs.target[2]]).toEqual([1, 0]);
    expect([arcs.first[2], arcs.last[2], arcs.channels[2]]).toEqual([Date.UTC(2026, 0, 5) / 1000, Date.UTC(2026, 0, 9) / 1000, 0b011]);
  });

  it('makes in-degree equal out-degree equal degree, and brokerage symmetric', async () => {
    const directed = analyse((await load()).organisation);
    const undirected = analyse((await load({ undirected: true })).organisation);
    const degrees = (analysis: typeof directed) => analysis.people.map((p) => [p.id, p.degree, p.inDegree, p.outDegree]);
    expect(degrees(directed)).toEqual([['A', 2, 1, 2], ['B', 2, 2, 1], ['C', 3, 2, 1], ['D', 1, 0, 1]]);
    expect(degrees(undirected)).toEqual([['A', 2, 2, 2], ['B', 2, 2, 2], ['C', 3, 3, 3], ['D', 1, 1, 1]]);
    // Read as directed, who brokers follows the order the rows were written in (C→B→A makes B a
    // gatekeeper, D→C→B makes C a representative); undirected, C brokers between A and D and
    // between B and D, each both ways: a gatekeeper and a representative twice each.
    const roles = (analysis: typeof directed) => analysis.people.map((p) => [p.id, p.brokerage.gatekeeper, p.brokerage.representative]);
    expect(roles(directed)).toEqual([['A', 0, 1], ['B', 1, 0], ['C', 0, 1], ['D', 0, 0]]);
    expect(roles(undirected)).toEqual([['A', 0, 0], ['B', 0, 0], ['C', 2, 2], ['D', 0, 0]]);
  });

  it('applies --min-interactions to the ties, dropping both arcs of a tie below it', async () => {
    const { organisation, report } = await load({ undirected: true, minInteractions: 2 });
    expect(rowsOf(organisation.arcs, ['A', 'B', 'C', 'D'])).toEqual([['A', 'B', 3, 3], ['B', 'A', 3, 3]]);
    expect(report.settings.undirected).toBe(true);
    expect(report.files[1].skipped.map((entry) => [entry.reason, entry.lines])).toEqual([['below-threshold', [5, 6, 7]]]);
  });
});

describe('an adjacency matrix read as undirected', () => {
  const MATRIX = ['0,3,1,0', '3,0,1,0', '1,1,0,1', '0,0,1,0'].join('\n');
  const UPPER_TRIANGLE = 'source,target,weight\nA,B,3\nA,C,1\nB,C,1\nC,D,1\n';
  const ids = ['A', 'B', 'C', 'D'];
  const strengths = (table: TieTable) => rowsOf(table, ids).map(([source, target, strength]) => [source, target, strength]);

  it('takes each tie once, at the cell\'s value: the ties of the edge list of its upper triangle', async () => {
    const matrix = await load({ interactionsFormat: 'matrix', undirected: true }, MATRIX);
    const edges = await load({ undirected: true }, UPPER_TRIANGLE);
    const ties = [['A', 'B', 3], ['A', 'C', 1], ['B', 'C', 1], ['C', 'D', 1]];
    expect(strengths(matrix.organisation.ties)).toEqual(ties);
    expect(strengths(edges.organisation.ties)).toEqual(ties);
    expect(strengths(matrix.organisation.arcs)).toEqual(strengths(edges.organisation.arcs));
    expect([matrix.report.interactions, matrix.report.arcs]).toEqual([6, 8]);
    // Both cells of a tie are read and used: the tie holds two cells, as the load report counts them.
    expect(rowsOf(matrix.organisation.ties, ids).map(([, , , rows]) => rows)).toEqual([2, 2, 2, 2]);
    expect(matrix.report.files[1]).toMatchObject({ unit: 'cell', rowsRead: 8, rowsUsed: 8, skipped: [] });
    // Read as directed, each tie is its two cells summed.
    const directed = await load({ interactionsFormat: 'matrix' }, MATRIX);
    expect(strengths(directed.organisation.ties)).toEqual([['A', 'B', 6], ['A', 'C', 2], ['B', 'C', 2], ['C', 'D', 2]]);
  });

  it('reads a labelled matrix in another order, and skips its diagonal as before', async () => {
    const labelled = [',D,C,B,A', 'D,0,1,0,0', 'C,1,5,1,1', 'B,0,1,0,3', 'A,0,1,3,0'].join('\n');
    const { organisation, report } = await load({ interactionsFormat: 'matrix', undirected: true }, labelled);
    expect(strengths(organisation.ties)).toEqual([['A', 'B', 3], ['A', 'C', 1], ['B', 'C', 1], ['C', 'D', 1]]);
    expect(report.files[1].skipped.map((entry) => [entry.reason, entry.lines])).toEqual([['self-interaction', [3]]]);
  });

  it('refuses an asymmetric matrix at its first differing cell in reading order, and names the mirror', async () => {
    // B–C differs (2 and 1), found first when the rows are read; A–D (0 and 2) comes first in the file.
    const asymmetric = ['0,3,1,0', '3,0,2,0', '1,1,0,1', '2,0,1,0'].join('\n');
    const error = await load({ interactionsFormat: 'matrix', undirected: true }, asymmetric).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({
      code: 'BAD_MATRIX',
      message: 'the matrix is not symmetric, as an undirected one is: line 1, column 4 holds 0, but its mirror at line 4, column 1 holds 2',
      line: 1,
      column: 4,
      hint: 'give both cells of each pair the same value, or leave out --undirected to read the matrix as directed (row to column)',
    });
    expect((error as InputError).file).toMatch(/interactions\.csv$/);
    // Labelled: columns are counted in the file, the label first.
    const labelled = [',B,A,C,D', 'A,3,0,1,0', 'B,0,3,2,0', 'C,1,1,0,1', 'D,0,0,1,0'].join('\n');
    await expect(load({ interactionsFormat: 'matrix', undirected: true }, labelled)).rejects.toThrow(
      'the matrix is not symmetric, as an undirected one is: line 3, column 4 holds 2, but its mirror at line 4, column 2 holds 1');
    // Read as directed, the same file is fine.
    expect((await load({ interactionsFormat: 'matrix' }, asymmetric)).report.arcs).toBe(9);
  });
});

describe('an organisation read as undirected', () => {
  it('stays undirected when pseudonymised or rebuilt from its parts, which hold each tie both ways', async () => {
    const { organisation } = await load({ undirected: true });
    const pseudonymised = pseudonymiseOrganisation(organisation, Buffer.alloc(32, 7));
    expect(pseudonymised.undirected).toBe(true);
    expect(pseudonymised.arcs.length).toBe(8);
    expect(createOrganisation({ ...organisation }).undirected).toBe(true);
  });
});

describe('the warning that a file read as directed looks undirected', () => {
  const ids = Array.from({ length: 22 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
  const staff = `id,team\n${ids.map((id, i) => `${id},T${i % 3}`).join('\n')}\n`;
  const loadRows = (rows: string[], options: Partial<LoadOptions> = {}) =>
    loadOrganisation({ dir: tempFolder({ 'staff.csv': staff, 'interactions.csv': `source,target\n${rows.join('\n')}\n` }), ...options });
  // P01→P02, P02→P03 … P21→P22: 21 pairs, every one lower id first, as a contact list writes them.
  const chain = ids.slice(1).map((id, i) => `${ids[i]},${id}`);

  it('suggests --undirected for pairs all written lower id first, and is not given with it', async () => {
    const { report } = await loadRows(chain);
    expect(report.warnings.filter((w) => w.includes('undirected'))).toEqual([
      'every interaction runs from the lower id to the higher (21 pairs, none the other way): the file looks undirected, as contact and meeting lists are, ' +
        'so in- and out-degree and the brokerage roles follow the order of the ids, not who reached out to whom; read it with --undirected to count each tie both ways',
    ]);
    expect((await loadRows(chain, { undirected: true })).report.warnings.filter((w) => w.includes('undirected'))).toEqual([]);
  });

  it('says of an edge list with every pair in both orders that --undirected counts each row', async () => {
    const bothWays = chain.slice(0, 10).flatMap((row) => [row, row.split(',').reverse().join(',')]);
    const { report } = await loadRows(bothWays);
    expect(report.warnings.filter((w) => w.includes('undirected'))).toEqual([
      'every pair interacted both ways equally (10 pairs): the file looks like an undirected network written both ways (each pair in both orders), ' +
        'so each tie\'s strength counts it twice and the directed figures (in- and out-degree, brokerage roles) add nothing; ' +
        '--undirected reads each row as one interaction, so keep one order of each pair in the file and read it with --undirected',
    ]);
    // The flag that warning suggests does not silence it: each row still counts.
    const undirected = await loadRows(bothWays, { undirected: true });
    expect(undirected.report.warnings.filter((w) => w.includes('undirected'))).toEqual([
      'every pair interacted both ways equally (10 pairs): the file looks like an undirected network written both ways (each pair in both orders), ' +
        'and --undirected reads each row as one interaction, so each tie\'s strength counts it twice; keep one order of each pair in the file',
    ]);
    expect(undirected.organisation.ties.strength[0]).toBe(2);
  });
});

describe('the undirected option', () => {
  it('is checked as the other load options are', async () => {
    await expect(loadOrganisation({ undirected: 'yes' as unknown as boolean })).rejects.toThrow(new UsageError('loadOrganisation: undirected must be true or false, not "yes"'));
  });

  it('is refused with a mail export, whose messages have a sender', async () => {
    const error = await loadOrganisation({ dir: '.', recipients: 'recipients.csv', undirected: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('loadOrganisation: undirected reads interactions that have no direction, but recipients names a mail export, whose every message has a sender');
  });

  it('refuses directed centralities in analyse, which would repeat the undirected ones', async () => {
    const { organisation, report } = await load({ undirected: true });
    expect(() => analyse(organisation, { directed: true }, report)).toThrow(UsageError);
    expect(() => analyse(organisation, { directed: true }, report)).toThrow('analyse: directed measures centralities on the directed network, but the organisation was read with undirected, so it holds each tie both ways');
    expect(analyse((await load()).organisation, { directed: true }).options.directed).toBe(true);
  });
});
