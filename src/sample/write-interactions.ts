/**
 * Writes the interactions file from the sorted event keys. This is the hot loop of the
 * generator (five million rows for the largest benchmark), so rows are assembled as bytes in a
 * reused chunk from tables encoded once: ids, the days of the period and the minutes of a day.
 * Building a string per row and encoding it took most of the run and most of its memory.
 */
import type { BufferedFileWriter } from './buffered-file-writer.js';
import { CHANNELS, type SampleEvents } from './generate-events.js';
import type { SampleTies } from './generate-ties.js';

const HEADER = 'source,target,timestamp,channel\n';
const MINUTES_PER_DAY = 1440;
const CHUNK_BYTES = 4 * 1024 * 1024;
const COMMA = 0x2c;

/**
 * Writes the header and one row per event: `source,target,timestamp,channel`. `ids` are the
 * people's ids by internal index; they must be ASCII and of one length, as the generator's are.
 * `onRows` hears the number of rows written after every chunk. `header: false` appends rows
 * only, for a second period written after the first.
 */
export async function writeInteractions(
  writer: BufferedFileWriter,
  ids: readonly string[],
  ties: SampleTies,
  events: SampleEvents,
  onRows: (rows: number) => void,
  { header = true }: { readonly header?: boolean } = {},
): Promise<void> {
  const { keys, lowScale, startDay, days } = events;
  const idLength = ids.length > 0 ? ids[0].length : 0;
  const idBytes = encodeFixed(ids, idLength);
  // "2026-01-05T" for each day of the period, "09:15:00Z" for each minute of a day.
  const dayBytes = encodeFixed(
    Array.from({ length: days }, (_, d) => `${new Date((startDay + d) * 86_400_000).toISOString().slice(0, 10)}T`),
    11,
  );
  const clockBytes = encodeFixed(
    Array.from({ length: MINUTES_PER_DAY }, (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}:00Z`),
    9,
  );
  const channelEnds = CHANNELS.map((channel) => Buffer.from(`,${channel}\n`, 'latin1'));
  const longestRow = 2 * idLength + 2 + 11 + 9 + Math.max(...channelEnds.map((end) => end.length));

  if (header) writer.write(HEADER);
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let at = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const minute = Math.floor(key / lowScale);
    // Below the minute: tie * 8 + forward * 4 + channel (see generate-events.ts); it stays
    // far below 2^31, so bit operations are safe.
    const low = key - minute * lowScale;
    const tie = Math.floor(low / 8);
    const forward = (low & 4) !== 0;
    const source = forward ? ties.a[tie] : ties.b[tie];
    const target = forward ? ties.b[tie] : ties.a[tie];

    at = copy(idBytes, source * idLength, idLength, chunk, at);
    chunk[at++] = COMMA;
    at = copy(idBytes, target * idLength, idLength, chunk, at);
    chunk[at++] = COMMA;
    at = copy(dayBytes, Math.floor(minute / MINUTES_PER_DAY) * 11, 11, chunk, at);
    at = copy(clockBytes, (minute % MINUTES_PER_DAY) * 9, 9, chunk, at);
    const end = channelEnds[low & 3];
    at = copy(end, 0, end.length, chunk, at);

    if (at > CHUNK_BYTES - longestRow) {
      await writer.writeBytes(chunk.subarray(0, at));
      at = 0;
      onRows(i + 1);
    }
  }
  await writer.writeBytes(chunk.subarray(0, at));
  onRows(keys.length);
}

/** Concatenates ASCII strings of one length into one byte table. */
function encodeFixed(values: readonly string[], length: number): Uint8Array {
  const table = new Uint8Array(values.length * length);
  values.forEach((value, i) => {
    if (value.length !== length) throw new Error(`expected ${length} characters: ${value}`);
    table.set(Buffer.from(value, 'latin1'), i * length);
  });
  return table;
}

/** A plain loop beats `set(subarray(...))` for copies of a few bytes: no view is allocated. */
function copy(from: Uint8Array, start: number, length: number, to: Uint8Array, at: number): number {
  for (let i = 0; i < length; i++) to[at + i] = from[start + i];
  return at + length;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
