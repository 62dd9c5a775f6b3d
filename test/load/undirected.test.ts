/** Interactions read as undirected (`undirected: true`, --undirected): each tie both ways in the directed view. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { UsageError } from '../../src/errors.js';
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

describe('an organisation read as undirected', () => {
  it('stays undirected when pseudonymised or rebuilt from its parts, which hold each tie both ways', async () => {
    const { organisation } = await load({ undirected: true });
    const pseudonymised = pseudonymiseOrganisation(organisation, Buffer.alloc(32, 7));
    expect(pseudonymised.undirected).toBe(true);
    expect(pseudonymised.arcs.length).toBe(8);
    expect(createOrganisation({ ...organisation }).undirected).toBe(true);
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
});
