/**
 * Introductions that would repair the largest losses. They come from the after period's own
 * introduction plan (suggestIntroductions over the after organisation, with its per-person cap),
 * kept when they answer a loss, in this order:
 *
 * 1. `broken-pair`: it links the two teams of a pair that lost all its ties;
 * 2. `became-silo`: one end is in a team that became a silo;
 * 3. `ei-fall`: one end is in a team whose E-I index fell beyond normal variation (the
 *    largest falls).
 *
 * Each repair says how much the two people interacted in the before period: an introduction
 * between former contacts is a reconnection, often the easiest repair of all.
 *
 * Within each kind, losses keep the order the Comparison ranks them in (largest first), and at
 * most REPAIRS_PER_LOSS introductions answer one loss, best score first, so that one loss
 * cannot crowd out the others. The losses considered are the ranked ones the Comparison reports
 * (its top of each list), and only changes not within normal variation.
 *
 * An introduction with an end in a team the comparison withholds (below the minimum group size in
 * either period) is left out, as the changed pairs of such teams are: the after period's plan
 * knows only which teams are small after, so its reason would name a team small before, with
 * the figures of its pair, and show which team the joiners went to. Those left out are counted,
 * as the list without them would have held them, so that the reader knows repairs are missing.
 */
import type { Analysis } from '../analyse.js';
import { suggestIntroductions, type IntroductionOptions } from '../introductions/suggest-introductions.js';
import { tieIndex } from '../organisation/compact-graph.js';
import { NO_TEAM, type Organisation } from '../organisation/organisation.js';
import type { PairChange, Repair, RepairTarget, TeamChange } from './comparison.js';
import { signedFixed } from '../number-text.js';
import { teamPairKey } from './team-pairs.js';

/** The losses repairs are sought for. */
export interface Losses {
  readonly broken: readonly PairChange[];
  readonly becameSilos: readonly TeamChange[];
  /** Teams whose E-I index fell beyond normal variation, largest fall first. */
  readonly eiFalls: readonly TeamChange[];
}

/** Most introductions listed for one loss. */
export const REPAIRS_PER_LOSS = 2;

/** The repairs listed, and how many more the list would hold but for the teams withheld. */
export interface RepairList {
  readonly repairs: Repair[];
  /** Repairs left out of the first `top` because an end is in a withheld team. */
  readonly withheld: number;
}

/**
 * Picks up to `top` introductions from the after period's plan that answer the losses.
 * `analysis` must be the full analysis of `organisation` (every team), as suggestIntroductions
 * requires; the introductions name people as the organisation does. `withheld`: ids of the teams
 * the comparison gives no figures for, which no repair may have an end in.
 */
export function repairIntroductions(
  organisation: Organisation,
  analysis: Analysis,
  before: Organisation,
  losses: Losses,
  withheld: ReadonlySet<string>,
  options: Partial<IntroductionOptions>,
  top: number,
): RepairList {
  // Insertion order is the order of repair: kinds in turn, each loss in its ranked order.
  const targets = new Map<string, RepairTarget>();
  for (const pair of losses.broken) {
    if (pair.ties.variation === 'within-normal') continue;
    const [a, b] = pair.teams;
    targets.set(`pair:${teamPairKey(a.id, b.id)}`, {
      kind: 'broken-pair',
      teams: pair.teams,
      because: `${a.name} and ${b.name} had ${pair.ties.before} ${pair.ties.before === 1 ? 'tie' : 'ties'} between them before and none after`,
    });
  }
  for (const team of losses.becameSilos) {
    targets.set(`silo:${team.id}`, {
      kind: 'became-silo',
      teams: [ref(team)],
      because: `${team.name} became a silo (E-I index ${signed(team.eiIndex.before)} before, ${signed(team.eiIndex.after)} after)`,
    });
  }
  for (const team of losses.eiFalls) {
    if (team.eiIndex.variation !== 'beyond-normal' || (team.eiIndex.change ?? 0) >= 0) continue;
    targets.set(`fall:${team.id}`, {
      kind: 'ei-fall',
      teams: [ref(team)],
      because: `the E-I index of ${team.name} fell from ${signed(team.eiIndex.before)} to ${signed(team.eiIndex.after)}, beyond normal variation (${team.eiIndex.normalVariation?.toFixed(2)})`,
    });
  }
  if (targets.size === 0 || top === 0) return { repairs: [], withheld: 0 };

  // The whole plan, not a view of it: the cap on each person counts every accepted suggestion.
  const plan = suggestIntroductions(organisation, analysis, { ...options, limit: Number.MAX_SAFE_INTEGER, forPerson: null, forTeam: null });
  const teamOf = (id: string) => {
    const team = organisation.people[organisation.personIndex.get(id) ?? -1]?.team ?? NO_TEAM;
    return team === NO_TEAM ? null : organisation.teams[team].id;
  };
  const answers = new Map<string, Repair[]>([...targets.keys()].map((key) => [key, []]));
  // The list as it would be with the withheld teams' introductions in it: whether each is withheld.
  const unwithheld = new Map<string, boolean[]>([...targets.keys()].map((key) => [key, []]));
  // The first loss it answers, in order of repair, that still has room.
  const answered = (keys: readonly string[], lists: Map<string, unknown[]>) =>
    [...targets.keys()].find((candidate) => keys.includes(candidate) && lists.get(candidate)!.length < REPAIRS_PER_LOSS);
  for (const introduction of plan) {
    const ends = [teamOf(introduction.from), teamOf(introduction.to)].filter((team): team is string => team !== null);
    const keys = [
      ...(ends.length === 2 ? [`pair:${teamPairKey(ends[0], ends[1])}`] : []),
      ...ends.map((team) => `silo:${team}`),
      ...ends.map((team) => `fall:${team}`),
    ];
    const hidden = ends.some((team) => withheld.has(team));
    const wouldBe = answered(keys, unwithheld);
    if (wouldBe !== undefined) unwithheld.get(wouldBe)!.push(hidden);
    if (hidden) continue;
    const key = answered(keys, answers);
    if (key !== undefined) answers.get(key)!.push({ introduction, target: targets.get(key)!, interactionsBefore: strengthBetween(before, introduction.from, introduction.to) });
  }
  return {
    repairs: [...answers.values()].flat().slice(0, top),
    withheld: [...unwithheld.values()].flat().slice(0, top).filter((hidden) => hidden).length,
  };
}

/** The strength of the tie between two people (by id) in an organisation; 0 when either is absent or untied. */
function strengthBetween(organisation: Organisation, a: string, b: string): number {
  const u = organisation.personIndex.get(a);
  const v = organisation.personIndex.get(b);
  if (u === undefined || v === undefined) return 0;
  const ties = organisation.network.out;
  const tie = tieIndex(ties, u, v);
  return tie < 0 ? 0 : ties.strengths[tie];
}

function ref(team: TeamChange) {
  return { id: team.id, name: team.name, parent: team.parent };
}

function signed(value: number | null): string {
  if (value === null) return 'n/a';
  return signedFixed(value, 2);
}
