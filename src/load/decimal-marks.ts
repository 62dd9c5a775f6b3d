/**
 * Which decimal marks a file's weights were written with, where decimal commas are read (the
 * delimiter is not a comma). A European export writes 1,5 for one and a half and may write
 * 2.500 for two thousand five hundred; nodefinder reads that dot as a decimal point, as a file
 * written with dots alone means it. A file with both marks cannot mean both, so it is warned of.
 */

/** The first line (0 for none) and value of each mark seen. */
export interface DecimalMarks {
  commaLine: number;
  comma: string;
  pointLine: number;
  point: string;
}

export function noDecimalMarks(): DecimalMarks {
  return { commaLine: 0, comma: '', pointLine: 0, point: '' };
}

/** Notes the decimal mark of a weight's text, if it has one. */
export function noteDecimalMark(marks: DecimalMarks, text: string, line: number): void {
  if (marks.commaLine === 0 && text.includes(',')) {
    marks.commaLine = line;
    marks.comma = text.trim();
  } else if (marks.pointLine === 0 && text.includes('.')) {
    marks.pointLine = line;
    marks.point = text.trim();
  }
}

/** Adds a later part's marks (its lines `lineOffset` on), keeping the first of each. */
export function joinDecimalMarks(marks: DecimalMarks, later: DecimalMarks, lineOffset: number): void {
  if (marks.commaLine === 0 && later.commaLine > 0) Object.assign(marks, { commaLine: later.commaLine + lineOffset, comma: later.comma });
  if (marks.pointLine === 0 && later.pointLine > 0) Object.assign(marks, { pointLine: later.pointLine + lineOffset, point: later.point });
}

/** The warning for a file with both marks, if it has both. */
export function mixedDecimalMarks(marks: DecimalMarks): string[] {
  if (marks.commaLine === 0 || marks.pointLine === 0) return [];
  return [`weights are written with a decimal comma (line ${marks.commaLine}: ${marks.comma}) and with a dot (line ${marks.pointLine}: ${marks.point}): ` +
    `where commas mark decimals a dot may group thousands (2.500 for 2500), but the dots were read as decimal points; write every weight one way`];
}
