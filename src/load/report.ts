/**
 * The load report: an account of every input row, used or skipped with a reason and the first
 * line numbers where it happened, so that nothing is dropped silently.
 */
import type { Delimiter } from './delimiter.js';
import type { FileKind } from './columns.js';
import type { DateOrder } from './values.js';

/** Why a row was not used. */
export type SkipReason =
  | 'malformed'
  | 'repeated-header'
  | 'total-row'
  | 'self-interaction'
  | 'unknown-person'
  | 'unknown-message'
  | 'duplicate-recipient'
  | 'zero-weight'
  | 'other-channel'
  | 'no-timestamp'
  | 'outside-window'
  | 'below-threshold';

/** What each reason means, for people reading a report. */
export const SKIP_REASONS: Readonly<Record<SkipReason, string>> = {
  malformed: 'a required field is empty or missing (an id; source or target; the weight, when the file has a weight column)',
  'repeated-header': 'the row repeats the header (exports joined together), or is a second header or a rule under it',
  'total-row': 'a total or footer row at the end of a staff or teams file (its id is Total, Grand total, Sum or Count)',
  'self-interaction': 'source and target are the same person',
  'unknown-person': 'source or target is not in the staff file',
  'unknown-message': 'the message id is not a used row of the messages file',
  'duplicate-recipient': 'the message already has this recipient (in To and Cc, say)',
  'zero-weight': 'the weight is 0 (no interaction)',
  'other-channel': 'the channel is not one selected with --channel',
  'no-timestamp': 'no timestamp, and a time window was asked for',
  'outside-window': 'the timestamp is outside --since/--until',
  'below-threshold': 'the tie has fewer interactions than --min-interactions',
};

/**
 * What a reason's example lines are, where they are not simply the first rows skipped: the loader
 * drops a tie below --min-interactions whole, after reading it, and keeps only its first line
 * (memory follows the ties, not the rows), so ten rows of six ties give six lines.
 */
export const EXAMPLE_LINES_ARE: Readonly<Partial<Record<SkipReason, string>>> = {
  'below-threshold': 'the first line of each tie dropped',
};

/** How many line numbers (and example values) of each skip reason a report keeps by default. */
export const EXAMPLE_LINES = 5;

/** Rows skipped for one reason. */
export interface SkippedRows {
  readonly reason: SkipReason;
  readonly description: string;
  readonly count: number;
  /** The first few line numbers, ascending (for below-threshold, the first line of each tie dropped: EXAMPLE_LINES_ARE). */
  readonly lines: readonly number[];
  /** For unknown people: the first few unknown ids; for other channels and rows outside the window: the first few channels. */
  readonly examples?: readonly string[];
}

/** The account of one input file. */
export interface FileReport {
  readonly kind: FileKind;
  readonly file: string;
  readonly delimiter: Delimiter;
  readonly header: boolean;
  /** Which column each field was read from. */
  readonly columns: Readonly<Record<string, string>>;
  /** Other columns, kept as attributes (staff and teams). */
  readonly attributes: readonly string[];
  /** What one counted row is: a line of the file, or (for an adjacency matrix) a non-zero cell. */
  readonly unit: 'row' | 'cell';
  /** Data rows (or cells) read, not counting the header. */
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly skipped: readonly SkippedRows[];
}

/** A {@link SkipTally} as plain data. */
export type SkipState = { reason: SkipReason; count: number; lines: number[]; examples: string[] }[];

/** Characters of an example value kept: a field of 200,000 characters was printed whole. */
const EXAMPLE_CHARACTERS = 200;

function shortExample(value: string): string {
  return value.length > EXAMPLE_CHARACTERS ? `${value.slice(0, EXAMPLE_CHARACTERS - 1)}…` : value;
}

/** Collects skipped rows by reason while a file streams past. */
export class SkipTally {
  private readonly byReason = new Map<SkipReason, { count: number; lines: number[]; examples: Set<string> }>();

  /** Keeps up to `limit` line numbers and example values per reason. */
  constructor(private readonly limit = EXAMPLE_LINES) {}

