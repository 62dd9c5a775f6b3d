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
  /** Whether every weight with a dot so far has three digits after it (2.500), as a thousands group. */
  pointsLikeThousands: boolean;
}

export function noDecimalMarks(): DecimalMarks {
  return { commaLine: 0, comma: '', pointLine: 0, point: '', pointsLikeThousands: true };
}

/** A number whose dot could group thousands. */
const THOUSANDS = /^\s*\d{1,3}\.\d{3}\s*$/;

/** Notes the decimal mark of a weight's text, if it has one. */
export function noteDecimalMark(marks: DecimalMarks, text: string, line: number): void {
  if (text.includes(',')) {
    if (marks.commaLine === 0) {
      marks.commaLine = line;
      marks.comma = text.trim();
    }
  } else if (text.includes('.')) {
    if (marks.pointLine === 0) {
      marks.pointLine = line;
      marks.point = text.trim();
    }
    if (marks.pointsLikeThousands && !THOUSANDS.test(text)) marks.pointsLikeThousands = false;
  }
}

/** Adds a later part's marks (its lines `lineOffset` on), keeping the first of each. */
export function joinDecimalMarks(marks: DecimalMarks, later: DecimalMarks, lineOffset: number): void {
  if (marks.commaLine === 0 && later.commaLine > 0) Object.assign(marks, { commaLine: later.commaLine + lineOffset, comma: later.comma });
  if (marks.pointLine === 0 && later.pointLine > 0) Object.assign(marks, { pointLine: later.pointLine + lineOffset, point: later.point });
  marks.pointsLikeThousands &&= later.pointsLikeThousands;
}

/**
 * The warning for a file, where commas would mark decimals, whose every weight with a dot has
 * groups of three digits after it: Excel in German or French writes counts so (2.500), and they
 * were read as 2.5. (With a decimal comma too, {@link mixedDecimalMarks} says it.)
 */
export function dotsLikeThousands(marks: DecimalMarks): string[] {
  if (marks.pointLine === 0 || marks.commaLine > 0 || !marks.pointsLikeThousands) return [];
  return [`every weight written with a dot has three digits after it (line ${marks.pointLine}: ${marks.point}), as thousands are grouped where commas mark decimals, ` +
    `but the dots were read as decimal points: if they group thousands, export the weights without grouping`];
}

/** The warning for a file with both marks, if it has both. */
export function mixedDecimalMarks(marks: DecimalMarks): string[] {
  if (marks.commaLine === 0 || marks.pointLine === 0) return [];
  return [`weights are written with a decimal comma (line ${marks.commaLine}: ${marks.comma}) and with a dot (line ${marks.pointLine}: ${marks.point}): ` +
    `where commas mark decimals a dot may group thousands (2.500 for 2500), but the dots were read as decimal points; write every weight one way`];
}
