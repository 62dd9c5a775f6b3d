/**
 * Who talks to whom in a sample organisation, and how much: undirected ties with a relative
 * weight, from which the events are later drawn.
 *
 * The shape follows what organisational network studies report (e.g. Cross & Parker, "The
 * Hidden Power of Social Networks", 2004; Kossinets & Watts, Science 2006): most communication
 * stays inside the team, less crosses to other teams of the same department, and little crosses
 * departments, much of that through a few boundary spanners. On top of that background the
 * planted roles are laid:
 * - brokers: strong ties into several other departments, so that they carry most of the
 *   organisation's cross-department ties;
 * - connectors: many light ties across their own department and a few beyond, so that they have
 *   far more distinct contacts than anyone else while reaching fewer departments than a broker;
 * - silo teams: ties only among themselves, apart from a trickle from the lead to the head;
 * - isolates: no ties.
 */
import type { SampleOrganisation } from './generate-organisation.js';
import { Random } from './random.js';

/** Where a tie runs, by the formal structure. */
export const TIE_KIND = { team: 0, department: 1, cross: 2 } as const;

/** Ties as parallel arrays indexed 0..count-1; `a < b` are internal person indices. */
export interface SampleTies {
  readonly count: number;
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** Relative amount of interaction; only ratios matter. */
  readonly weight: Float64Array;
  /** A `TIE_KIND` value. */
  readonly kind: Uint8Array;
  /** 1 for a tie that may end up with no event at all (a silo team's trickle of outside contact). */
  readonly optional: Uint8Array;
}

/** The random stream of the ties, kept apart from those of structure and events. */
export const TIES_STREAM = 2;

// Weights are in rough "events over the period" for the default 50 events per person; the event
// stage rescales them to the requested total, so only their ratios matter.
const TEAM_WEIGHT = 10;
/** A lead talks to each member more than members talk to each other. */
const LEAD_FACTOR = 1.5;
export const DEPARTMENT_WEIGHT = 4;
/** Mean number of other-team colleagues in the department each person seeks out. */
const DEPARTMENT_CONTACTS = 2;
const LEAD_TO_HEAD_WEIGHT = 5;
export const LEAD_PEER_WEIGHT = 2;
const HEAD_PEER_WEIGHT = 3;
/** Chance that an ordinary person has one contact in another department. */
const ORDINARY_CROSS_CHANCE = 0.015;
const ORDINARY_CROSS_WEIGHT = 1.5;
const BROKER_DEPARTMENTS: readonly [number, number] = [4, 6];
/** A broker's contacts in other departments, spread evenly over the departments reached. */
const BROKER_CONTACTS: readonly [number, number] = [14, 22];
const BROKER_WEIGHT = 10;
/**
 * Distinct contacts a connector is set to make, their team included. A department too small to
 * supply them leaves the connector short, and colleagues who seek them out add a few.
 */
const CONNECTOR_CONTACTS: readonly [number, number] = [50, 80];
const CONNECTOR_BEYOND: readonly [number, number] = [2, 4];
/** A connector in a small department makes up part of the shortfall beyond it, up to this many. */
const CONNECTOR_BEYOND_MAX = 8;
const CONNECTOR_WEIGHT = 2;
/** A silo team's outside contact, as a share of its inside weight. */
const SILO_TRICKLE = 0.004;
/** Spread of the log-normal noise on every weight. */
export const WEIGHT_SIGMA = 0.6;

