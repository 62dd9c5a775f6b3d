/**
 * How each team is tied to itself and to the rest of the organisation: internal and external
 * ties, internal density, the team's E-I index (Krackhardt & Stern 1988), teams reached, and the
 * "bus factor": the share of the team's external ties carried by its single most-connected member
 * (1 means one person holds every link the team has to the outside).
 */
import type { CompactGraph } from '../organisation/compact-graph.js';
import { groupCount, NO_GROUP } from './team-assignment.js';

/** Per-team figures, indexed by team. */
export interface TeamTies {
  readonly size: Float64Array;
  /** Ties with both people in the team, each counted once. */
  readonly internalTies: Float64Array;
  /** Ties with one person in the team and one outside it. */
  readonly externalTies: Float64Array;
  /** internalTies / (size choose 2); NaN for teams of fewer than two. */
  readonly density: Float64Array;
  /** (external − internal) / (external + internal); NaN for a team without ties. */
  readonly eiIndex: Float64Array;
  /** Distinct other teams the members are tied to. */
  readonly teamsReached: Float64Array;
  /** Largest share of external ties held by one member; NaN without external ties. */
  readonly busFactor: Float64Array;
  /** The member holding that share (lowest index on ties), or -1. */
  readonly busFactorPerson: Int32Array;
}

/** Computes the team figures on the undirected network. */
export function teamTies(graph: CompactGraph, teamOf: Int32Array, teamCount = groupCount(teamOf)): TeamTies {
  const { offsets, neighbours } = graph.out;
  const size = new Float64Array(teamCount);
  const internal = new Float64Array(teamCount);
  const external = new Float64Array(teamCount);
  const topExternal = new Float64Array(teamCount);
  const topPerson = new Int32Array(teamCount).fill(-1);
  const reachedSets = Array.from({ length: teamCount }, () => new Set<number>());

  for (let v = 0; v < graph.nodeCount; v++) {
    const team = teamOf[v];
    if (team === NO_GROUP) continue;
    size[team]++;
    let mine = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const other = teamOf[neighbours[k]];
      if (other === team) {
        internal[team] += 0.5; // seen from both ends
        continue;
      }
      mine++;
      if (other !== NO_GROUP) reachedSets[team].add(other);
    }
    external[team] += mine;
    if (mine > topExternal[team]) {
      topExternal[team] = mine;
      topPerson[team] = v;
    }
  }
  const reached = Float64Array.from(reachedSets, (set) => set.size);

  const density = new Float64Array(teamCount);
  const eiIndex = new Float64Array(teamCount);
  const busFactor = new Float64Array(teamCount);
  for (let t = 0; t < teamCount; t++) {
    density[t] = size[t] < 2 ? NaN : internal[t] / ((size[t] * (size[t] - 1)) / 2);
    const total = internal[t] + external[t];
    eiIndex[t] = total === 0 ? NaN : (external[t] - internal[t]) / total;
    busFactor[t] = external[t] === 0 ? NaN : topExternal[t] / external[t];
  }
  return { size, internalTies: internal, externalTies: external, density, eiIndex, teamsReached: reached, busFactor, busFactorPerson: topPerson };
}
