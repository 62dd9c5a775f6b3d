/**
 * GEXF and GraphML exports read back by NetworkX (networkx.read_gexf / read_graphml, an
 * independent reader): node and edge counts, and people's team, degree, betweenness and roles,
 * and ties' strengths, match the analysis, with the declared types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analyse.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';
import { HOSTILE_PEOPLE, hostileOrganisation } from '../report/hostile-org.js';
import { clashingColumnsOrganisation, KEEP_CLASHING } from './clashing-columns-org.js';
import { runPython } from './python.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');
const SMALL_ORG = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');

/** Each value with its Python type name, so types are checked as well as values. */
type Typed = [unknown, string];
interface ReadBack {
  directed: boolean;
  nodes: number;
  edges: number;
  people: Record<string, Record<string, Typed>>;
  ties: Record<string, Record<string, Typed>>;
}

const READ_BACK = `
import json, sys
import networkx as nx
path, kind, ids, pairs = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
G = nx.read_gexf(path) if kind == 'gexf' else nx.read_graphml(path)
typed = lambda data: {k: [v, type(v).__name__] for k, v in data.items()}
print(json.dumps({
    'directed': G.is_directed(), 'nodes': G.number_of_nodes(), 'edges': G.number_of_edges(),
    'people': {i: typed(G.nodes[i]) for i in ids},
    'ties': {a + '|' + b: typed(G.edges[a, b]) for a, b in pairs},
}))
`;

function exportAndRead(dir: string, format: 'gexf' | 'graphml', ids: readonly string[], pairs: readonly (readonly [string, string])[], args: readonly string[] = []) {
  const out = tempFolder({});
  const file = join(out, `network.${format}`);
  const json = join(out, 'analysis.json');
  for (const [path, more] of [[file, []], [json, []]] as const) {
    const result = runCli(['export', dir, '--out', path, ...args, ...more]);
    expect(result.status, result.stderr).toBe(0);
  }
  const analysis = JSON.parse(readFileSync(json, 'utf8')) as Analysis;
  return { analysis, read: runPython<ReadBack>(READ_BACK, [file, format, JSON.stringify(ids), JSON.stringify(pairs)]) };
}

