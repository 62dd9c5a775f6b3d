/**
 * The Comparison: what changed between two periods (or two data folders), as one plain object
 * that serialises to JSON as it is. Values that do not apply are `null`, never NaN, so
 * `JSON.stringify` loses nothing and every presenter (text, Markdown, HTML, the terminal UI)
 * reads the same object. Built by `compare()` in compare.ts.
 */
import type { PathMeasureMethod } from '../analyse.js';
import type { Introduction } from '../introductions/suggest-introductions.js';
import type { Role, RoleOptions } from '../findings/roles.js';
import type { SiloOptions } from '../findings/silos.js';
import type { LoadSettings } from '../load/report.js';

/** Version of the Comparison's shape (written out in schema/comparison.schema.json); raised on any incompatible change. */
export const COMPARISON_SCHEMA_VERSION = 7;

/**
 * Whether a change is larger than the variation seen between equal windows of the before period
 * (see noise.ts for the exact rule). `unknown` when that variation could not be measured.
 */
export type Variation = 'within-normal' | 'beyond-normal' | 'unknown';

/** One figure before and after; `change` is after − before, null when either is missing. */
export interface Change {
  readonly before: number | null;
  readonly after: number | null;
  readonly change: number | null;
}

/** A change judged against normal variation. */
export interface JudgedChange extends Change {
  /** The largest difference between the before period's windows (at least 1 for counts); null when not measurable. */
  readonly normalVariation: number | null;
  readonly variation: Variation;
}

/** The first `items` of a longer list, best first, and how many there are in all. */
export interface Ranked<T> {
  readonly total: number;
  readonly items: readonly T[];
}

export interface TeamRef {
  readonly id: string;
  readonly name: string;
  /** Department or directorate, or ''. */
  readonly parent: string;
}

export interface PersonRef {
  readonly id: string;
  readonly name: string;
  /** Team id, or null for no team or a team below the minimum group size. */
  readonly team: string | null;
}

/**
 * Who belonged to a team in the two periods, matched by person id. A team whose membership
 * changed substantially (membership.ts) may show changed figures without anyone changing how
 * they work: the people are not the same.
 */
export interface MembershipChange {
  /** People in the team in either period. */
  readonly people: number;
  /** In the team after, not before: joined the organisation or moved in. */
  readonly arrived: number;
  /** In the team before, not after: left the organisation or moved out. */
  readonly departed: number;
  /** Whether more than a fifth of `people` arrived or departed. */
  readonly substantial: boolean;
}

/** One team in both periods. */
export interface TeamChange extends TeamRef {
  readonly size: Change;
  readonly membership: MembershipChange;
  readonly internalTies: Change;
  readonly externalTies: Change;
  /** Krackhardt–Stern E-I index: −1 all ties inside the team, +1 all outside. */
  readonly eiIndex: JudgedChange;
  /** Other teams the members are tied to. */
  readonly teamsReached: JudgedChange;
  readonly silo: { readonly before: boolean; readonly after: boolean };
}

/** Two teams and the ties between their members. */
export interface PairChange {
  readonly teams: readonly [TeamRef, TeamRef];
  readonly ties: JudgedChange;
}

/** A person who gained or lost a key role (connector, broker, boundary-spanner, bottleneck). */
export interface RoleChange extends PersonRef {
  readonly before: readonly Role[];
  readonly after: readonly Role[];
  readonly gained: readonly Role[];
  readonly lost: readonly Role[];
  readonly betweenness: Change;
}

/** A person and one of their figures in both periods. */
export interface PersonChange extends PersonRef {
  readonly value: Change;
}

/** A person in both periods whose team differs: `team` is the after period's, `from` the before period's. */
export interface TeamMove extends PersonRef {
  /** Team id before, or null for no team or a team below the minimum group size in either period. */
  readonly from: string | null;
}

