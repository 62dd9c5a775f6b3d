/**
 * A stray quote (`P1,"Ann,T1`) opens a quoted field that the next quote, lines later, closes: the
 * rows between are read as part of that one field, so they are neither used nor reported. Such a
 * field runs over several lines, which is how it is caught. Where no value can hold a line break
 * (a value nodefinder reads from an interactions file, a staff or team id) it is refused. Elsewhere
 * (a name, an address, a note, a mail's subject) a line break may be meant, and no test of the
 * text tells a note from swallowed rows ("Payroll, Pensions, Expenses" looks like a row), so each
 * such value is counted and the load warns of them by line: nothing is lost without a word.
 */
import { InputError } from '../errors.js';
import type { RawRow } from './raw-row.js';
import { formatCount } from '../number-text.js';

/** A field of a row that runs over lines. */
export interface FieldOverLines {
  /** 0-based. */
  readonly column: number;
  /** The line the field starts on. */
  readonly line: number;
  /** Its text, line by line. */
  readonly lines: readonly string[];
}

/** Each field of `row` that holds a line break, with the line it starts on. */
export function fieldsOverLines(row: RawRow): FieldOverLines[] {
  const found: FieldOverLines[] = [];
  let line = row.line;
  for (let column = 0; column < row.count && line < row.lastLine; column++) {
    const lines = row.field(column).split('\n');
    if (lines.length > 1) found.push({ column, line, lines });
    line += lines.length - 1;
  }
  return found;
}

/** The error for `field`, named `what` ("target", "id", "value"). */
export function fieldOverLinesError(file: string, field: FieldOverLines, what: string): InputError {
  const last = field.line + field.lines.length - 1;
  return new InputError('MALFORMED_CSV',
    `this ${what} runs over ${field.lines.length} lines (${field.line}–${last}): a quote is missing or stray, and the rows between were read as part of it`,
    { file, line: field.line, column: field.column + 1 },
    `check the quote that opens it: a value that starts with " must end with " on the same line; a " inside a value is written ""`);
}

/** Values over lines that were kept: how many, and the lines of the first few. */
export interface ValuesOverLines {
  count: number;
  readonly spans: [number, number][];
}

const SPANS_SHOWN = 5;

export function noValuesOverLines(): ValuesOverLines {
  return { count: 0, spans: [] };
}

/** Counts a kept value over lines. */
export function noteValueOverLines(values: ValuesOverLines, field: FieldOverLines): void {
  values.count++;
  if (values.spans.length < SPANS_SHOWN) values.spans.push([field.line, field.line + field.lines.length - 1]);
}

/** Adds a later part's values (its lines `lineOffset` on). */
export function joinValuesOverLines(values: ValuesOverLines, later: ValuesOverLines, lineOffset: number): void {
  values.count += later.count;
  for (const [first, last] of later.spans) if (values.spans.length < SPANS_SHOWN) values.spans.push([first + lineOffset, last + lineOffset]);
}

/** The warning for the values over lines of `file` (the name the user knows it by), if any. */
export function valuesOverLinesWarning(values: ValuesOverLines, file: string): string[] {
  if (values.count === 0) return [];
  const spans = values.spans.map(([first, last]) => `${first}–${last}`).join(', ') + (values.count > values.spans.length ? ', …' : '');
  return [`${values.count === 1 ? '1 value' : `${formatCount(values.count)} values`} of the ${file} file ${values.count === 1 ? 'runs' : 'run'} over several lines (lines ${spans}): ` +
    'a line break may be meant (an address, a note), but if a quote there is stray, the rows it spans were read into one value and are missing; check those lines'];
}

/**
 * Refuses a field over lines in a column that can hold no line break (`refused` names those
 * columns), and counts any other in `kept`.
 */
export function checkFieldsOverLines(row: RawRow, file: string, refused: Partial<Record<string, number>>, kept: ValuesOverLines): void {
  for (const field of fieldsOverLines(row)) {
    const name = Object.keys(refused).find((key) => refused[key] === field.column);
    if (name !== undefined) throw fieldOverLinesError(file, field, ID_FIELDS.has(name) ? `${name} id` : name);
    noteValueOverLines(kept, field);
  }
}

const ID_FIELDS = new Set(['source', 'target', 'message']);
