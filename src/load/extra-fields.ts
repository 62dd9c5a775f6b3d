/**
 * A row with more values than the header has columns most often holds a value with the delimiter
 * in it and no quotes ("Smith, Ann", or a weight of 1,5 in a comma-separated file): every later
 * value has moved one column along, so reading it would put people in the wrong teams, or take
 * the wrong weight. One rule for every file that has one (identified-table.ts, edge-rows.ts).
 */
import { InputError } from '../errors.js';
import type { RawRow } from './raw-row.js';

/** The usual cause, and its fix. */
export const EXTRA_FIELDS_HINT = 'a value with the delimiter in it (such as "Smith, Ann") needs double quotes around it';
/** Without a header, a longer row may also be a column the first row left out. */
const HEADERLESS_HINT = `without a header the first row sets the columns: give that row every column, or add a header row; ${EXTRA_FIELDS_HINT}`;

/**
 * Throws unless the values after the header's `width` columns are harmless: empty, and the first
 * data row (`firstCount` fields) has them too (trailing delimiters as the file's style). When it
 * has none, they are the shift's last column moving into an empty one (`P15,Smith, Ann,T1,Clerk,,,`
 * under a 7-column header). `hint` says how to fix it, when more is known of the cause. Without a
 * header (`headerless`), the first row sets the columns.
 */
export function refuseExtraFields(row: RawRow, width: number, firstCount: number, file: string, hint = EXTRA_FIELDS_HINT, headerless = false): void {
  for (let i = width; i < row.count; i++) {
    if (row.value(i) === '') continue;
    throw new InputError('MALFORMED_CSV', `this row has ${row.count} fields but ${headerless ? 'the first row has' : 'the header has'} ${width}${headerless ? '' : ' columns'}`,
      { file, line: row.line, column: i + 1 }, headerless && hint === EXTRA_FIELDS_HINT ? HEADERLESS_HINT : hint);
  }
  if (firstCount === width) {
    throw new InputError('MALFORMED_CSV', `this row has ${row.count} fields but ${headerless ? 'the first row has' : 'the header and the first row have'} ${width}`,
      { file, line: row.line, column: row.count }, `${hint}; if the extra empty field is meant, leave it out`);
  }
}

/**
 * Throws when the first data row (`firstCount` fields, on `firstLine`) was the one row of `rows`
 * longer than the header (`longRows` of them): its extra empty field set the style that let it
 * through, so it was a shift after all.
 */
export function refuseLoneLongFirstRow(firstCount: number, firstLine: number, longRows: number, rows: number, width: number, file: string): void {
  if (longRows !== 1 || firstCount <= width || rows <= 1) return;
  throw new InputError('MALFORMED_CSV', `this row has ${firstCount} fields but the header has ${width} columns, and no other row has more than ${width}`,
    { file, line: firstLine, column: firstCount }, `${EXTRA_FIELDS_HINT}; if the extra empty field is meant, leave it out`);
}
