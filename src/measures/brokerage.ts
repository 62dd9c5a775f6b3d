/**
 * Gould & Fernandez (1989) brokerage roles, with teams as the groups, on the directed network.
 * Every two-path a → v → b with a ≠ b and no arc a → b makes v a broker, in one of five roles
 * by the groups of a, v and b (the definitions of R's sna::brokerage):
 *   coordinator     all three in one group           (A → A → A)
 *   itinerant       a and b share a group, v outside (A → B → A)
 *   gatekeeper      v shares b's group, not a's      (A → B → B)
 *   representative  v shares a's group, not b's      (A → A → B)
 *   liaison         all three groups differ          (A → B → C)
 * A person without a team is a group of their own.
 */
import { tieIndex, type CompactGraph } from '../organisation/compact-graph.js';
import { groupCount, NO_GROUP } from './team-assignment.js';

/** Counts of each role per person. */
export interface BrokerageCounts {
  readonly coordinator: Float64Array;
  readonly itinerant: Float64Array;
  readonly gatekeeper: Float64Array;
  readonly representative: Float64Array;
  readonly liaison: Float64Array;
}

/** Brokerage role counts per person; `graph` must be directed. */
export function brokerage(graph: CompactGraph, teamOf: Int32Array): BrokerageCounts {
  const n = graph.nodeCount;
  const counts = {
    coordinator: new Float64Array(n),
    itinerant: new Float64Array(n),
    gatekeeper: new Float64Array(n),
    representative: new Float64Array(n),
    liaison: new Float64Array(n),
  };
  // People without a team get a group of their own, numbered after the teams.
  const group = new Int32Array(n);
  let next = groupCount(teamOf);
  for (let v = 0; v < n; v++) group[v] = teamOf[v] === NO_GROUP ? next++ : teamOf[v];

  const { in: incoming, out: outgoing } = graph;
  for (let v = 0; v < n; v++) {
    const gv = group[v];
    for (let i = incoming.offsets[v]; i < incoming.offsets[v + 1]; i++) {
      const a = incoming.neighbours[i];
      const ga = group[a];
      for (let o = outgoing.offsets[v]; o < outgoing.offsets[v + 1]; o++) {
        const b = outgoing.neighbours[o];
        if (b === a || tieIndex(outgoing, a, b) >= 0) continue;
        const gb = group[b];
        if (ga === gb) {
          if (gv === ga) counts.coordinator[v]++;
          else counts.itinerant[v]++;
        } else if (gv === gb) counts.gatekeeper[v]++;
        else if (gv === ga) counts.representative[v]++;
        else counts.liaison[v]++;
      }
    }
  }
  return counts;
}
