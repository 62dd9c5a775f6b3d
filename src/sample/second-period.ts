/**
 * A second period for a sample organisation, with planted changes for `nodefinder compare` to
 * find. The second period directly follows the first, lasts as many days and has as many
 * interaction rows. Its ties are the first period's, with:
 *
 * - a team cut off: every tie between one team and the rest of the organisation is gone;
 * - a broker who leaves: one planted broker has no interactions at all;
 * - two departments merged: their people seek each other out as colleagues of one department
 *   would (new contacts across the old boundary, and team leads meeting their new peers);
 * - natural turnover everywhere: a share of the ordinary contacts between teams moves to another
 *   colleague, so that an unchanged team still varies a little, as in real data;
 * - a control team, touched by none of the planted changes, for tests to check that nothing
 *   large is reported where nothing was planted.
 */
import type { SampleOrganisation } from './generate-organisation.js';
import { DEPARTMENT_WEIGHT, LEAD_PEER_WEIGHT, TIE_KIND, TieBuilder, WEIGHT_SIGMA, type SampleTies } from './generate-ties.js';
import { Random } from './random.js';
import { dayNumber, type ResolvedSampleOptions } from './sample-options.js';

/** The random stream of the second period's plan and ties, apart from every first-period stream. */
export const SECOND_PERIOD_STREAM = 4;
/** The random stream of the second period's events. */
export const SECOND_EVENTS_STREAM = 5;

/** Share of ordinary contacts between teams that move to another colleague in the second period. */
export const TURNOVER = 0.15;
/** Mean new contacts in the other department each member of a merged department seeks out. */
const MERGE_CONTACTS = 1.5;
/** Teams cut off or kept as the control are at least this large, so no minimum group size hides them. */
const CHANGED_TEAM_MIN_SIZE = 6;

/**
 * Sizes of organisation a second period fits. From `some` people the organisation has three
 * departments, the fewest that keep the changes apart, but for most seeds no plan then leaves a
 * control team (983 of 3,600 did: seeds 1–50 at each size from 194 to 265). From `every` it has
 * four, and every seed measured had one (seeds 1–50 at each size from 266 to 450; 1–300 at 266,
 * 300, 500 and 1,000; 1–50 at 2,000 and 5,000).
 */
export const SECOND_PERIOD_STAFF = { some: 194, every: 266 } as const;

/** What was planted in the second period, as internal indices. */
export interface SecondPeriodPlan {
  /** First and last day of the second period, inclusive, `YYYY-MM-DD`. */
  readonly start: string;
  readonly end: string;
  readonly cutOffTeam: number;
  readonly leavingBroker: number;
  readonly mergedDepartments: readonly [number, number];
  readonly controlTeam: number;
}

/** The plan and the ties of the second period. */
export interface SecondPeriod {
  readonly plan: SecondPeriodPlan;
  readonly ties: SampleTies;
}

/**
 * Plans the second period and builds its ties from the first period's. Throws RangeError when
 * the organisation cannot hold every change apart from the others: it has fewer than three
 * departments, or no plan leaves a control team (see SECOND_PERIOD_STAFF).
 */
export function generateSecondPeriod(organisation: SampleOrganisation, ties: SampleTies, options: ResolvedSampleOptions): SecondPeriod {
  const random = new Random(options.seed, SECOND_PERIOD_STREAM);
  const plan = planChanges(organisation, ties, random, secondPeriodDates(options));
  return { plan, ties: changeTies(organisation, ties, plan, random) };
}

/** The day after the first period ends, and as many days on. */
export function secondPeriodDates(options: ResolvedSampleOptions): { start: string; end: string } {
  const first = dayNumber('periodStart', options.periodStart);
  const last = dayNumber('periodEnd', options.periodEnd);
  const days = last - first + 1;
  const date = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  return { start: date(last + 1), end: date(last + days) };
}

function planChanges(organisation: SampleOrganisation, ties: SampleTies, random: Random, dates: { start: string; end: string }): SecondPeriodPlan {
  const { people, teams, departments, planted } = organisation;
  if (departments.length < 3 || planted.brokers.length === 0) {
    throw new RangeError(`a second period needs at least 3 departments (${SECOND_PERIOD_STAFF.some} people or more); this organisation has ${departments.length}`);
  }
  const departmentOfTeam = (t: number) => teams[t].department;
  const headTeams = new Set(departments.map((department) => department.firstTeam));
  const silo = new Set(planted.siloTeams);
  const plantedPeople = new Set([...planted.brokers, ...planted.connectors]);
  const teamsWithPlanted = new Set([...plantedPeople].map((p) => people[p].team));
  const ordinaryTeams = teams
    .map((_, t) => t)
    .filter((t) => !headTeams.has(t) && !silo.has(t) && !teamsWithPlanted.has(t) && teams[t].size >= CHANGED_TEAM_MIN_SIZE);

  const otherDepartments = (broker: number) => departments.map((_, d) => d).filter((d) => d !== departmentOfTeam(people[broker].team));
  // Teams outside the merged departments that may be cut off or kept as the control.
  const cutCandidates = (merged: readonly number[]) => ordinaryTeams.filter((t) => !merged.includes(departmentOfTeam(t)));
  // The control team has no tie to anyone the planted changes touch: the leaving broker or the team cut off.
  const controlsFor = (broker: number, merged: readonly number[], cut: number) => {
    const touched = teamsTiedTo(organisation, ties, (p) => p === broker || people[p].team === cut);
    return cutCandidates(merged).filter((t) => t !== cut && !touched.has(t));
  };

  const draw = () => {
    const leavingBroker = random.pick(planted.brokers);
    const [a, b] = random.sample(otherDepartments(leavingBroker), 2).sort((x, y) => x - y);
    const candidates = cutCandidates([a, b]);
    if (candidates.length < 2) return undefined;
    const cutOffTeam = random.pick(candidates);
    const controls = controlsFor(leavingBroker, [a, b], cutOffTeam);
    return controls.length > 0 ? { leavingBroker, mergedDepartments: [a, b] as const, cutOffTeam, controls } : undefined;
  };
  const somePlanLeavesAControl = () =>
    planted.brokers.some((broker) =>
      pairs(otherDepartments(broker)).some((merged) => cutCandidates(merged).some((cut) => controlsFor(broker, merged, cut).length > 0)),
    );

  // A plan that leaves no control team is drawn again, rather than drawn from the workable plans
  // alone, so that every seed whose first plan works keeps the sample it always had.
  let plan = draw();
  if (plan === undefined && !somePlanLeavesAControl()) {
    throw new RangeError('no choice of the planted changes leaves a control team untouched by them in this organisation');
  }
  while (plan === undefined) plan = draw();
  const { leavingBroker, mergedDepartments, cutOffTeam, controls } = plan;
  return { ...dates, cutOffTeam, leavingBroker, mergedDepartments, controlTeam: random.pick(controls) };
}