/** Generates the ties of an organisation; deterministic for the seed. */
export function generateTies(organisation: SampleOrganisation, seed: number): SampleTies {
  const random = new Random(seed, TIES_STREAM);
  const { people, teams, departments, planted } = organisation;
  const staff = people.length;

  const teamOf = new Int32Array(staff);
  const departmentOf = new Int32Array(staff);
  people.forEach((person, p) => {
    teamOf[p] = person.team;
    departmentOf[p] = teams[person.team].department;
  });
  const silo = new Uint8Array(teams.length);
  for (const t of planted.siloTeams) silo[t] = 1;
  const isolate = new Uint8Array(staff);
  for (const p of planted.isolates) isolate[p] = 1;
  // Brokers and connectors get their outside ties from their own rules, not the background's.
  const special = new Uint8Array(staff);
  for (const p of planted.brokers) special[p] = 1;
  const connector = new Uint8Array(staff);
  for (const p of planted.connectors) special[p] = connector[p] = 1;

  // People others may reach out to: everyone but isolates and members of silo teams.
  const reachable = (p: number) => !isolate[p] && !silo[teamOf[p]];
  const departmentPools: number[][] = departments.map(() => []);
  const everyone: number[] = [];
  for (let p = 0; p < staff; p++) {
    if (!reachable(p)) continue;
    departmentPools[departmentOf[p]].push(p);
    everyone.push(p);
  }

  const ties = new TieBuilder(staff, teamOf, departmentOf);
  const noisy = (weight: number) => weight * random.logNormal(WEIGHT_SIGMA);

  // Inside teams: small teams are complete; in larger ones not every pair talks, but the lead
  // and any connector talk to everyone.
  for (let t = 0; t < teams.length; t++) {
    const { first, size } = teams[t];
    const density = size <= 6 ? 1 : Math.max(0.5, 1 - (size - 6) * 0.05);
    let inside = 0;
    for (let p = first; p < first + size; p++) {
      if (isolate[p]) continue;
      for (let q = p + 1; q < first + size; q++) {
        if (isolate[q]) continue;
        if (p === first) inside += ties.add(p, q, noisy(TEAM_WEIGHT * LEAD_FACTOR));
        else if (connector[p] || connector[q] || random.chance(density)) inside += ties.add(p, q, noisy(TEAM_WEIGHT));
      }
    }
    const department = departments[teams[t].department];
    if (silo[t]) {
      ties.add(first, department.head, inside * SILO_TRICKLE, true);
      continue;
    }
    if (first !== department.head) ties.add(first, department.head, noisy(LEAD_TO_HEAD_WEIGHT));
    const peers = random.int(1, 2);
    for (let i = 0; i < peers; i++) {
      const other = department.firstTeam + random.index(department.teamCount);
      if (other !== t && !silo[other]) ties.add(first, teams[other].first, noisy(LEAD_PEER_WEIGHT));
    }
  }

  // Inside departments: each person seeks out a few colleagues in other teams.
  for (const p of everyone) {
    const pool = departmentPools[departmentOf[p]];
    const contacts = random.poisson(DEPARTMENT_CONTACTS);
    for (let i = 0; i < contacts; i++) {
      const q = pickFrom(pool, random, (q) => teamOf[q] !== teamOf[p]);
      if (q >= 0) ties.add(p, q, noisy(DEPARTMENT_WEIGHT));
    }
  }

  // Across departments, background: heads know one other head; a few ordinary people have one
  // contact elsewhere.
  if (departments.length >= 2) {
    for (let d = 0; d < departments.length; d++) {
      const other = pickOtherDepartment(departments.length, d, random);
      ties.add(departments[d].head, departments[other].head, noisy(HEAD_PEER_WEIGHT));
    }
    for (const p of everyone) {
      if (special[p] || !random.chance(ORDINARY_CROSS_CHANCE)) continue;
      const q = pickFrom(everyone, random, (q) => departmentOf[q] !== departmentOf[p]);
      if (q >= 0) ties.add(p, q, noisy(ORDINARY_CROSS_WEIGHT));
    }
  }

  for (const broker of planted.brokers) {
    // In an organisation of few departments a broker reaches all of them, with more contacts
    // in each, so brokers carry most cross-department ties at every size.
    const reach = Math.min(departments.length - 1, random.int(...BROKER_DEPARTMENTS));
    const contacts = random.int(...BROKER_CONTACTS);
    otherDepartments(departments.length, departmentOf[broker], reach, random).forEach((d, i) => {
      const share = Math.floor(contacts / reach) + (i < contacts % reach ? 1 : 0);
      for (const q of random.sample(departmentPools[d], share)) ties.add(broker, q, noisy(BROKER_WEIGHT));
    });
  }

  for (const connector of planted.connectors) {
    const target = random.int(...CONNECTOR_CONTACTS);
    const own = departmentPools[departmentOf[connector]].filter((q) => teamOf[q] !== teamOf[connector]);
    const teamContacts = teams[teamOf[connector]].size - 1;
    let beyond = departments.length >= 2 ? random.int(...CONNECTOR_BEYOND) : 0;
    const within = Math.min(own.length, Math.max(0, target - teamContacts - beyond));
    for (const q of random.sample(own, within)) ties.add(connector, q, noisy(CONNECTOR_WEIGHT));
    if (beyond === 0) continue;
    beyond = Math.min(CONNECTOR_BEYOND_MAX, target - teamContacts - within);
    // A connector's outside contacts sit in one or two neighbouring departments, unlike a
    // broker's, which are spread over several.
    const reach = otherDepartments(departments.length, departmentOf[connector], Math.min(departments.length - 1, random.int(1, 2)), random);
    const outside = reach.flatMap((d) => departmentPools[d]);
    for (const q of random.sample(outside, beyond)) ties.add(connector, q, noisy(CONNECTOR_WEIGHT));
  }

  return ties.finish();
}