/** A person present (or active) in only one of the periods, with what they were there. */
export interface PersonPresence extends PersonRef {
  /** Roles in the period they were present or active in. */
  readonly roles: readonly Role[];
  /** Distinct contacts in that period. */
  readonly ties: number;
}

/** Someone whose leaving would cut people off in the after period, but not before. */
export interface NewSinglePointOfFailure extends PersonRef {
  readonly peopleCutOff: number;
  readonly teamsCutOff: number;
}

/** What a suggested introduction would repair. */
export interface RepairTarget {
  /** `broken-pair`: it links two teams that lost all their ties; `became-silo`: it opens a team that became a silo; `ei-fall`: it opens a team whose E-I index fell beyond normal variation. */
  readonly kind: 'broken-pair' | 'became-silo' | 'ei-fall';
  readonly teams: readonly TeamRef[];
  /** One sentence: the loss it answers. */
  readonly because: string;
}

/** An introduction from the after period's plan that answers one of the largest losses. */
export interface Repair {
  readonly introduction: Introduction;
  readonly target: RepairTarget;
  /**
   * Interactions between the two people in the before period (their tie's strength: a summed
   * weight when the data are weights): more than 0 means they knew each other and the
   * introduction would reconnect them.
   */
  readonly interactionsBefore: number;
}

/** What one side of the comparison is. */
export interface ComparedPeriodSummary {
  /** `2026-01-01..2026-03-31`, or the folder. */
  readonly label: string;
  /** The period asked for (inclusive), or null when the whole of a folder's data was used. */
  readonly start: string | null;
  readonly end: string | null;
  readonly people: number;
  readonly teams: number;
  readonly ties: number;
  readonly interactions: number;
  /** Whether tie strengths are summed weights (ratings, minutes), so `interactions` counts none. */
  readonly summedWeights: boolean;
  /** First and last interaction used (ISO 8601), when the data has timestamps. */
  readonly firstInteraction: string | null;
  readonly lastInteraction: string | null;
}

/** How normal variation was measured. */
export interface NoiseDescription {
  /** The rule in one sentence. */
  readonly rule: string;
  /** The windows of the before period that were measured, in time order (empty when none). */
  readonly windows: readonly { readonly start: string; readonly end: string }[];
  readonly available: boolean;
  /** How many changes of each kind were judged and how many passed; null when normal variation was not measured. */
  readonly judged: {
    readonly eiIndex: JudgedCount;
    readonly teamsReached: JudgedCount;
    readonly brokenPairs: JudgedCount;
    readonly newlyLinkedPairs: JudgedCount;
  } | null;
}

/**
 * Changes of one kind judged against normal variation, and how many of them chance alone would
 * put beyond it (chance.ts): with two thousand teams judged, a hundred may pass where nothing changed.
 */
export interface JudgedCount {
  /** Changes judged (within or beyond normal variation; those it could not judge left out). */
  readonly judged: number;
  /** Of those, beyond normal variation. */
  readonly beyond: number;
  /** Share of such changes judged beyond normal variation in organisations where nothing changed (measured, chance.ts). */
  readonly chanceShare: number;
  /** `judged` × `chanceShare`, rounded: about how many of `beyond` chance alone would give. */
  readonly expectedByChance: number;
}

