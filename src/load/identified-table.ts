/**
 * Reads a file of things with ids (people, teams): rows without an id, and total rows at the
 * end, are skipped and reported, repeated ids are one error naming their lines, and columns that
 * are no field of nodefinder's are kept as attributes.
 */
import { ALIASES, type ColumnLayout, type ColumnMapping, type FieldOf, type FileKind } from './columns.js';
import type { Delimiter } from './delimiter.js';
import { refuseExtraFields, refuseLoneLongFirstRow } from './extra-fields.js';
import { SkipTally, type FileReport } from './report.js';
import type { RawRow } from './raw-row.js';
import { RepeatedIds } from './repeated-ids.js';
import { headerOrRule, repeatsHeader } from './repeated-header.js';
import { checkFieldsOverLines, noValuesOverLines, valuesOverLinesWarning } from './stray-quotes.js';
import { readRawTable } from './table.js';
import { isTotalId } from './total-rows.js';

export interface IdentifiedTableOptions<K extends 'staff' | 'teams'> {
  readonly columns?: ColumnMapping[K];
  readonly headerless?: boolean;
  readonly delimiter?: Delimiter;
  /** Line numbers and example values kept per skip reason (default 5). */
  readonly examples?: number;
}

/**
 * Makes the caller's record for one row from its id, its fields (`value(field)` is the trimmed
 * value of one of nodefinder's fields, '' when absent), its other columns and its line.
 */
export type RecordMaker<K extends 'staff' | 'teams', R> = (
  id: string,
  value: (field: FieldOf<K>) => string,
  attributes: Readonly<Record<string, string>>,
  line: number,
) => R;

/** An id Excel wrote in scientific notation (1.23457E+12), rounding it: two people may come out as one. */
const SCIENTIFIC = /^\d(\.\d+)?E\+\d+$/i;
const SCIENTIFIC_HINT = 'Excel wrote these ids in scientific notation and rounded them, so different ids came out alike: format the id column as text in Excel and export again';

