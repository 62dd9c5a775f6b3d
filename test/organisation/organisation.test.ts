/** The hand-made small organisation in fixtures/small-org: structure known by construction. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { createOrganisation } from '../../src/organisation/organisation.js';
import { toGraphology } from '../../src/organisation/to-graphology.js';
import { BIN } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');

/** A tie table of [source, target, strength] rows, one row each, untimed. */
function table(rows: [number, number, number][]) {
  return {
    length: rows.length,
    source: Int32Array.from(rows, ([source]) => source),
    target: Int32Array.from(rows, ([, target]) => target),
    strength: Float64Array.from(rows, ([, , strength]) => strength),
    rows: Float64Array.from(rows, () => 1),
    first: new Float64Array(rows.length).fill(NaN),
    last: new Float64Array(rows.length).fill(NaN),
    channels: new Uint32Array(rows.length),
  };
}

describe('organisation model on fixtures/small-org', async () => {
  const { organisation, report } = await loadOrganisation({ dir: FIXTURE });
  const index = (id: string) => organisation.personIndex.get(id)!;

  it('has the people, teams and ties the fixture was built with', () => {
    expect(report.people).toBe(14);
    expect(report.teams).toBe(4);
    expect(report.ties).toBe(17);
    expect(report.arcs).toBe(31);
    expect(report.interactions).toBe(51);
    expect(report.peopleWithoutInteractions).toBe(1);
    expect(organisation.teams.map((team) => team.members.length)).toEqual([4, 3, 5, 2]);
  });

  it('sums both directions into an undirected strength and keeps each direction in the directed view', () => {
    const { ties, arcs } = organisation;
    const tie = (a: string, b: string) => {
      for (let i = 0; i < ties.length; i++) if (ties.source[i] === index(a) && ties.target[i] === index(b)) return ties.strength[i];
      return undefined;
    };
    const arc = (a: string, b: string) => {
      for (let i = 0; i < arcs.length; i++) if (arcs.source[i] === index(a) && arcs.target[i] === index(b)) return arcs.strength[i];
      return undefined;
    };
    expect(tie('P01', 'P02')).toBe(5);
    expect(arc('P01', 'P02')).toBe(3);
    expect(arc('P02', 'P01')).toBe(2);
    expect(tie('P12', 'P13')).toBe(6);
    expect(tie('P01', 'P14')).toBeUndefined();
  });

  it('holds the undirected network as symmetric CSR rows sorted by neighbour', () => {
    const { network } = organisation;
    expect(network.tieCount).toBe(17);
    expect(network.out.offsets[network.nodeCount]).toBe(34);
    const row = (v: number) => [...network.out.neighbours.subarray(network.out.offsets[v], network.out.offsets[v + 1])];
    expect(row(index('P01')).map((v) => organisation.people[v].id)).toEqual(['P02', 'P03', 'P04', 'P05', 'P06']);
    expect(row(index('P14'))).toEqual([]);
    for (let v = 0; v < network.nodeCount; v++) {
      for (const w of row(v)) expect(row(w)).toContain(v);
    }
  });

  it('holds the directed network with out- and in-rows', () => {
    const { directedNetwork: graph } = organisation;
    const a = index('P03');
    const outs = [...graph.out.neighbours.subarray(graph.out.offsets[a], graph.out.offsets[a + 1])];
    const ins = [...graph.in.neighbours.subarray(graph.in.offsets[a], graph.in.offsets[a + 1])];
    expect(outs.map((v) => organisation.people[v].id)).toEqual(['P01', 'P02', 'P04', 'P08']);
    expect(ins.map((v) => organisation.people[v].id)).toEqual(['P01', 'P02', 'P08']);
  });

  it('is immutable', () => {
    expect(Object.isFrozen(organisation)).toBe(true);
    expect(Object.isFrozen(organisation.people)).toBe(true);
    expect(Object.isFrozen(organisation.people[0])).toBe(true);
  });

  it('maps every id to its person, with the index the loader built while reading staff', () => {
    organisation.people.forEach((person, i) => expect(organisation.personIndex.get(person.id)).toBe(i));
    expect(organisation.personIndex.size).toBe(14);
    const parts = { people: organisation.people, teams: organisation.teams, ties: organisation.ties, arcs: organisation.arcs };
    const given = new Map(organisation.personIndex);
    expect(createOrganisation({ ...parts, personIndex: given }).personIndex).toBe(given);
    given.delete('P01');
    expect(() => createOrganisation({ ...parts, personIndex: given })).toThrow(/13 ids for 14 people/);
    expect(createOrganisation(parts).personIndex.get('P14')).toBe(13);
  });

  it('refuses parts from a library caller that would give wrong figures: a repeated id, a tie to no one, a pair twice', () => {
    const parts = { people: organisation.people, teams: organisation.teams, ties: organisation.ties, arcs: organisation.arcs };
    const tiesWith = (source: number[], target: number[]) => ({ ...organisation.ties, length: source.length, source: Int32Array.from(source), target: Int32Array.from(target) });
    expect(() => createOrganisation({ ...parts, people: [...organisation.people, organisation.people[0]] })).toThrow('1 person ids appear more than once');
    expect(() => createOrganisation({ ...parts, ties: tiesWith([0], [14]) })).toThrow('ties[0] is 0→14, but people are numbered 0 to 13');
    expect(() => createOrganisation({ ...parts, ties: tiesWith([0, 0], [1, 1]) })).toThrow('ties[1] (0→1) is not after ties[0]: ties are sorted by (source, target), each pair once');
    expect(() => createOrganisation({ ...parts, ties: tiesWith([1], [0]) })).toThrow('ties[0] is 1→0: an undirected tie has source < target');
  });

  it('refuses strengths that are negative or not a number, in ties or arcs', () => {
    const parts = { people: organisation.people, teams: organisation.teams, ties: organisation.ties, arcs: organisation.arcs };
    const withStrength = (table: typeof organisation.ties, strength: number) => {
      const strengths = Float64Array.from(table.strength);
      strengths[0] = strength;
      return { ...table, strength: strengths };
    };
    expect(() => createOrganisation({ ...parts, ties: withStrength(organisation.ties, -3) })).toThrow('ties[0] (0→1) has strength -3: a strength is a finite number of 0 or more');
    expect(() => createOrganisation({ ...parts, ties: withStrength(organisation.ties, Number.NaN) })).toThrow('ties[0] (0→1) has strength NaN: a strength is a finite number of 0 or more');
    expect(() => createOrganisation({ ...parts, arcs: withStrength(organisation.arcs, Infinity) })).toThrow('arcs[0] (0→1) has strength Infinity: a strength is a finite number of 0 or more');
  });

  it('refuses ties that are not the arcs with both directions summed: another pair, a tie without arcs, another strength', () => {
    const { ties, arcs } = organisation;
    const parts = { people: organisation.people, teams: organisation.teams, ties, arcs };
    // P01–P02 both ways (3 and 2), P12→P13 one way.
    const [p1, p2, p12, p13] = [index('P01'), index('P02'), index('P12'), index('P13')];
    const fine = { ...parts, ties: table([[p1, p2, 5], [p12, p13, 6]]), arcs: table([[p1, p2, 3], [p2, p1, 2], [p12, p13, 6]]) };
    expect(createOrganisation(fine).directedNetwork.tieCount).toBe(3);
    expect(() => createOrganisation({ ...fine, ties: table([[p1, p2, 5]]) })).toThrow(`arcs hold ${p12}→${p13}, but ties have no pair ${p12}–${p13}: ties are the arcs with both directions summed`);
    expect(() => createOrganisation({ ...fine, arcs: table([[p1, p2, 3], [p2, p1, 2]]) })).toThrow(`ties hold ${p12}–${p13}, but arcs hold neither ${p12}→${p13} nor ${p13}→${p12}`);
    expect(() => createOrganisation({ ...fine, ties: table([[p1, p2, 4], [p12, p13, 6]]) })).toThrow(`ties hold ${p1}–${p2} with strength 4, but its arcs sum to 5: a tie's strength is its arcs' summed`);
    // Decimal weights summed in another order round otherwise: not a contradiction.
    expect(createOrganisation({ ...fine, ties: table([[p1, p2, 0.3], [p12, p13, 6]]), arcs: table([[p1, p2, 0.1], [p2, p1, 0.2], [p12, p13, 6]]) }).ties.strength[0]).toBe(0.3);
  });

  it('takes undirected parts whose every tie is both its arcs, each of the tie\'s strength, and refuses others', () => {
    const { people, teams } = organisation;
    const ties = table([[0, 1, 5], [1, 2, 2]]);
    const undirected = createOrganisation({ people, teams, ties, arcs: table([[0, 1, 5], [1, 0, 5], [1, 2, 2], [2, 1, 2]]), undirected: true });
    expect(undirected.undirected).toBe(true);
    expect(Array.from(undirected.directedNetwork.in.strengths.subarray(0, 1))).toEqual([5]);
    // The same arcs, summed, would make a tie of 10: as directed parts they contradict the ties.
    expect(() => createOrganisation({ people, teams, ties, arcs: undirected.arcs })).toThrow('ties hold 0–1 with strength 5, but its arcs sum to 10');
    expect(() => createOrganisation({ people, teams, ties, arcs: table([[0, 1, 5], [1, 2, 2], [2, 1, 2]]), undirected: true }))
      .toThrow('ties hold 0–1 with strength 5, but its arcs are 0→1 of 5 and no 1→0: undirected, a tie is both its arcs, each of its strength');
    // A pair missing on one side is said in the rule of undirected parts, not that of summed directions.
    expect(() => createOrganisation({ people, teams, ties: table([[0, 1, 5]]), arcs: undirected.arcs, undirected: true }))
      .toThrow('arcs hold 1→2, but ties have no pair 1–2: undirected, a tie is both its arcs, each of its strength');
    expect(() => createOrganisation({ people, teams, ties, arcs: table([[0, 1, 5], [1, 0, 5]]), undirected: true }))
      .toThrow('ties hold 1–2, but arcs hold neither 1→2 nor 2→1: undirected, a tie is both its arcs, each of its strength');
    expect(createOrganisation({ people, teams, ties, arcs: table([[0, 1, 5], [1, 2, 2]]) }).undirected).toBe(false);
  });

  it('hands out a graphology graph keyed by person id with strengths and channels', () => {
    const graph = toGraphology(organisation);
    expect(graph.type).toBe('undirected');
    expect(graph.order).toBe(14);
    expect(graph.size).toBe(17);
    expect(graph.getNodeAttributes('P12')).toMatchObject({ name: 'Lea Öberg', team: 'T4', teamName: 'Archive' });
    const edge = graph.edge('P12', 'P13')!;
    expect(graph.getEdgeAttribute(edge, 'strength')).toBe(6);
    expect([...graph.getEdgeAttribute(edge, 'channels')].sort()).toEqual(['chat', 'email', 'meeting']);
    const directed = toGraphology(organisation, { directed: true });
    expect(directed.type).toBe('directed');
    expect(directed.size).toBe(31);
  });
});

