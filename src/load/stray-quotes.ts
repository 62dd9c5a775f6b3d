/**
 * A stray quote (`P1,"Ann,T1`) opens a quoted field that the next quote, lines later, closes: the
 * rows between are read as part of that one field, so they are neither used nor reported. Such a
 * field runs over several lines, which is how it is caught: a field over lines is refused where
 * no value can hold a line break (every field of an interactions file, a staff or team id), and
 * elsewhere in a staff or teams file (a name or note may hold line breaks) when one of its lines
 * holds a whole row.
 */
import { InputError } from '../errors.js';
import type { Delimiter } from './delimiter.js';
import type { RawRow } from './raw-row.js';

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

/**
 * The error for `field`, named `what` ("target", "id", `"note" value`); `because` adds why a
 * field that may hold line breaks is refused.
 */
export function fieldOverLinesError(file: string, field: FieldOverLines, what: string, because = ''): InputError {
  const last = field.line + field.lines.length - 1;
  return new InputError('MALFORMED_CSV',
    `this ${what} runs over ${field.lines.length} lines (${field.line}–${last})${because}: a quote is missing or stray, and the rows between were read as part of it`,
    { file, line: field.line, column: field.column + 1 },
    `check the quote that opens it: a value that starts with " must end with " on the same line; a " inside a value is written ""`);
}

/**
 * Refuses a row of an interactions file (or a mail export's messages or recipients) with a field
 * over lines: none of its values (ids, numbers, times, channels) holds a line break. `names`
 * gives the fields' columns, to name the one refused.
 */
export function refuseFieldsOverLines(row: RawRow, file: string, names: Partial<Record<string, number>>): void {
  const [field] = fieldsOverLines(row);
  if (field === undefined) return;
  const name = Object.keys(names).find((key) => names[key] === field.column);
  throw fieldOverLinesError(file, field, name === undefined ? 'value' : ID_FIELDS.has(name) ? `${name} id` : name);
}

const ID_FIELDS = new Set(['source', 'target', 'message']);

/**
 * The first line after the first of `field` that holds a whole row, or -1 when none does: as many
 * values as a row of `width` columns, of which the one in the id column (`idAt`) looks like an id,
 * one word. A note's later lines may hold commas ("Likes: tea, coffee, cake"), but their first
 * value is prose. In a file separated by spaces every gap between words is a delimiter, so no line
 * of prose can be told from a row: there, only ids are refused (see identified-table.ts).
 */
export function wholeRowLine(field: FieldOverLines, delimiter: Delimiter, width: number, idAt: number): number {
  if (delimiter === 'whitespace') return -1;
  const at = field.lines.findIndex((text, i) => {
    if (i === 0) return false;
    const values = text.split(delimiter);
    const id = (values[idAt] ?? '').trim();
    return values.length >= width && id !== '' && !/\s/.test(id);
  });
  return at < 0 ? -1 : field.line + at;
}