describe.each(['gexf', 'graphml'] as const)('%s read back by NetworkX', (format) => {
  it('holds the small organisation’s known answers', () => {
    // fixtures/small-org/README.md: Ann–Bob 5 interactions, Carla–Hal 3 (the bridge); Ann the connector, Carla broker and bottleneck, Ned isolate.
    const { analysis, read } = exportAndRead(SMALL_ORG, format, ['P01', 'P03', 'P14', 'P12'], [['P01', 'P02'], ['P03', 'P08']], ['--min-group-size', '2']);
    expect(read.directed).toBe(false);
    expect(read.nodes).toBe(14);
    expect(read.edges).toBe(17);
    const ann = read.people.P01;
    expect(ann.name).toEqual(['Ann Smith', 'str']);
    expect(ann.team).toEqual(['T1', 'str']);
    expect(ann.teamName).toEqual(['Finance', 'str']);
    expect(ann.department).toEqual(['Resources', 'str']);
    expect(ann.degree).toEqual([5, 'int']);
    expect(ann.strength).toEqual([14, 'float']);
    expect(ann.roles).toEqual(['connector', 'str']);
    expect(ann.connector).toEqual([true, 'bool']);
    expect(ann.broker).toEqual([false, 'bool']);
    const carla = read.people.P03;
    expect(carla.roles).toEqual(['broker;bottleneck', 'str']);
    expect(carla.peopleCutOff).toEqual([4, 'int']);
    expect(carla.betweenness[1]).toBe('float');
    expect(carla.betweenness[0]).toBe(analysis.people.find((p) => p.id === 'P03')!.betweenness);
    // Ned has no ties: constraint does not apply, so the attribute is absent, not zero.
    expect(read.people.P14.degree).toEqual([0, 'int']);
    expect(read.people.P14.constraint).toBeUndefined();
    expect(read.people.P14.isolate).toEqual([true, 'bool']);
    expect(read.people.P12.teamName).toEqual(['Archive', 'str']);
    expect(read.ties['P01|P02'].weight).toEqual([5, 'float']);
    expect(read.ties['P01|P02'].strength).toEqual([5, 'float']);
    expect(read.ties['P03|P08'].strength).toEqual([3, 'float']);
  });

  it('matches the analysis of the 300-person sample for every person and measure', () => {
    const out = tempFolder({});
    const file = join(out, `network.${format}`);
    const json = join(out, 'analysis.json');
    expect(runCli(['export', SAMPLE, '--out', file]).status).toBe(0);
    expect(runCli(['export', SAMPLE, '--out', json]).status).toBe(0);
    const analysis = JSON.parse(readFileSync(json, 'utf8')) as Analysis;
    const read = runPython<{ nodes: number; edges: number; people: Record<string, Record<string, unknown>> }>(
      `
import json, sys
import networkx as nx
G = nx.read_gexf(sys.argv[1]) if sys.argv[2] == 'gexf' else nx.read_graphml(sys.argv[1])
print(json.dumps({'nodes': G.number_of_nodes(), 'edges': G.number_of_edges(), 'people': {n: d for n, d in G.nodes(data=True)}}))
`,
      [file, format],
    );
    expect(read.nodes).toBe(300);
    expect(read.edges).toBe(analysis.summary.ties);
    const teams = new Set(analysis.teams.map((team) => team.id));
    for (const person of analysis.people) {
      const node = read.people[person.id];
      expect(node.name).toBe(person.name);
      // People without a released team have no team attribute (empty values are left out).
      expect(node.team).toBe(person.team !== null && teams.has(person.team) ? person.team : undefined);
      for (const measure of ['degree', 'betweenness', 'closeness', 'pagerank', 'eigenvector', 'constraint', 'participation', 'peopleCutOff'] as const) {
        expect(node[measure], `${person.id} ${measure}`).toBe(person[measure] ?? undefined);
      }
      // A small team's members have no brokerage counts (null), so no attribute.
      expect(node.brokerageLiaison).toBe(person.brokerage.liaison ?? undefined);
      expect(node.roles).toBe(person.roles.length > 0 ? person.roles.join(';') : undefined);
      expect(node.connector).toBe(person.roles.includes('connector'));
    }
  }, 60_000);

  it('exports directed ties when the analysis is directed', () => {
    // 31 directed ties in the small organisation (fixtures/small-org/README.md).
    const { read } = exportAndRead(SMALL_ORG, format, ['P01'], [], ['--directed']);
    expect(read.directed).toBe(true);
    expect(read.edges).toBe(31);
  });

  it('keeps staff columns named as built-in attributes under staff_, losing neither', () => {
    const { read } = exportAndRead(clashingColumnsOrganisation(), format, ['P01'], [], KEEP_CLASHING);
    const ann = read.people.P01;
    expect(ann.department).toEqual(['Resources', 'str']);
    expect(ann.staff_department).toEqual(['HR T1', 'str']);
    expect(ann.degree).toEqual([5, 'int']);
    expect(ann.staff_degree).toEqual(['BSc', 'str']);
    expect(ann.label).toEqual(['Ann Smith', 'str']);
    expect(ann.staff_label).toEqual(['Ms P01', 'str']);
  });

  it('carries hostile names and ids through unchanged', () => {
    const ids = Object.keys(HOSTILE_PEOPLE);
    const { read } = exportAndRead(hostileOrganisation(), format, ids, [], ['--min-group-size', '1']);
    for (const id of ids) expect(read.people[id].name, id).toEqual([HOSTILE_PEOPLE[id], 'str']);
    expect(read.people.P01.teamName).toEqual(['<b>Ops</b> & "Co"', 'str']);
    expect(read.people.P01.department).toEqual(['=SUM(A1)', 'str']);
  });
});