  /** Records that the row at `line` was skipped, optionally naming the value at fault. */
  skip(reason: SkipReason, line: number, example?: string, rows = 1): void {
    let entry = this.byReason.get(reason);
    if (!entry) {
      entry = { count: 0, lines: [], examples: new Set() };
      this.byReason.set(reason, entry);
    }
    entry.count += rows;
    if (entry.lines.length < this.limit) entry.lines.push(line);
    if (example !== undefined && entry.examples.size < this.limit) entry.examples.add(shortExample(example));
  }

  /** Keeps one more example value of a row already skipped for `reason` (a row naming two unknown people). */
  addExample(reason: SkipReason, example: string): void {
    const examples = this.byReason.get(reason)?.examples;
    if (examples && examples.size < this.limit) examples.add(shortExample(example));
  }

  /** The tally as plain data, to pass between threads. */
  state(): SkipState {
    return [...this.byReason].map(([reason, entry]) => ({ reason, count: entry.count, lines: [...entry.lines], examples: [...entry.examples] }));
  }

  /**
   * Adds what was skipped in a later part of the same file, whose line 1 is line `lineOffset` + 1
   * here: the same tally as if this one had read on through that part.
   */
  append(state: SkipState, lineOffset: number): void {
    for (const other of state) {
      let entry = this.byReason.get(other.reason);
      if (!entry) {
        entry = { count: 0, lines: [], examples: new Set() };
        this.byReason.set(other.reason, entry);
      }
      entry.count += other.count;
      for (const line of other.lines) if (entry.lines.length < this.limit) entry.lines.push(line + lineOffset);
      for (const example of other.examples) if (entry.examples.size < this.limit) entry.examples.add(example);
    }
  }

  /** Total rows skipped. */
  get total(): number {
    let sum = 0;
    for (const entry of this.byReason.values()) sum += entry.count;
    return sum;
  }

  /** The tally in a fixed order of reasons, for deterministic output. */
  toList(): SkippedRows[] {
    const list: SkippedRows[] = [];
    for (const reason of Object.keys(SKIP_REASONS) as SkipReason[]) {
      const entry = this.byReason.get(reason);
      if (!entry) continue;
      const lines = [...entry.lines].sort((a, b) => a - b);
      list.push({
        reason,
        description: SKIP_REASONS[reason],
        count: entry.count,
        lines,
        ...(entry.examples.size > 0 ? { examples: [...entry.examples] } : {}),
      });
    }
    return list;
  }
}

/** Everything the loader has to say about the files it read. */
export interface LoadReport {
  readonly files: readonly FileReport[];
  readonly people: number;
  readonly teams: number;
  /** Undirected ties (pairs of people who interacted), after filters. */
  readonly ties: number;
  /** Directed ties (ordered pairs). */
  readonly arcs: number;
  /** Interactions (sum of row weights) in the ties kept. */
  readonly interactions: number;
  /**
   * Whether strengths are summed weights from a weight column (ratings, minutes) rather than
   * counts of interactions (a column headed count, n or interactions holds counts).
   */
  readonly summedWeights: boolean;
  readonly peopleWithoutTeam: number;
  readonly peopleWithoutInteractions: number;
  /** Ids of teams that have no members. */
  readonly emptyTeams: readonly string[];
  readonly channels: readonly string[];
  /** Channels left out of `channels` as their names point at a person: only in a pseudonymised release (privacy/released-channels.ts). */
  readonly channelsWithheld?: number;
  /** First and last timestamp among the interactions used (ISO 8601), when timestamps were read. */
  readonly period: { readonly first: string; readonly last: string } | null;
  /** Things worth a look that did not stop the load. */
  readonly warnings: readonly string[];
  /** The filters and readings asked for, so that an output says what it was made from. */
  readonly settings: LoadSettings;
}

/** The load options that change what is read (LoadOptions), in output form. */
export interface LoadSettings {
  /** The time window's ends (ISO 8601), null when open. */
  readonly since: string | null;
  readonly until: string | null;
  /** The channels kept, null for all. */
  readonly channels: readonly string[] | null;
  readonly minInteractions: number;
  /** Read as undirected: each tie both ways in the directed view. */
  readonly undirected: boolean;
  readonly strict: boolean;
  /** How dates in numbers only were read, null when not asked. */
  readonly dateOrder: DateOrder | null;
}
