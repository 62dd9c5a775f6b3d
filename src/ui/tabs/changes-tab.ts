/**
 * Changes: what `nodefinder compare` found, one row per change (a team's E-I index or reach, a
 * new silo, a broken bridge, a person's roles, someone who left, a repair …), each judged against
 * normal variation where the Comparison judges it. The first tab of the dashboard that compare
 * opens; the other tabs then show the after period.
 */
import type { Variation } from '../../compare/comparison.js';
import { figure, signedChange } from '../../present/comparison-sections.js';
import { NO_VALUE } from '../format.js';
import { COLD_COLOUR, GAIN_COLOUR, LOSS_COLOUR, QUIET_COLOUR, RISK_COLOUR, SILO_COLOUR, type Colour } from '../theme.js';
import { compareText } from '../table/text-order.js';
import { compareNumbers, ID_MAX_WIDTH, TEAM_NAME_WIDTH, teamNameColumn } from './shared-columns.js';
import { CHANGE_KIND_INFO, changeRows, PAIR_JOINER, type ChangeRow, type ChangeTone } from './change-rows.js';
import { defineTab, type CellValue, type ColumnDefinition, type TabContext } from './tab-definition.js';

/** The words of each judgement, as every output of compare writes them. */
export const VARIATION_TEXT: Readonly<Record<Variation, string>> = {
  'beyond-normal': 'beyond normal variation',
  'within-normal': 'within normal variation',
  unknown: 'normal variation unknown',
};

/** The judgements in a word, for a terminal too narrow for the words whole (the help says what they stand for). */
export const VARIATION_WORD: Readonly<Record<Variation, string>> = {
  'beyond-normal': 'beyond',
  'within-normal': 'within',
  unknown: 'unknown',
};

/** The colour of a tone; none for a neutral change. */
export const TONE_COLOURS: Readonly<Record<ChangeTone, Colour | undefined>> = {
  loss: LOSS_COLOUR,
  risk: RISK_COLOUR,
  silo: SILO_COLOUR,
  gain: GAIN_COLOUR,
  cold: COLD_COLOUR,
  quiet: QUIET_COLOUR,
  neutral: undefined,
};

// The rows of a context are built once: the tab, its counts, its search and its detail views all ask.
const built = new WeakMap<TabContext, ChangeRow[]>();

/** The Changes tab's rows for this context (cached per context). */
export function changeRowsOf(context: TabContext): readonly ChangeRow[] {
  let rows = built.get(context);
  if (!rows) {
    rows = changeRows(context);
    built.set(context, rows);
  }
  return rows;
}

/** A before or after cell on screen: numbers with the row's decimals, text as it is. */
function valueText(value: CellValue, digits: number): string {
  if (value === null || value === '') return NO_VALUE;
  return typeof value === 'number' ? figure(value, digits) : String(value);
}

/** A row's change on screen: signed, rounded from the exact change (signedChange); a change in words as it is. */
export function changeText(row: ChangeRow): string {
  const { change } = row;
  if (typeof change === 'number') return signedChange({ change }, row.digits);
  return valueText(change, row.digits);
}

const quiet = (row: ChangeRow) => (row.tone === 'quiet' ? QUIET_COLOUR : undefined);
const toneColour = (row: ChangeRow) => TONE_COLOURS[row.tone];

function valueColumn(id: 'before' | 'after' | 'change', title: string, priority: number): ColumnDefinition<ChangeRow> {
  return {
    id,
    title,
    // "-0.0075", "15,000": wider values (a list of roles) are cut here and shown whole in the detail view.
    width: 7,
    priority,
    align: 'right',
    value: (row) => row[id],
    text: (row) => (id === 'change' ? changeText(row) : valueText(row[id], row.digits)),
    colour: id === 'change' ? toneColour : quiet,
  };
}

/** Judged changes that matter most first: beyond normal variation, then unknown, then within; unjudged last. */
const VARIATION_ORDER: Readonly<Record<Variation, number>> = { 'beyond-normal': 0, unknown: 1, 'within-normal': 2 };

