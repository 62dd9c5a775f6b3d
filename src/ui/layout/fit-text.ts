/**
 * Fits text into a table cell: padded to the width, or cut with an ellipsis when longer, so a
 * row is one line and its columns stay aligned whatever the names in it. Widths are terminal
 * cells (present/display-width.ts).
 */
import { keptEndWidth } from '../../present/kept-end.js';
import { displayWidth, graphemes, graphemeWidth, sliceEndToWidth, sliceToWidth } from '../../present/display-width.js';
import { splitIdSuffix } from '../../organisation/shared-names.js';

/**
 * Where a long text loses cells: at its end, or in its middle, for names that share a long start
 * and differ at the end ("Revenues and Benefits Casework" and "… Commissioning"), keeping the end
 * from a word where it can, as the report's drawings do (keptEndWidth).
 */
export type Cut = 'end' | 'middle';

/** The fewest cells a name keeps beside the id it carries ("Dav…"); fewer, and the whole text is cut. */
const LEAST_NAME_BESIDE_ID = 4;

/** The fewest cells each end of a pair keeps; fewer, and the pair is cut as one text. */
const LEAST_PAIR_END = 4;

/**
 * `text` exactly `width` cells wide, aligned left or right; cut with "…" when too long. A text
 * that is a pair of names joined by `pairedBy` ("A ↔ B") is cut end by end, so that both ends
 * stay recognisable rather than the start of one joined to the end of the other.
 */
export function fitText(text: string, width: number, align: 'left' | 'right' = 'left', at: Cut = 'end', pairedBy?: string): string {
  if (width <= 0) return '';
  const flat = text.replace(/\s+/g, ' ');
  const cells = displayWidth(flat);
  if (cells <= width) return align === 'right' ? ' '.repeat(width - cells) + flat : flat + ' '.repeat(width - cells);
  const cut = (pairedBy === undefined ? undefined : cutPair(flat, width, at, pairedBy)) ?? cutName(flat, width, at);
  // A wide character that did not fit leaves a cell over: pad it.
  return cut + ' '.repeat(width - displayWidth(cut));
}

/**
 * One name in at most `width` cells. The id a shared name carries (" (P000027)") is kept whole
 * and the name before it cut, as it is what tells two people of that name apart. Every table
 * cell is cut here, so a name carries its id in every column that shows people.
 */
function cutName(text: string, width: number, at: Cut): string {
  if (displayWidth(text) <= width) return text;
  const [name, id] = splitIdSuffix(text);
  const room = width - displayWidth(id);
  if (id !== '' && room >= LEAST_NAME_BESIDE_ID) return cutName(name, room, at) + id;
  const kept = width - 1;
  // Too narrow for a name and its id: cut at the end, not in the middle, where the end of the id ("…443)") would read as a whole one.
  // A cut after a word leaves no space before the "…" ("Ravi…", not "Ravi …"): the cell is padded instead.
  return at === 'middle' && kept >= 6 && id === '' ? cutMiddle(text, kept) : `${sliceToWidth(text, kept).trimEnd()}…`;
}

/**
 * A pair "A ↔ B" in at most `width` cells, each end cut as one name in half the room (a short end
 * leaving the rest to the other); undefined when the text is not a pair or the room too small.
 */
function cutPair(text: string, width: number, at: Cut, joiner: string): string | undefined {
  const ends = text.split(joiner);
  if (ends.length !== 2) return undefined;
  const room = width - displayWidth(joiner);
  const half = Math.ceil(room / 2);
  if (room - half < LEAST_PAIR_END) return undefined;
  const first = Math.min(displayWidth(ends[0]), Math.max(half, room - displayWidth(ends[1])));
  return cutName(ends[0], first, at) + joiner + cutName(ends[1], room - first, at);
}

/** `kept` cells of `text`: its start, "…", and its end (as many last words as keptEndWidth allows). */
function cutMiddle(text: string, kept: number): string {
  const end = sliceEndToWidth(text, keptEndWidth(graphemes(text), kept, graphemeWidth));
  return `${sliceToWidth(text, kept - displayWidth(end)).trimEnd()}…${end.trimStart()}`;
}
