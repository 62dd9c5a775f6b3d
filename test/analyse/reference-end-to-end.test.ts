/**
 * End to end against networkx: nodefinder's loader reads the fixture folders, `analyse` measures
 * them, and every person's value is compared with networkx's, computed by
 * test/reference/make-reference.py from the same CSV files read with Python's csv module.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, type PersonAnalysis } from '../../src/analyse.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { modularity } from '../../src/measures/modularity.js';
import { teamAssignment } from '../../src/measures/team-assignment.js';
import { EXACT, ITERATIVE, expectClose, loadReference, type ReferenceName, type Tolerance, type Values } from '../measures/reference.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

type Measure = keyof PersonAnalysis;

describe.each([
  ['small-org', 'small-org'],
  ['sample-300', 'sample'],
])('%s through the loader and analyse', async (referenceName, folder) => {
  const reference = loadReference(referenceName as ReferenceName) as ReturnType<typeof loadReference> & {
    partitions: { teamModularity: number; louvainModularity: number };
  };
  const { organisation, report } = await loadOrganisation({ dir: join(FIXTURES, folder) });
  const plain = analyse(organisation, {}, report);
  const weighted = analyse(organisation, { weighted: true });
  const directed = analyse(organisation, { directed: true });
  const directedWeighted = analyse(organisation, { directed: true, weighted: true });

  const compare = (analysis: typeof plain, measure: Measure, expected: Values, tolerance: Tolerance) => {
    const values = analysis.people.map((person) => person[measure] as number);
    expectClose(values, expected, tolerance, `${referenceName} ${measure}`);
  };

  it('numbers people in the same order as the staff file', () => {
    expect(organisation.people.map((person) => person.id)).toEqual(reference.nodeIds);
    expect(organisation.ties.length).toBe(reference.undirectedEdges.length);
  });

  it('matches networkx on the undirected, unweighted defaults', () => {
    const u = reference.undirected;
    compare(plain, 'degree', u.degree, EXACT);
    compare(plain, 'strength', u.strength, EXACT);
    compare(plain, 'betweenness', u.betweenness, EXACT);
    compare(plain, 'closeness', u.closeness, EXACT);
    compare(plain, 'harmonic', u.harmonic, EXACT);
    compare(plain, 'pagerank', u.pagerank, ITERATIVE);
    compare(plain, 'eigenvector', u.eigenvector, ITERATIVE);
    compare(plain, 'clustering', u.clustering, EXACT);
    compare(plain, 'constraint', u.constraint, EXACT);
    compare(plain, 'effectiveSize', u.effectiveSize, EXACT);
    compare(plain, 'peopleCutOff', u.cutOff as Values, EXACT);
    const cutPoints = plain.risks.singlePointsOfFailure.map((spof) => organisation.personIndex.get(spof.id)).sort((a, b) => a! - b!);
    expect(cutPoints).toEqual(u.articulationPoints);
    expect(plain.risks.bridges.length).toBe(u.bridges.length);
  });

  it('matches networkx with --weighted (distance = 1 / strength)', () => {
    compare(weighted, 'betweenness', reference.undirected.betweennessWeighted, EXACT);
    compare(weighted, 'closeness', reference.undirected.closenessWeighted, EXACT);
    compare(weighted, 'harmonic', reference.undirected.harmonicWeighted, EXACT);
  });

  it('matches networkx with --directed', () => {
    const d = reference.directed!;
    compare(directed, 'inDegree', d.inDegree, EXACT);
    compare(directed, 'outDegree', d.outDegree, EXACT);
    compare(directed, 'betweenness', d.betweenness, EXACT);
    compare(directed, 'closeness', d.closeness, EXACT);
    compare(directed, 'harmonic', d.harmonic, EXACT);
    compare(directed, 'pagerank', d.pagerank, ITERATIVE);
  });

  it('matches networkx with --directed --weighted', () => {
    const d = reference.directed!;
    compare(directedWeighted, 'betweenness', d.betweennessWeighted, EXACT);
    compare(directedWeighted, 'closeness', d.closenessWeighted, EXACT);
    compare(directedWeighted, 'harmonic', d.harmonicWeighted, EXACT);
  });

  it('matches networkx modularity for the formal teams, and Louvain finds as good a partition', () => {
    const teamOf = teamAssignment(organisation);
    let next = organisation.teams.length;
    const partition = teamOf.map((team) => (team < 0 ? next++ : team));
    expect(modularity(organisation.network, partition)).toBeCloseTo(reference.partitions.teamModularity, 10);
    expect(plain.summary.modularity).toBeGreaterThanOrEqual(reference.partitions.louvainModularity - 0.02);
  });
});