/** A random element of `pool` that passes `accept`, or -1 after a few misses. */
function pickFrom(pool: readonly number[], random: Random, accept: (q: number) => boolean): number {
  if (pool.length === 0) return -1;
  for (let attempt = 0; attempt < 10; attempt++) {
    const q = random.pick(pool);
    if (accept(q)) return q;
  }
  return -1;
}

function pickOtherDepartment(count: number, own: number, random: Random): number {
  const other = random.index(count - 1);
  return other >= own ? other + 1 : other;
}

/** `reach` distinct departments other than `own`, in the order drawn. */
function otherDepartments(count: number, own: number, reach: number, random: Random): number[] {
  const chosen = new Set<number>();
  while (chosen.size < reach) chosen.add(pickOtherDepartment(count, own, random));
  return [...chosen];
}

/** Collects ties into growing typed arrays, merging repeats of a pair into one tie. */
export class TieBuilder {
  private count = 0;
  private a: Int32Array;
  private b: Int32Array;
  private weight: Float64Array;
  private kind: Uint8Array;
  private optional: Uint8Array;
  private readonly slot = new Map<number, number>();

  constructor(
    private readonly staff: number,
    private readonly teamOf: Int32Array,
    private readonly departmentOf: Int32Array,
  ) {
    const capacity = Math.max(64, staff * 8);
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.weight = new Float64Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.optional = new Uint8Array(capacity);
  }

  /** Adds weight to the tie between p and q (never a self-tie) and returns the weight added. */
  add(p: number, q: number, weight: number, optional = false): number {
    if (p === q) return 0;
    const low = Math.min(p, q);
    const high = Math.max(p, q);
    const key = low * this.staff + high;
    const existing = this.slot.get(key);
    if (existing !== undefined) {
      this.weight[existing] += weight;
      if (!optional) this.optional[existing] = 0;
      return weight;
    }
    if (this.count === this.a.length) this.grow();
    const i = this.count++;
    this.slot.set(key, i);
    this.a[i] = low;
    this.b[i] = high;
    this.weight[i] = weight;
    this.optional[i] = optional ? 1 : 0;
    this.kind[i] =
      this.teamOf[low] === this.teamOf[high]
        ? TIE_KIND.team
        : this.departmentOf[low] === this.departmentOf[high]
          ? TIE_KIND.department
          : TIE_KIND.cross;
    return weight;
  }

  finish(): SampleTies {
    const n = this.count;
    return {
      count: n,
      a: this.a.slice(0, n),
      b: this.b.slice(0, n),
      weight: this.weight.slice(0, n),
      kind: this.kind.slice(0, n),
      optional: this.optional.slice(0, n),
    };
  }

  private grow(): void {
    const size = this.a.length * 2;
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.a = grown(this.a, new Int32Array(size));
    this.b = grown(this.b, new Int32Array(size));
    this.weight = grown(this.weight, new Float64Array(size));
    this.kind = grown(this.kind, new Uint8Array(size));
    this.optional = grown(this.optional, new Uint8Array(size));
  }
}
