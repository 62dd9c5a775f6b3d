/**
 * Reads an adjacency matrix: n rows of n numbers for the n people of the staff file, each non-zero
 * cell an interaction of that weight from the row's person to the column's. Rows and columns follow
 * the staff file's order, unless the matrix is labelled as R, UCINET and spreadsheets write it:
 * a first row of staff ids naming the columns (after a blank or named corner cell), and a staff id
 * before each row's numbers. Labels are matched to staff ids, so a labelled matrix may list people
 * in any order.
 */
import { InputError } from '../errors.js';
import { noteDecimalMark } from './decimal-marks.js';
import { readWeight } from './edge-rows.js';
import type { InteractionTally } from './interaction-tally.js';
import { textFinder } from './person-lookup.js';
import { parseNumber } from './values.js';

const LABEL_HINT = 'label rows and columns with the staff file\'s ids, or leave the labels out and follow the staff file\'s order';

export class MatrixRows {
  private first = true;
  /** Each column's person, when the first row labels the columns; else column c is person c. */
  private columnPerson: Int32Array | null = null;
  private rows = 0;
  private readonly rowSeen: Uint8Array;
  /** Each person's row: its line, and 1 when it starts with the person's id (for {@link cellAt}). */
  private readonly rowLine: Float64Array;
  private readonly rowOffset: Uint8Array;
  private slotOfPerson: Int32Array | undefined;
  private readonly findPerson: (id: string) => number | undefined;

  constructor(
    private readonly tally: InteractionTally,
    private readonly personIndex: ReadonlyMap<string, number>,
    private readonly file: string,
    private readonly decimalComma: () => boolean,
  ) {
    this.rowSeen = new Uint8Array(personIndex.size);
    this.rowLine = new Float64Array(personIndex.size);
    this.rowOffset = new Uint8Array(personIndex.size);
    this.findPerson = textFinder(personIndex);
  }

  /** Reads one line of the matrix (its fields as text). */
  read(fields: readonly string[], line: number): void {
    const n = this.personIndex.size;
    if (this.first) {
      this.first = false;
      const labels = this.headerLabels(fields);
      if (labels) {
        const offset = fields.length - labels.length;
        this.columnPerson = Int32Array.from(labels, (label, c) => this.person(label, line, c + offset + 1));
        const seen = new Uint8Array(n);
        this.columnPerson.forEach((person, c) => {
          if (seen[person] === 1) throw new InputError('BAD_MATRIX', `"${labels[c].trim()}" labels two columns`, { file: this.file, line, column: c + offset + 1 }, 'give each person one column');
          seen[person] = 1;
        });
        return;
      }
    }
    const labelled = fields.length === n + 1;
    if (!labelled && fields.length !== n) {
      throw new InputError('BAD_MATRIX', `this matrix row has ${fields.length} values, not ${n} (or ${n + 1} with the person's id first)`, { file: this.file, line },
        `each row needs one value per person in the staff file, optionally after the person's id; ${LABEL_HINT}`);
    }
    if (this.rows >= n) {
      throw new InputError('BAD_MATRIX', `the matrix has more rows than the staff file has people (${n})`, { file: this.file, line },
        'rows and columns of an adjacency matrix follow the staff file, one per person');
    }
    const source = labelled ? this.person(fields[0], line, 1) : this.rows;
    if (this.rowSeen[source] === 1) {
      throw new InputError('BAD_MATRIX', `"${fields[0].trim()}" has a second row`, { file: this.file, line, column: 1 }, 'give each person one row');
    }
    this.rowSeen[source] = 1;
    this.rows++;
    const offset = labelled ? 1 : 0;
    this.rowLine[source] = line;
    this.rowOffset[source] = offset;
    for (let c = 0; c < n; c++) {
      const text = fields[c + offset];
      const weight = readWeight(text, this.decimalComma(), { file: this.file, line, column: c + offset + 1 });
      if (weight === 0) continue;
      // From the text: 2.000 reads as a whole number, and is the very case to warn of.
      if (this.decimalComma()) noteDecimalMark(this.tally.decimalMarks, text, line);
      this.tally.rowsRead++;
      this.tally.accept(source, this.columnPerson ? this.columnPerson[c] : c, weight, NaN, '', line, 0);
    }
  }

  /** Throws unless every person had a row. */
  finish(): void {
    const n = this.personIndex.size;
    if (this.rows !== n) {
      throw new InputError('BAD_MATRIX', `the matrix has ${this.rows} rows, not ${n}`, { file: this.file },
        'an adjacency matrix needs one row per person in the staff file');
    }
  }

  /** Where the cell of `row`'s person and `column`'s person is in the file (after {@link finish}). */
  cellAt(row: number, column: number): { line: number; column: number } {
    return { line: this.rowLine[row], column: this.columnSlot()[column] + this.rowOffset[row] + 1 };
  }

  /** Each person's column, counted from 0 after a row's label: the inverse of columnPerson. */
  private columnSlot(): Int32Array {
    if (this.slotOfPerson) return this.slotOfPerson;
    const slot = Int32Array.from({ length: this.personIndex.size }, (_, person) => person);
    this.columnPerson?.forEach((person, c) => (slot[person] = c));
    return (this.slotOfPerson = slot);
  }

  /**
   * The column labels if the first row is a header: n labels after a corner cell that is blank or
   * with some label not a number (a labelled first data row has only numbers after its label), or
   * n labels of which some is not a number. A header of numeric ids needs the blank corner.
   */
  private headerLabels(fields: readonly string[]): string[] | null {
    const n = this.personIndex.size;
    const notNumber = (text: string) => text.trim() !== '' && parseNumber(text, this.decimalComma()) === undefined;
    if (fields.length === n + 1) {
      const labels = fields.slice(1);
      return fields[0].trim() === '' || labels.some(notNumber) ? labels : null;
    }
    return fields.length === n && fields.some(notNumber) ? [...fields] : null;
  }

  private person(label: string, line: number, column: number): number {
    const id = label.trim();
    const person = this.findPerson(id);
    if (person === undefined) {
      throw new InputError('BAD_MATRIX', `the matrix label "${id}" is not a staff id`, { file: this.file, line, column }, LABEL_HINT);
    }
    return person;
  }
}