/** Everything `nodefinder compare` reports. */
export interface Comparison {
  readonly schemaVersion: number;
  /** `periods`: two periods of one folder; `folders`: two folders, people matched by id. */
  readonly mode: 'periods' | 'folders';
  readonly before: ComparedPeriodSummary;
  readonly after: ComparedPeriodSummary;
  readonly options: {
    readonly seed: number;
    readonly weighted: boolean;
    readonly directed: boolean;
    /** How betweenness was computed in each period, as its analysis records it (with closeness and harmonic, computed alike). */
    readonly betweenness: { readonly before: PathMeasureMethod; readonly after: PathMeasureMethod };
    /** Longest list of each kind. */
    readonly top: number;
    /** How the after period's files were read (its time window aside, the periods say that): channels, --min-interactions… */
    readonly load: Pick<LoadSettings, 'channels' | 'minInteractions' | 'undirected' | 'strict' | 'dateOrder'> | null;
    /** The role and silo options both periods were judged with. */
    readonly roles: RoleOptions;
    readonly silos: SiloOptions;
  };
  readonly organisation: {
    readonly people: Change;
    readonly ties: Change;
    readonly interactions: Change;
    readonly density: Change;
    /** Connected parts, isolated people included. */
    readonly components: Change;
    readonly largestComponent: Change;
    readonly modularity: Change;
    /** Share of ties (between two people who both have a team) that join two different teams. */
    readonly crossTeamShare: Change;
    readonly silos: Change;
    readonly singlePointsOfFailure: Change;
  };
  readonly noise: NoiseDescription;
  readonly teams: {
    /** Teams in both periods at or above the minimum group size. */
    readonly compared: number;
    /** Every compared team, in the after period's order. */
    readonly all: readonly TeamChange[];
    readonly largestEiChanges: Ranked<TeamChange>;
    readonly largestReachChanges: Ranked<TeamChange>;
    readonly becameSilos: Ranked<TeamChange>;
    readonly stoppedBeingSilos: Ranked<TeamChange>;
    /** Teams (at or above the minimum group size) only in the after or only in the before data. */
    readonly added: readonly TeamRef[];
    readonly removed: readonly TeamRef[];
  };
  readonly pairs: {
    /** Pairs of teams with ties before and none after. */
    readonly broken: Ranked<PairChange>;
    /** Pairs of teams with no ties before and some after. */
    readonly newlyLinked: Ranked<PairChange>;
  };
  readonly people: {
    /** People in both periods (matched by id). */
    readonly matched: number;
    readonly joined: Ranked<PersonPresence>;
    readonly left: Ranked<PersonPresence>;
    /** In both, with ties before and none after. */
    readonly stoppedInteracting: Ranked<PersonPresence>;
    /** In both, with no ties before and some after. */
    readonly startedInteracting: Ranked<PersonPresence>;
    /** In both, in different teams (with two folders, each with the staff file of its time). */
    readonly movedTeams: Ranked<TeamMove>;
    readonly roleChanges: Ranked<RoleChange>;
    readonly betweennessRises: Ranked<PersonChange>;
    readonly betweennessFalls: Ranked<PersonChange>;
    /** Distinct contacts in other teams, largest losses first. */
    readonly crossTeamLosses: Ranked<PersonChange>;
    readonly newSinglePointsOfFailure: Ranked<NewSinglePointOfFailure>;
  };
  readonly repairs: readonly Repair[];
  readonly privacy: {
    readonly minGroupSize: number;
    /** Teams below the minimum group size in either period: no team or pair figures for them. */
    readonly teamsSuppressed: number;
    /** Broken or newly linked pairs of teams left out because one of the teams is below the minimum group size. */
    readonly pairsSuppressed: number;
    /** Repairs left out of the list because an end is in a team below the minimum group size in either period. */
    readonly repairsSuppressed: number;
    readonly pseudonymised: boolean;
  };
  /** Things a reader should know before acting on the figures. */
  readonly notes: readonly string[];
}

/** A Change from two values; missing or non-finite values become null. */
export function change(before: number | null | undefined, after: number | null | undefined): Change {
  const b = finiteOrNull(before);
  const a = finiteOrNull(after);
  return { before: b, after: a, change: a === null || b === null ? null : a - b };
}

/** The value, or null when it is missing or not a finite number. */
export function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The first `top` of `items` (already ranked), with the full count. */
export function ranked<T>(items: readonly T[], top: number): Ranked<T> {
  return { total: items.length, items: items.slice(0, top) };
}

/** Ascending order of ids, for deterministic tie-breaks. */
export function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