/** The teams of everyone who has a tie to someone who passes `touched`. */
function teamsTiedTo(organisation: SampleOrganisation, ties: SampleTies, touched: (p: number) => boolean): Set<number> {
  const teams = new Set<number>();
  for (let i = 0; i < ties.count; i++) {
    if (touched(ties.a[i])) teams.add(organisation.people[ties.b[i]].team);
    if (touched(ties.b[i])) teams.add(organisation.people[ties.a[i]].team);
  }
  return teams;
}

/** Every unordered pair of `items`, each in ascending order when `items` is. */
function pairs(items: readonly number[]): [number, number][] {
  return items.flatMap((x, i) => items.slice(i + 1).map((y): [number, number] => [x, y]));
}

function changeTies(organisation: SampleOrganisation, ties: SampleTies, plan: SecondPeriodPlan, random: Random): SampleTies {
  const { people, teams, departments, planted } = organisation;
  const staff = people.length;
  const teamOf = Int32Array.from(people, (person) => person.team);
  const departmentOf = Int32Array.from(people, (person) => teams[person.team].department);
  const isLead = (p: number) => teams[teamOf[p]].first === p;
  const cutOff = (p: number) => teamOf[p] === plan.cutOffTeam;
  const special = new Set([...planted.brokers, ...planted.connectors]);
  const silo = new Set(planted.siloTeams);
  const isolate = new Set(planted.isolates);

  // People a moved or new contact may go to: as in the first period (no isolates, no silo
  // members), and neither the leaver nor the team that is cut off.
  const reachable = (p: number) => !isolate.has(p) && !silo.has(teamOf[p]) && p !== plan.leavingBroker && !cutOff(p);
  const pools: number[][] = departments.map(() => []);
  const everyone: number[] = [];
  for (let p = 0; p < staff; p++) {
    if (!reachable(p)) continue;
    pools[departmentOf[p]].push(p);
    everyone.push(p);
  }

  const builder = new TieBuilder(staff, teamOf, departmentOf);
  for (let i = 0; i < ties.count; i++) {
    const p = ties.a[i];
    const q = ties.b[i];
    if (p === plan.leavingBroker || q === plan.leavingBroker) continue;
    if (cutOff(p) !== cutOff(q)) continue;
    const movable = ties.kind[i] !== TIE_KIND.team && !ties.optional[i] && !special.has(p) && !special.has(q) && !isLead(p) && !isLead(q);
    if (movable && reachable(p) && reachable(q) && random.chance(TURNOVER)) {
      // One side keeps the contact time but spends it with another colleague of the same kind.
      const [keep, lost] = random.chance(0.5) ? [p, q] : [q, p];
      const pool = ties.kind[i] === TIE_KIND.department ? pools[departmentOf[keep]] : everyone;
      const sameKind = (r: number) =>
        r !== lost && teamOf[r] !== teamOf[keep] && (ties.kind[i] === TIE_KIND.department ? departmentOf[r] === departmentOf[keep] : departmentOf[r] !== departmentOf[keep]);
      const moved = pickFrom(pool, random, sameKind);
      if (moved >= 0) {
        builder.add(keep, moved, ties.weight[i]);
        continue;
      }
    }
    builder.add(p, q, ties.weight[i], ties.optional[i] === 1);
  }

  const [a, b] = plan.mergedDepartments;
  for (const [own, other] of [[a, b], [b, a]]) {
    for (const p of pools[own]) {
      const contacts = random.poisson(MERGE_CONTACTS);
      for (let k = 0; k < contacts; k++) {
        const q = random.pick(pools[other]);
        builder.add(p, q, DEPARTMENT_WEIGHT * random.logNormal(WEIGHT_SIGMA));
      }
    }
    const leads = pools[other].filter(isLead);
    for (const p of pools[own]) {
      if (isLead(p) && leads.length > 0) builder.add(p, random.pick(leads), LEAD_PEER_WEIGHT * random.logNormal(WEIGHT_SIGMA));
    }
  }
  return builder.finish();
}

/** A random element of `pool` that passes `accept`, or -1 after a few misses. */
function pickFrom(pool: readonly number[], random: Random, accept: (r: number) => boolean): number {
  if (pool.length === 0) return -1;
  for (let attempt = 0; attempt < 10; attempt++) {
    const r = random.pick(pool);
    if (accept(r)) return r;
  }
  return -1;
}
