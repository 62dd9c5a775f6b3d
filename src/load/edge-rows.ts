/**
 * Reads one row of an edge list (source, target and optionally weight, timestamp, channel) from
 * its bytes into a tally: ids are looked up, and numbers and times parsed, without decoding the
 * fields (the usual forms; anything else is decoded and read as text, so the values and the
 * errors are those of values.ts and field-errors.ts).
 */
import { InputError } from '../errors.js';
import { ByteStringCache } from './byte-strings.js';
import { TimestampReader, wholeNumberFromBytes } from './byte-values.js';
import { timestampField, unknownPersonError } from './field-errors.js';
import type { InteractionTally } from './interaction-tally.js';
import { PersonLookup } from './person-lookup.js';
import type { RawRow } from './row-tokenizer.js';
import { parseNumber } from './values.js';

/** How the rows are to be read. */
export interface EdgeRowContext {
  readonly file: string;
  /** Column of each field (0-based), from the header or the column mapping. */
  readonly index: Partial<Record<string, number>>;
  /** Weights may use a decimal comma (the delimiter is not a comma). */
  readonly decimalComma: boolean;
  /** Unknown people are an error instead of a skipped row. */
  readonly strict: boolean;
}

/** A function that reads one edge row into `tally` (counting it as read). */
export function edgeRowReader(tally: InteractionTally, personIndex: ReadonlyMap<string, number>, context: EdgeRowContext): (row: RawRow) => void {
  const { file, index, decimalComma, strict } = context;
  const people = new PersonLookup(personIndex);
  const channelNames = new ByteStringCache();
  const timestamps = new TimestampReader();
  const skipped = tally.skipped;
  const sourceAt = index.source!;
  const targetAt = index.target!;
  const weightAt = index.weight ?? -1;
  const timeAt = index.timestamp ?? -1;
  const channelAt = index.channel ?? -1;
  return (row: RawRow): void => {
    tally.rowsRead++;
    const line = row.line;
    const count = row.count;
    const start = row.valueStart;
    const end = row.valueEnd;
    if (sourceAt >= count || targetAt >= count || start[sourceAt] === end[sourceAt] || start[targetAt] === end[targetAt] ||
      (weightAt >= 0 && (weightAt >= count || start[weightAt] === end[weightAt]))) {
      skipped.skip('malformed', line);
      return;
    }
    const bytes = row.bytes;
    let weight = 1;
    if (weightAt >= 0) {
      weight = wholeNumberFromBytes(bytes, start[weightAt], end[weightAt]) ?? readWeight(row.value(weightAt), decimalComma, { file, line, column: weightAt + 1 });
    }
    let time = NaN;
    if (timeAt >= 0 && timeAt < count && start[timeAt] !== end[timeAt]) {
      time = timestamps.read(bytes, start[timeAt], end[timeAt]) ?? timestampField(row.value(timeAt), { file, line, column: timeAt + 1 });
    }
    let source = people.find(bytes, start[sourceAt], end[sourceAt]);
    let target = people.find(bytes, start[targetAt], end[targetAt]);
    // Bytes that are not valid UTF-8 decode to U+FFFD, which a staff id could in principle hold.
    if (source < 0) source = personIndex.get(row.value(sourceAt)) ?? -1;
    if (target < 0) target = personIndex.get(row.value(targetAt)) ?? -1;
    if (source < 0 || target < 0) {
      const unknownAt = source < 0 ? sourceAt : targetAt;
      const unknown = row.value(unknownAt);
      if (strict) throw unknownPersonError(unknown, { file, line, column: unknownAt + 1 });
      skipped.skip('unknown-person', line, unknown);
      return;
    }
    const channel = channelAt >= 0 && channelAt < count ? channelNames.text(bytes, start[channelAt], end[channelAt]) : '';
    tally.accept(source, target, weight, time, channel, line, (channelAt < 0 ? 0 : channelAt) + 1);
  };
}

/** A weight field's value; an InputError when it is not a number of 0 or more. */
export function readWeight(text: string, decimalComma: boolean, at: { file: string; line: number; column: number }): number {
  const weight = parseNumber(text, decimalComma);
  if (weight === undefined || weight < 0 || !Number.isFinite(weight)) {
    throw new InputError('BAD_WEIGHT', `"${text}" is not a weight`, at,
      'weights must be numbers of 0 or more; fix the value, or map another column with --columns interactions.weight=COLUMN');
  }
  return weight;
}
