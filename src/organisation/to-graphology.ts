/**
 * Hands the organisation out as a graphology Graph, the interchange format of the JavaScript
 * graph ecosystem (graphology-metrics, layouts, GEXF export). The heavy algorithms never use
 * it: they walk the compact CSR network.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { Organisation } from './organisation.js';
import type { TieTable } from './tie-table.js';

export interface ToGraphologyOptions {
  /** Directed arcs instead of undirected ties (default false). */
  readonly directed?: boolean;
}

/** Node attributes: the person's fields, their team's id and name, and their other columns. */
export interface PersonNodeAttributes {
  readonly name: string;
  readonly team: string;
  readonly teamName: string;
  readonly role: string;
  readonly location: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Edge attributes. `strength` is a closeness, never a distance. */
export interface TieEdgeAttributes {
  readonly strength: number;
  readonly rows: number;
  /** ISO 8601, or null when the tie's interactions had no timestamps. */
  readonly first: string | null;
  readonly last: string | null;
  readonly channels: readonly string[];
}

/** A graphology graph keyed by person id. */
export function toGraphology(
  organisation: Organisation,
  options: ToGraphologyOptions = {},
): DirectedGraph<PersonNodeAttributes, TieEdgeAttributes> | UndirectedGraph<PersonNodeAttributes, TieEdgeAttributes> {
  const directed = options.directed ?? false;
  const settings = { allowSelfLoops: false };
  const graph = directed
    ? new DirectedGraph<PersonNodeAttributes, TieEdgeAttributes>(settings)
    : new UndirectedGraph<PersonNodeAttributes, TieEdgeAttributes>(settings);
  for (const person of organisation.people) {
    const team = organisation.teams[person.team];
    graph.addNode(person.id, {
      name: person.name,
      team: team?.id ?? '',
      teamName: team?.name ?? '',
      role: person.role,
      location: person.location,
      attributes: person.attributes,
    });
  }
  const ties: TieTable = directed ? organisation.arcs : organisation.ties;
  const isoOrNull = (seconds: number) => (Number.isNaN(seconds) ? null : new Date(seconds * 1000).toISOString());
  for (let i = 0; i < ties.length; i++) {
    graph.addEdge(organisation.people[ties.source[i]].id, organisation.people[ties.target[i]].id, {
      strength: ties.strength[i],
      rows: ties.rows[i],
      first: isoOrNull(ties.first[i]),
      last: isoOrNull(ties.last[i]),
      channels: organisation.channels.filter((_, bit) => (ties.channels[i] & (1 << bit)) !== 0),
    });
  }
  return graph;
}
