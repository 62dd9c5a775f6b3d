/**
 * Ids that appear on more than one row of a file. The read goes on past the first repeat and one
 * DUPLICATE_ID error then gives them all (how many, and the first few with their lines): stopping
 * at the first made a file with 300 copied rows take 300 runs to clean.
 */
import { InputError } from '../errors.js';
import { formatCount, joinList } from '../number-text.js';
import { EXAMPLE_LINES } from './report.js';

export class RepeatedIds {
  /** Each repeated id's lines, the first one included, in the order the repeats were met. */
  private readonly linesOf = new Map<string, number[]>();
  /** Where the first repeat is, for the error's location. */
  private first: { line: number; column: number } | undefined;

  /** `limit`: how many ids the error lists (--examples). */
  constructor(private readonly limit = EXAMPLE_LINES) {}

  /** Records that `id`, first on line `firstLine`, appears again on `line` (field `column`, 1-based). */
  add(id: string, firstLine: number, line: number, column: number): void {
    this.first ??= { line, column };
    const lines = this.linesOf.get(id);
    if (lines) lines.push(line);
    else this.linesOf.set(id, [firstLine, line]);
  }

  /** The repeated ids, in the order their repeats were met. */
  ids(): string[] {
    return [...this.linesOf.keys()];
  }

  /**
   * Throws DUPLICATE_ID if any id was repeated; `noun` names the file's rows ("staff"), `hint`
   * says what to do.
   */
  throwIfAny(file: string, noun: string, hint: string): void {
    if (!this.first) return;
    const ids = [...this.linesOf];
    const where = (lines: readonly number[]) => `lines ${joinList(lines.map(String))}`;
    const times = (lines: readonly number[]) => (lines.length === 2 ? 'twice' : `${formatCount(lines.length)} times`);
    let message: string;
    if (ids.length === 1) {
      const [id, lines] = ids[0];
      message = `${noun} id "${id}" appears ${times(lines)} (${where(lines)})`;
    } else {
      const listed = ids.slice(0, this.limit).map(([id, lines]) => `"${id}" (${where(lines)})`);
      const rest = ids.length - listed.length;
      message = `${formatCount(ids.length)} ${noun} ids appear more than once: ${listed.join(', ')}` +
        (rest > 0 ? ` and ${formatCount(rest)} more (--examples N lists more)` : '');
    }
    throw new InputError('DUPLICATE_ID', message, { file, ...this.first }, hint);
  }
}
