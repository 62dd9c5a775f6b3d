/**
 * What a dashboard tab is, as data: where its rows come from, its columns, its sort orders, what
 * a search matches and what Enter opens. The dashboard, its CSV export and its tests all read
 * these definitions, so a new tab (say, "Changes" from `nodefinder compare`) is one more entry in
 * DASHBOARD_TABS.
 */
import type { Analysis, PersonAnalysis, TeamAnalysis } from '../../analyse.js';
import type { Comparison } from '../../compare/comparison.js';
import { sharedNames } from '../../organisation/shared-names.js';
import type { Colour } from '../theme.js';
import type { Cut } from '../layout/fit-text.js';

/** A value as exported to CSV and compared when sorting. */
export type CellValue = string | number | boolean | null;

/** What a tab's rows are built from. Built once for the analysis shown and once for the one released. */
export interface TabContext {
  readonly analysis: Analysis;
  /** Teams smaller than this are marked on screen and withheld from exports. */
  readonly minGroupSize: number;
  /**
   * Ids of the teams withheld from exports though not smaller than minGroupSize: with `nodefinder
   * compare`, those small in the before period. Marked on screen as the small ones are.
   */
  readonly withheldTeams: ReadonlySet<string>;
  readonly personById: ReadonlyMap<string, PersonAnalysis>;
  readonly teamById: ReadonlyMap<string, TeamAnalysis>;
  /** Names more than one person has: shown with the id, as the text report does, so that the two can be told apart. */
  readonly sharedNames: ReadonlySet<string>;
  /** What changed since an earlier period, when the dashboard shows `nodefinder compare`; `analysis` is then the later period's. */
  readonly comparison?: Comparison;
}

/** One column of a tab's table. */
export interface ColumnDefinition<Row> {
  /** CSV header, snake_case. */
  readonly id: string;
  /** Header on screen. */
  readonly title: string;
  /** Width on screen, in terminal cells (the least it gets when it grows). */
  readonly width: number;
  /** Share of the spare width this column takes; 0 or absent keeps it at `width`. */
  readonly grow?: number;
  /** The most it grows to; unlimited when absent. */
  readonly max?: number;
  readonly align?: 'left' | 'right';
  /** Where a text too long for the column is cut (default: at its end). */
  readonly cut?: Cut;
  /**
   * What joins the two ends of a pair in this column's texts ("A ↔ B", ids "A;B"): a pair too long
   * is cut end by end, each as one name, so both stay recognisable.
   */
  readonly pairedBy?: string;
  /** On a narrow terminal the columns of lowest priority are hidden first. */
  readonly priority: number;
  /**
   * A shorter form for a narrow terminal ("beyond" for "beyond normal variation"): taken when the
   * column does not fit whole, at its priority, and widened to the whole text at `widenPriority`.
   * Without `text`, the same text cut to the narrower width: a column whose texts need `width` to
   * be told apart (a pair of names) takes it before lesser columns, yet shows where it is all that fits.
   */
  readonly narrow?: {
    readonly width: number;
    readonly widenPriority: number;
    readonly text?: (row: Row, context: TabContext) => string;
  };
  /** Hidden when no row of the table has text in it (a column of occasional notes). */
  readonly hideWhenEmpty?: boolean;
  /** As wide as its longest text among the rows shown (ids, numbers), from `width` up to `max`. */
  readonly fitContent?: boolean;
  /**
   * Whether a row cannot be told apart without this column (an id, for a name two people share):
   * while any row shown is such a row, the column is hidden only after every other but the first.
   */
  readonly neededBy?: (row: Row, context: TabContext) => boolean;
  /**
   * What one of its cells is called when an export leaves it blank, to count them in the status
   * line ("team name", "team names"); by default "<id> value(s)".
   */
  readonly cellName?: readonly [one: string, many: string];
  /**
   * Shown, never exported: a mark of what exports withhold (a person's team below the minimum
   * group size), which would be blank in every exported row.
   */
  readonly screenOnly?: boolean;
  /** The value exported to CSV. */
  readonly value: (row: Row, context: TabContext) => CellValue;
  /** The text on screen; defaults to the value as text. */
  readonly text?: (row: Row, context: TabContext) => string;
  readonly colour?: (row: Row, context: TabContext) => Colour | undefined;
}

/**
 * One way to order a tab's rows: by comparing two rows, or A to Z by a text of each. Ties are
 * broken by the row key, so every order is deterministic.
 */
export type SortDefinition<Row> = RowSort<Row> | TextSort<Row>;

export interface RowSort<Row> {
  /** Shown in the status line: "sorted by contacts ↓". */
  readonly label: string;
  /** The id of the column the rows are sorted by: kept on screen while they are, however narrow. */
  readonly column: string;
  readonly compare: (a: Row, b: Row, context: TabContext) => number;
}

/**
 * A sort by a text of each row, in the order of compareSortText. A text rather than a comparison,
 * so that a sort folds each row's text once and not on every comparison: a comparison folding
 * both its texts folded 21,000 names over half a million times.
 */
export interface TextSort<Row> {
  /** Shown in the status line: "sorted by name A–Z". */
  readonly label: string;
  /** As RowSort's. */
  readonly column: string;
  readonly text: (row: Row, context: TabContext) => string;
}

/** What Enter opens. */
export type DetailTarget =
  | { readonly kind: 'person'; readonly id: string }
  | { readonly kind: 'team'; readonly id: string }
  | { readonly kind: 'introduction'; readonly from: string; readonly to: string }
  /** A row of the Changes tab, by its key. */
  | { readonly kind: 'change'; readonly key: string };

/** A tab of the dashboard. */
export interface TabDefinition<Row> {
  /** Short, lower-case, used in export file names: nodefinder-<id>.csv. */
  readonly id: string;
  readonly title: string;
  /** One line under the tab bar saying what the rows are and the rule that chose them. */
  readonly describe: (context: TabContext) => string;
  /** Shown instead of the table when there are no rows at all: it must agree with `describe`. */
  readonly empty: (context: TabContext) => string;
  readonly rows: (context: TabContext) => readonly Row[];
  /** A stable, unique key per row (an id). */
  readonly key: (row: Row) => string;
  readonly columns: readonly ColumnDefinition<Row>[];
  /** The first is the default. */
  readonly sorts: readonly SortDefinition<Row>[];
  /** The text a search is matched against. */
  readonly searchText: (row: Row, context: TabContext) => string;
  readonly open: (row: Row) => DetailTarget;
}

/** A tab whose row type has been forgotten, so tabs of different rows fit in one array. */
export type AnyTab = TabDefinition<unknown>;

/** Declares a tab with its row type checked, and returns it as an AnyTab. */
export function defineTab<Row>(tab: TabDefinition<Row>): AnyTab {
  return tab as unknown as AnyTab;
}

/**
 * Builds the lookups a tab needs from an analysis (and the comparison, for the Changes tab);
 * `released`, the analysis exports are made from, tells which teams they withhold.
 */
export function tabContext(analysis: Analysis, minGroupSize: number, comparison?: Comparison, released?: Analysis): TabContext {
  const kept = new Set((released ?? analysis).teams.map((team) => team.id));
  return {
    analysis,
    minGroupSize,
    withheldTeams: new Set(analysis.teams.filter((team) => team.size >= minGroupSize && !kept.has(team.id)).map((team) => team.id)),
    personById: new Map(analysis.people.map((person) => [person.id, person])),
    teamById: new Map(analysis.teams.map((team) => [team.id, team])),
    sharedNames: sharedNames(analysis.people),
    ...(comparison ? { comparison } : {}),
  };
}