/** The Changes tab: a row per change of the context's comparison; Enter opens the change's detail view. */
export const changesTab = defineTab<ChangeRow>({
  id: 'changes',
  title: 'Changes',
  describe: ({ comparison }) =>
    `Largest changes first in each kind (top ${comparison?.options.top ?? 0}), judged against normal variation · other tabs show the after period`,
  empty: () => 'No comparison to show.',
  rows: changeRowsOf,
  key: (row) => row.key,
  columns: [
    // 19: every kind whole ("stopped interacting") but "new single point of failure", which grows into its max.
    { id: 'kind', title: 'Kind', width: 19, grow: 1, max: 27, priority: 100, value: (row) => CHANGE_KIND_INFO[row.kind].label, colour: toneColour },
    {
      id: 'subject',
      title: 'Team or person',
      // 28: a pair of team names keeps each end's start and end ("Registr…South ↔ Regio…Systems").
      // Narrower where the kind, the change and its judgement in a word are all that fit; widened
      // before the judgement's words in full and every lesser column (at 160 columns every other
      // but the measure fits beside it).
      width: 28,
      narrow: { width: 18, widenPriority: 81 },
      grow: 8,
      max: 60,
      cut: 'middle',
      pairedBy: PAIR_JOINER,
      priority: 99,
      value: (row) => row.subject,
      colour: quiet,
    },
    // As wide as the ids shown, a pair's two whole ("P015153;P001892"), where there is room: before
    // the notes, which the detail view gives whole, and the measure. Cut id by id only past its max.
    { id: 'subject_id', title: 'ID', width: 8, max: 2 * ID_MAX_WIDTH + 1, fitContent: true, pairedBy: ';', priority: 25, value: (row) => row.subjectId, colour: quiet },
    teamNameColumn({ id: 'team_or_department', title: 'Team/dept.', width: TEAM_NAME_WIDTH, grow: 1, max: 32, pairedBy: PAIR_JOINER, priority: 40, value: (row) => row.where, colour: quiet }),
    {
      id: 'measure',
      title: 'Measure',
      width: 14,
      grow: 1,
      max: 24,
      priority: 10,
      value: (row) => row.measure,
      // Left blank on screen where it only repeats the kind ("E-I index") or the subject (an organisation figure); the export keeps it.
      text: (row) => (row.measure === CHANGE_KIND_INFO[row.kind].label || row.measure === row.subject ? '' : row.measure),
      colour: quiet,
    },
    valueColumn('before', 'Before', 78),
    valueColumn('after', 'After', 82),
    valueColumn('change', 'Change', 85),
    {
      id: 'normal_variation',
      title: 'Normal',
      width: 7,
      priority: 60,
      align: 'right',
      value: (row) => row.normalVariation,
      text: (row) => (row.variation === null ? '' : valueText(row.normalVariation, row.digits)),
      colour: quiet,
    },
    {
      id: 'judgement',
      title: 'Judgement',
      // "beyond normal variation" whole: a cut-off judgement would not say what it means. Where
      // it does not fit, a word of it ("beyond"), widened before the lesser figures are shown,
      // so that the judgement is never carried by colour alone.
      width: 23,
      priority: 90,
      narrow: { width: 9, widenPriority: 80, text: (row) => (row.variation === null ? '' : VARIATION_WORD[row.variation]) },
      value: (row) => (row.variation === null ? null : VARIATION_TEXT[row.variation]),
      text: (row) => (row.variation === null ? '' : VARIATION_TEXT[row.variation]),
      colour: (row) => (row.variation === 'beyond-normal' ? toneColour(row) : QUIET_COLOUR),
    },
    { id: 'note', title: 'Note', width: 16, grow: 4, priority: 20, hideWhenEmpty: true, value: (row) => row.note, colour: quiet },
  ],
  sorts: [
    { label: 'kind, largest first', column: 'kind', compare: (a, b) => a.order - b.order },
    {
      label: 'beyond normal variation first',
      column: 'judgement',
      compare: (a, b) => compareNumbers(a.variation === null ? null : VARIATION_ORDER[a.variation], b.variation === null ? null : VARIATION_ORDER[b.variation], 'ascending') || a.order - b.order,
    },
    { label: 'team or person A–Z', column: 'subject', compare: (a, b) => compareText(a.subject, b.subject) || a.order - b.order },
    { label: 'team/dept. A–Z', column: 'team_or_department', compare: (a, b) => compareText(a.where, b.where) || a.order - b.order },
  ],
  searchText: (row) =>
    [CHANGE_KIND_INFO[row.kind].label, row.subject, row.subjectId.replace(/;/g, ' '), row.alsoFoundBy ?? '', row.where, row.measure, row.variation ? VARIATION_TEXT[row.variation] : '', row.note].join(' '),
  open: (row) => ({ kind: 'change', key: row.key }),
});