describe('the teams file read when none is named', () => {
  const WARNING = 'the teams were read from teams.csv in the current folder, not from the staff file\'s folder: if that teams file is not this organisation\'s, ' +
    'name the right one with --teams FILE, or take the teams from the staff file with --no-teams';

  it('is DIR/teams.csv, with a warning when --staff names a file in another folder (the current folder\'s may be another organisation\'s)', () => {
    const elsewhere = tempFolder({ 'teams.csv': 'id,name,parent\nT1,Other,Elsewhere\nT2,Other 2,Elsewhere\nT3,Other 3,Elsewhere\nT4,Other 4,Elsewhere\n' });
    const staff = ['--staff', join(FIXTURE, 'staff.csv'), '--interactions', join(FIXTURE, 'interactions.csv')];
    const validate = (args: string[], cwd = elsewhere) => spawnSync(process.execPath, [BIN, 'validate', ...args, '--format', 'json'], { cwd, encoding: 'utf8' });
    for (const args of [staff, ['.', ...staff], [elsewhere, ...staff]]) {
      const report = JSON.parse(validate(args).stdout);
      expect(report.files.map((file: { kind: string }) => file.kind)).toEqual(['staff', 'teams', 'interactions']);
      expect(report.warnings).toContain(WARNING);
    }
    expect(JSON.parse(validate([elsewhere, ...staff], tempFolder({})).stdout).warnings).toContain(WARNING.replace('the current folder', 'the data folder'));
    // The staff file's own folder: nothing to warn of; and none when the teams file is named or refused.
    expect(JSON.parse(validate([FIXTURE, '--staff', join(FIXTURE, 'staff.csv')]).stdout).warnings.join()).not.toContain('teams were read');
    expect(JSON.parse(validate([...staff, '--teams', join(FIXTURE, 'teams.csv')]).stdout).warnings.join()).not.toContain('teams were read');
    expect(JSON.parse(validate([...staff, '--no-teams']).stdout).warnings.join()).not.toContain('teams were read');
  });

  it('is no stray file when a config file in that folder names the staff file (the README\'s layout), however the folder is given', () => {
    const dir = tempFolder({ 'nodefinder.config.json': JSON.stringify({ staff: 'hr/people.csv', interactions: 'mail/pairs.csv' }), 'teams.csv': readFileSync(join(FIXTURE, 'teams.csv')) });
    for (const [folder, file, from] of [['hr', 'people.csv', 'staff.csv'], ['mail', 'pairs.csv', 'interactions.csv']]) {
      mkdirSync(join(dir, folder));
      copyFileSync(join(FIXTURE, from), join(dir, folder, file));
    }
    const validate = (args: string[], cwd: string) => JSON.parse(spawnSync(process.execPath, [BIN, 'validate', ...args, '--format', 'json'], { cwd, encoding: 'utf8' }).stdout);
    for (const [args, cwd] of [[[], dir], [['.'], dir], [[dir], tempFolder({})]] as const) {
      const report = validate([...args], cwd);
      expect(report.files.map((each: { kind: string }) => each.kind), args.join()).toEqual(['staff', 'teams', 'interactions']);
      expect(report.warnings.join(), args.join()).not.toContain('teams were read');
    }
    // Flags still win, and a config file in another folder is no setup of this one's.
    expect(validate(['--no-teams'], dir).files.map((each: { kind: string }) => each.kind)).toEqual(['staff', 'interactions']);
    const stray = tempFolder({ 'teams.csv': readFileSync(join(FIXTURE, 'teams.csv')) });
    expect(validate(['--config', join(dir, 'nodefinder.config.json')], stray).warnings).toContain(WARNING);
  });

  it('is named first in the hint when the load fails on a team it lacks (the warning never comes: the load stops)', () => {
    const other = tempFolder({ 'teams.csv': 'id,name\nX1,Another organisation\'s team\n' });
    const result = spawnSync(process.execPath, [BIN, 'validate', '--staff', join(FIXTURE, 'staff.csv'), '--interactions', join(FIXTURE, 'interactions.csv')], { cwd: other, encoding: 'utf8' });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/staff rows name \d+ teams not in the teams file teams\.csv: "T1" /);
    expect(result.stderr).toContain(` — ${WARNING}; if it is, add each team to the teams file`);
  });
});

describe('teams without a teams file', () => {
  it('come from the distinct team values of staff in order of appearance', async () => {
    const { organisation } = await loadOrganisation({ dir: FIXTURE, teams: false });
    expect(organisation.teams.map((team) => team.id)).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(organisation.teams[0].parent).toBe('');
  });
});
