/**
 * Teams before and after: E-I index and teams reached judged against normal variation, ties
 * inside and leaving the team, and silo status. Only teams at or above the minimum group size in
 * both periods are compared (DESIGN §6: a small team's figures point at individuals); the others
 * are counted as suppressed.
 */
import type { Analysis, TeamAnalysis } from '../analyse.js';
import type { Organisation } from '../organisation/organisation.js';
import { isWithheldAsSmall } from '../privacy/small-team.js';
import { byId, change, ranked, type Comparison, type JudgedChange, type MembershipChange, type TeamChange, type TeamRef } from './comparison.js';
import { membershipChanges } from './membership.js';
import { COUNT_RESOLUTION, judgeVariation, normalVariation, oneTieOfEiIndex, type WindowFigures } from './noise.js';

interface Side {
  readonly organisation: Organisation;
  readonly released: Analysis;
}

/** The team part of a Comparison, with the ids of the compared teams and the suppressed count. */
export interface TeamComparison {
  readonly teams: Comparison['teams'];
  /** Ids of the teams compared (at or above the minimum group size in both periods). */
  readonly compared: ReadonlySet<string>;
  /** Team ids below the minimum group size in either period. */
  readonly suppressed: ReadonlySet<string>;
}

/**
 * Ids of the teams withheld as small in either period: a comparison gives them no
 * figures, and whatever else it lets out of the machine (the dashboard's exports) must withhold
 * them too.
 */
export function teamsSmallInEitherPeriod(before: Organisation, after: Organisation, minGroupSize: number): Set<string> {
  const small = new Set<string>();
  for (const organisation of [before, after]) {
    for (const team of organisation.teams) if (isWithheldAsSmall(team.members.length, minGroupSize)) small.add(team.id);
  }
  return small;
}

/** Compares every team present in both periods. */
export function compareTeams(before: Side, after: Side, windows: readonly WindowFigures[], minGroupSize: number, top: number): TeamComparison {
  const suppressed = teamsSmallInEitherPeriod(before.organisation, after.organisation, minGroupSize);
  const releasedBefore = new Map(before.released.teams.map((team) => [team.id, team]));
  const inBefore = new Set(before.organisation.teams.map((team) => team.id));
  const inAfter = new Set(after.organisation.teams.map((team) => team.id));
  const shown = (team: TeamAnalysis) => !suppressed.has(team.id);
  const memberships = membershipChanges(before.organisation, after.organisation);

  const all: TeamChange[] = [];
  for (const later of after.released.teams) {
    const earlier = releasedBefore.get(later.id);
    if (!earlier || !shown(later)) continue;
    all.push(teamChange(earlier, later, memberships.get(later.id)!, windows));
  }
  const compared = new Set(all.map((team) => team.id));

  const size = (value: number | null) => (value === null ? -1 : Math.abs(value));
  const largest = (pick: (team: TeamChange) => JudgedChange) =>
    all
      .filter((team) => (pick(team).change ?? 0) !== 0)
      .sort((x, y) => size(pick(y).change) - size(pick(x).change) || byId(x, y));
  const becameSilos = all.filter((team) => !team.silo.before && team.silo.after).sort((x, y) => (x.eiIndex.change ?? 0) - (y.eiIndex.change ?? 0) || byId(x, y));
  const stopped = all.filter((team) => team.silo.before && !team.silo.after).sort((x, y) => (y.eiIndex.change ?? 0) - (x.eiIndex.change ?? 0) || byId(x, y));

  const ref = (team: TeamAnalysis): TeamRef => ({ id: team.id, name: team.name, parent: team.parent });
  return {
    teams: {
      compared: all.length,
      all,
      largestEiChanges: ranked(largest((team) => team.eiIndex), top),
      largestReachChanges: ranked(largest((team) => team.teamsReached), top),
      becameSilos: ranked(becameSilos, top),
      stoppedBeingSilos: ranked(stopped, top),
      added: after.released.teams.filter((team) => !inBefore.has(team.id) && shown(team)).map(ref),
      removed: before.released.teams.filter((team) => !inAfter.has(team.id) && shown(team)).map(ref),
    },
    compared,
    suppressed,
  };
}

function teamChange(before: TeamAnalysis, after: TeamAnalysis, membership: MembershipChange, windows: readonly WindowFigures[]): TeamChange {
  const inWindows = windows.map((window) => window.teams.get(after.id));
  const judged = (before: number, after: number, windowValues: (number | null)[], floor = 0): JudgedChange => {
    const measured = change(before, after);
    const variation = windows.length === 0 ? null : normalVariation(windowValues, floor);
    return { ...measured, normalVariation: variation, variation: judgeVariation(measured.change, variation) };
  };
  return {
    id: after.id,
    name: after.name,
    parent: after.parent,
    size: change(before.size, after.size),
    membership,
    internalTies: change(before.internalTies, after.internalTies),
    externalTies: change(before.externalTies, after.externalTies),
    eiIndex: judged(before.eiIndex, after.eiIndex, inWindows.map((figures) => figures?.eiIndex ?? null), oneTieOfEiIndex(before.internalTies, before.externalTies)),
    teamsReached: judged(before.teamsReached, after.teamsReached, inWindows.map((figures) => figures?.teamsReached ?? null), COUNT_RESOLUTION),
    silo: { before: before.silo, after: after.silo },
  };
}
