/** Builds tiny organisations in code for known-answer tests of introductions. */
import { createOrganisation, NO_TEAM, type Organisation } from '../../src/organisation/organisation.js';
import type { TieTable } from '../../src/organisation/tie-table.js';

export interface TinySpec {
  /** [id, name, parent department] */
  readonly teams: readonly (readonly [string, string, string?])[];
  /** [id, team id or '' for none, role, location, name]; the name is `Name <id>` unless given. */
  readonly people: readonly (readonly [string, string, string?, string?, string?])[];
  /** [id, id, strength] */
  readonly ties: readonly (readonly [string, string, number?])[];
}

/** An organisation with undirected ties as given, and one arc per tie (first id to second). */
export function tinyOrganisation(spec: TinySpec): Organisation {
  const teamIndex = new Map(spec.teams.map(([id], t) => [id, t]));
  const personIndex = new Map(spec.people.map(([id], v) => [id, v]));
  const index = (id: string) => {
    const v = personIndex.get(id);
    if (v === undefined) throw new Error(`no person ${id}`);
    return v;
  };
  const pairs = spec.ties
    .map(([a, b, strength]) => ({ a: index(a), b: index(b), strength: strength ?? 1 }))
    .map(({ a, b, strength }) => ({ source: Math.min(a, b), target: Math.max(a, b), strength, from: a, to: b }));
  const table = (rows: { source: number; target: number; strength: number }[]): TieTable => {
    const sorted = [...rows].sort((x, y) => x.source - y.source || x.target - y.target);
    return {
      length: sorted.length,
      source: Int32Array.from(sorted, (r) => r.source),
      target: Int32Array.from(sorted, (r) => r.target),
      strength: Float64Array.from(sorted, (r) => r.strength),
      rows: Float64Array.from(sorted, (r) => r.strength),
      first: new Float64Array(sorted.length).fill(NaN),
      last: new Float64Array(sorted.length).fill(NaN),
      channels: new Uint32Array(sorted.length),
    };
  };
  return createOrganisation({
    teams: spec.teams.map(([id, name, parent]) => ({ id, name, parent: parent ?? '', attributes: {} })),
    people: spec.people.map(([id, team, role, location, name]) => ({
      id,
      name: name ?? `Name ${id}`,
      team: team === '' ? NO_TEAM : teamIndex.get(team)!,
      role: role ?? '',
      manager: '',
      location: location ?? '',
      email: '',
      attributes: {},
    })),
    ties: table(pairs),
    arcs: table(pairs.map((p) => ({ source: p.from, target: p.to, strength: p.strength }))),
  });
}

/**
 * A hub and its teammate: H knows six people (L1..L6) in six teams (strength 10 each); G, H's
 * teammate, knows L1..L4 (strength 1). Every pair of the six could be introduced by H.
 */
export function hubOrganisation(): Organisation {
  const leaves = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'];
  return tinyOrganisation({
    teams: [['A', 'Hub team'], ...leaves.map((l) => [`T${l}`, `Team ${l}`] as [string, string])],
    people: [['H', 'A'], ['G', 'A'], ...leaves.map((l) => [l, `T${l}`] as [string, string])],
    ties: [['H', 'G', 3], ...leaves.map((l) => ['H', l, 10] as [string, string, number]), ...leaves.slice(0, 4).map((l) => ['G', l, 1] as [string, string, number])],
  });
}