/** Reads `file` as a table of `kind`; `noun` names its rows in messages ("staff", "team"). */
export async function readIdentifiedTable<K extends 'staff' | 'teams', R>(
  kind: K,
  file: string,
  options: IdentifiedTableOptions<K>,
  noun: string,
  hint: string,
  makeRecord: RecordMaker<K, R>,
): Promise<{ rows: R[]; indexOf: Map<string, number>; fieldColumns: Partial<Record<FieldOf<K>, number>>; report: FileReport; warnings: string[] }> {
  const rows: R[] = [];
  // Each id's row among those kept: finds repeated ids, and is the caller's index by id.
  const indexOf = new Map<string, number>();
  const lines: number[] = [];
  const skipped = new SkipTally(options.examples);
  const repeats = new RepeatedIds(options.examples);
  // The total rows (see total-rows.ts) since the last other row kept. One whose id came before
  // (a subtotal and a grand total both "Total") is a repeat only if a later row shows it was no
  // footer: a footer is skipped before ids are checked for repeats.
  const trailingTotals: { id: string; line: number; repeats?: { firstLine: number; column: number } }[] = [];
  let current: RawRow | undefined;
  // Fields of the first data row: trailing empty fields on every row are a style, on one row a shift.
  let firstCount: number | undefined;
  let index: Partial<Record<FieldOf<K>, number>> = {};
  let extras: ColumnLayout<FileKind>['extras'] = [];
  const value = (field: FieldOf<K>): string => current!.value(index[field]);
  // Columns with a value somewhere: a column with neither header nor values (a spreadsheet's
  // trailing empty columns) is no attribute.
  const filled = new Set<number>();
  const attributeSets: Record<string, string>[] = [];
  const overLines = noValuesOverLines();
  // Rows with more fields than the header: trailing empty ones are the file's style only if the
  // first row is not the one row that has them.
  let longRows = 0;
  let firstLine: number | undefined;
  const idHeaders = ALIASES[kind as 'staff' | 'teams'].id;
  const summary = await readRawTable({ kind, file, columns: options.columns, headerless: options.headerless, delimiter: options.delimiter }, (row, layout) => {
    index = layout.index;
    extras = layout.extras;
    current = row;
    const line = row.line;
    // Ids and references to ids hold no line break (see stray-quotes.ts).
    if (row.lastLine > line) checkFieldsOverLines(row, file, idFields(layout.index), overLines);
    firstCount ??= row.count;
    firstLine ??= line;
    if (row.count > layout.width) {
      refuseExtraFields(row, layout.width, firstCount, file, undefined, options.headerless);
      longRows++;
    }
    const idAt = (index as { id?: number }).id;
    const id = row.value(idAt);
    if (id === '') return skipped.skip('malformed', line);
    const idHeader = idAt === undefined ? undefined : layout.header?.[idAt];
    if (repeatsHeader(row, layout.header) || headerOrRule(id, idHeaders, idHeader)) return skipped.skip('repeated-header', line);
    const earlier = indexOf.get(id);
    const column = (idAt ?? 0) + 1;
    if (isTotalId(id)) {
      if (earlier !== undefined) {
        trailingTotals.push({ id, line, repeats: { firstLine: lines[earlier], column } });
        return;
      }
      // A total row is read like any other until a later row shows it was not the last.
      trailingTotals.push({ id, line });
    } else {
      for (const total of trailingTotals) if (total.repeats) repeats.add(total.id, total.repeats.firstLine, total.line, total.repeats.column);
      trailingTotals.length = 0;
    }
    // Read on, so that the error gives every repeat at once.
    if (earlier !== undefined) return repeats.add(id, lines[earlier], line, column);
    indexOf.set(id, rows.length);
    lines.push(line);
    const attributes: Record<string, string> = {};
    for (const extra of extras) {
      const value = row.value(extra.index);
      attributes[extra.name] = value;
      if (extra.unnamed && value !== '') filled.add(extra.index);
    }
    attributeSets.push(attributes);
    rows.push(makeRecord(id, value, attributes, line));
  });
  // Total rows at the end (blank or skipped rows may follow them) are a footer, not people.
  for (const total of trailingTotals) {
    if (!total.repeats) indexOf.delete(total.id);
    skipped.skip('total-row', total.line);
  }
  const totalsRead = trailingTotals.filter((total) => !total.repeats).length;
  for (const kept of [rows, lines, attributeSets]) kept.length -= totalsRead;
  repeats.throwIfAny(file, noun, repeats.ids().some((id) => SCIENTIFIC.test(id)) ? SCIENTIFIC_HINT : hint);
  if (firstCount !== undefined) refuseLoneLongFirstRow(firstCount, firstLine!, longRows, summary.rows, summary.layout.width, file);
  const blank = summary.layout.extras.filter((extra) => extra.unnamed && !filled.has(extra.index));
  for (const attributes of attributeSets) for (const extra of blank) delete attributes[extra.name];
  return {
    rows,
    indexOf,
    fieldColumns: summary.layout.index as Partial<Record<FieldOf<K>, number>>,
    warnings: valuesOverLinesWarning(overLines, kind),
    report: {
      kind,
      file,
      delimiter: summary.delimiter,
      header: !options.headerless,
      columns: summary.layout.source as Record<string, string>,
      attributes: summary.layout.extras.filter((extra) => !blank.includes(extra)).map((extra) => extra.name),
      unit: 'row',
      rowsRead: summary.rows,
      rowsUsed: rows.length,
      skipped: skipped.toList(),
    },
  };
}

/** The columns of a staff or teams file that hold ids: its own, and those naming a team, a manager, a parent or an address. */
function idFields(index: Partial<Record<string, number>>): Partial<Record<string, number>> {
  const { id, team, manager, email, parent } = index;
  return { id, team, manager, email, parent };
}
