/**
 * The organisation model: people, teams and the ties between people, immutable once built.
 * People and teams are addressed by dense indices; the network is held twice in compact form,
 * undirected (the default view) and directed.
 */
import { directedGraph, undirectedGraph, type CompactGraph } from './compact-graph.js';
import { checkTies, checkTiesMatchArcs } from './parts-check.js';
import type { TieTable } from './tie-table.js';

/** Marks a person without a team. */
export const NO_TEAM = -1;

/** A member of staff. Empty optional fields are ''. */
export interface Person {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** Index into `Organisation.teams`, or NO_TEAM. */
  readonly team: number;
  readonly role: string;
  readonly manager: string;
  readonly location: string;
  readonly email: string;
  /** Other columns of the staff file. */
  readonly attributes: Readonly<Record<string, string>>;
}

/** A team, from the teams file or from the staff file's team column. */
export interface Team {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** The department or directorate above the team, or ''. */
  readonly parent: string;
  /** Indices of the team's members, ascending. */
  readonly members: readonly number[];
  readonly attributes: Readonly<Record<string, string>>;
}

/** Input to `createOrganisation`: people whose `team` is already an index. */
export interface OrganisationParts {
  readonly people: readonly Omit<Person, 'index'>[];
  readonly teams: readonly Omit<Team, 'index' | 'members'>[];
  /**
   * Undirected ties, source < target, sorted by (source, target): the arcs with both directions
   * summed (each tie's strength is its one or two arcs' summed), or with `undirected` each arc's
   * own. Strengths are finite, 0 or more.
   */
  readonly ties: TieTable;
  /** Directed ties, sorted by (source, target). */
  readonly arcs: TieTable;
  /**
   * True when the interactions had no direction (read with `undirected: true`): the arcs then hold
   * each tie both ways, each with the tie's full strength, so in-degree is out-degree.
   */
  readonly undirected?: boolean;
  readonly channels?: readonly string[];
  /** True when strengths come from a weight column rather than counted interactions (see load/interactions.ts). */
  readonly weighted?: boolean;
  /**
   * Each person's index by id, when the caller already has one (the loader builds it while reading
   * the staff file; a second Map of 100,000 ids took ~0.1 s). It must match `people`.
   */
  readonly personIndex?: ReadonlyMap<string, number>;
  /** True when the people are under pseudonyms (privacy/pseudonymise.ts). */
  readonly pseudonymised?: boolean;
}

/** An organisation's people, teams and network. */
export interface Organisation {
  readonly people: readonly Person[];
  readonly teams: readonly Team[];
  readonly ties: TieTable;
  readonly arcs: TieTable;
  /**
   * The undirected network: a tie's strength is the sum over both directions, or when `undirected`
   * the interactions between the two, read without direction.
   */
  readonly network: CompactGraph;
  /**
   * The directed network: an arc's strength is the interactions in that direction, or when
   * `undirected` the tie's, both ways.
   */
  readonly directedNetwork: CompactGraph;
  /** True when the interactions were read as undirected (see {@link OrganisationParts.undirected}). */
  readonly undirected: boolean;
  readonly channels: readonly string[];
  readonly weighted: boolean;
  /** Earliest and latest interaction time in seconds since 1970 UTC, or null when untimed. */
  readonly period: { readonly first: number; readonly last: number } | null;
  /** Person index by id. */
  readonly personIndex: ReadonlyMap<string, number>;
  /** True when the people are under pseudonyms: what is released from it is pseudonymised. */
  readonly pseudonymised: boolean;
}

/**
 * Builds an immutable organisation from its parts, checking that the ties are the arcs with both
 * directions summed, or with `undirected` that each tie is both its arcs (parts-check.ts).
 */
export function createOrganisation(parts: OrganisationParts): Organisation {
  return assembleOrganisation(parts, true);
}

/**
 * As {@link createOrganisation}, for parts nodefinder made itself (the loader, pseudonymisation),
 * whose ties are their arcs summed by construction (finish-ties.ts): checking that again took
 * ~25 ms of a 21,000-person load. Every other check still runs.
 */
export function organisationFromLoadedParts(parts: OrganisationParts): Organisation {
  return assembleOrganisation(parts, false);
}

function assembleOrganisation(parts: OrganisationParts, checkArcs: boolean): Organisation {
  const memberLists: number[][] = parts.teams.map(() => []);
  const people = parts.people.map((person, index) => {
    if (person.team !== NO_TEAM) {
      const list = memberLists[person.team];
      if (!list) throw new RangeError(`person ${person.id} has team index ${person.team}, but there are ${parts.teams.length} teams`);
      list.push(index);
    }
    // Named fields, not a spread: copying by spread cost ~2 µs a person.
    const { id, name, team, role, manager, location, email, attributes } = person;
    return Object.freeze({ id, name, team, role, manager, location, email, attributes, index });
  });
  const teams = parts.teams.map(({ id, name, parent, attributes }, index) =>
    Object.freeze({ id, name, parent, attributes, index, members: Object.freeze(memberLists[index]) }));
  const personIndex = parts.personIndex ?? new Map(people.map((person) => [person.id, person.index]));
  if (personIndex.size !== people.length) {
    throw new RangeError(parts.personIndex ? `the person index holds ${personIndex.size} ids for ${people.length} people` : `${people.length - personIndex.size} person ids appear more than once`);
  }
  const nodeCount = people.length;
  checkTies('ties', parts.ties, nodeCount, true);
  checkTies('arcs', parts.arcs, nodeCount, false);
  const network = undirectedGraph(nodeCount, parts.ties);
  const directedNetwork = directedGraph(nodeCount, parts.arcs);
  const undirected = parts.undirected ?? false;
  if (checkArcs) checkTiesMatchArcs(network, directedNetwork, undirected);
  return Object.freeze({
    people: Object.freeze(people),
    teams: Object.freeze(teams),
    ties: parts.ties,
    arcs: parts.arcs,
    network,
    directedNetwork,
    undirected,
    channels: Object.freeze([...(parts.channels ?? [])]),
    weighted: parts.weighted ?? false,
    period: periodOf(parts.arcs),
    personIndex,
    pseudonymised: parts.pseudonymised ?? false,
  });
}

function periodOf(arcs: TieTable): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < arcs.length; i++) {
    if (arcs.first[i] < first) first = arcs.first[i];
    if (arcs.last[i] > last) last = arcs.last[i];
  }
  return first === Infinity ? null : { first, last };
}
