/**
 * Guimerà & Amaral's (2005) roles in a modular network, with formal teams as the modules.
 * Participation coefficient P_i = 1 − Σ_s (k_is / k_i)²: 0 when all of a person's ties are in
 * one team, near 1 when they are spread evenly over many. Within-team degree z-score
 * z_i = (k_i,own − mean) / sd over the members of i's team: how connected a person is inside
 * their own team compared with their teammates. Ties are counted, not weighted.
 */
import type { CompactGraph } from '../organisation/compact-graph.js';
import { groupCount, NO_GROUP } from './team-assignment.js';

/**
 * Participation coefficient per person; NaN for people without ties. A contact without a team
 * counts as a group of their own, so ties to them spread a person's ties as well.
 */
export function participationCoefficient(graph: CompactGraph, teamOf: Int32Array): Float64Array {
  const { offsets, neighbours } = graph.out;
  const result = new Float64Array(graph.nodeCount);
  const teamCount = groupCount(teamOf);
  const tiesTo = new Float64Array(teamCount);
  for (let v = 0; v < graph.nodeCount; v++) {
    const degree = offsets[v + 1] - offsets[v];
    if (degree === 0) {
      result[v] = NaN;
      continue;
    }
    let sumOfSquares = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const team = teamOf[neighbours[k]];
      if (team === NO_GROUP) sumOfSquares += 1 / (degree * degree);
      else tiesTo[team]++;
    }
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const team = teamOf[neighbours[k]];
      if (team === NO_GROUP || tiesTo[team] === 0) continue;
      sumOfSquares += (tiesTo[team] / degree) ** 2;
      tiesTo[team] = 0;
    }
    result[v] = 1 - sumOfSquares;
  }
  return result;
}

/**
 * Within-team degree z-score per person (population standard deviation). 0 when every member of
 * the team has the same within-team degree; NaN for people without a team.
 */
export function withinTeamDegreeZ(graph: CompactGraph, teamOf: Int32Array): Float64Array {
  const { offsets, neighbours } = graph.out;
  const n = graph.nodeCount;
  const own = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let k = offsets[v]; k < offsets[v + 1]; k++) if (teamOf[v] !== NO_GROUP && teamOf[neighbours[k]] === teamOf[v]) own[v]++;
  }
  const teamCount = groupCount(teamOf);
  const size = new Float64Array(teamCount);
  const sum = new Float64Array(teamCount);
  const sumOfSquares = new Float64Array(teamCount);
  for (let v = 0; v < n; v++) {
    const team = teamOf[v];
    if (team === NO_GROUP) continue;
    size[team]++;
    sum[team] += own[v];
    sumOfSquares[team] += own[v] * own[v];
  }
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const team = teamOf[v];
    if (team === NO_GROUP) {
      result[v] = NaN;
      continue;
    }
    const mean = sum[team] / size[team];
    const variance = Math.max(0, sumOfSquares[team] / size[team] - mean * mean);
    result[v] = variance === 0 ? 0 : (own[v] - mean) / Math.sqrt(variance);
  }
  return result;
}
