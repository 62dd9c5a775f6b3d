/**
 * Guesses a file's delimiter from its first lines: the candidate that appears the same
 * (non-zero) number of times on every sampled line wins; ties go to the more frequent one.
 * Failing that, the one that does so on every line below a few title lines. A file with none of
 * them but runs of spaces is whitespace-separated (`t i j` contact files, adjacency matrices).
 */

/** A field delimiter, or `whitespace` for runs of spaces and tabs. */
export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';

const CANDIDATES = [',', ';', '\t', '|'] as const;
const SAMPLE_LINES = 20;
/** Lines of titles a header may sit below (table.ts looks as far down for the header). */
const TITLE_LINES = 5;

/** Counts `char` outside double-quoted stretches of `line`. */
function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count++;
  }
  return count;
}

/** Picks the delimiter of a text sample (the start of a file, already decoded). */
export function detectDelimiter(sample: string): Delimiter {
  const lines = sample
    .split(/\r*\n|\r/)
    .slice(0, SAMPLE_LINES + 1)
    .filter((line) => line.trim() !== '');
  // The last line of a sample may be cut short mid-line.
  if (lines.length > 2) lines.pop();
  if (lines.length === 0) return ',';

  const consistent = consistentDelimiter(lines);
  if (consistent) return consistent;
  // The most frequent on the first line, though the lines disagree (ragged rows, say).
  let firstLine: Delimiter | undefined;
  for (const candidate of CANDIDATES) {
    if (countOutsideQuotes(lines[0], candidate) > (firstLine === undefined ? 0 : countOutsideQuotes(lines[0], firstLine))) firstLine = candidate;
  }
  return delimiterBelowTitle(lines, firstLine) ?? firstLine ?? (lines.some((line) => /\S[ \t]+\S/.test(line)) ? 'whitespace' : ',');
}

/** The candidate on every one of `lines` the same, non-zero number of times (the most frequent such). */
function consistentDelimiter(lines: readonly string[]): Delimiter | undefined {
  let best: Delimiter | undefined;
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, candidate));
    if (counts[0] === 0 || !counts.every((count) => count === counts[0])) continue;
    if (counts[0] > bestCount) {
      best = candidate;
      bestCount = counts[0];
    }
  }
  return best;
}

/**
 * The delimiter of the lines below a report's title lines ("Staff list as at 1 March 2026",
 * "Staff list; March 2026", then "Exported 01/03/2026"), which would otherwise make the file read
 * as space-separated or split at the title's own semicolon. The titles are then read as the
 * header, and table.ts finds the real one below them.
 */
function delimiterBelowTitle(lines: readonly string[], firstLine: Delimiter | undefined): Delimiter | undefined {
  for (let titles = 1; titles <= TITLE_LINES && lines.length - titles >= 2; titles++) {
    const rest = lines.slice(titles);
    // Lines below that all split at blanks into the same number (two or more) of values are a
    // whitespace-separated table, whatever else its values hold ("P1 P2 0,5"), under its header.
    const words = rest.map((line) => line.trim().split(/[ \t]+/).length);
    if (words[0] >= 2 && words.every((count) => count === words[0])) return undefined;
    // Lines below that hold the first line's delimiter are the table it heads, with rows of
    // different lengths (an optional last field left out), whatever else they hold alike (a
    // decimal comma, "Lee, Ann"): no title is above them.
    if (firstLine !== undefined && rest.some((line) => countOutsideQuotes(line, firstLine) > 0)) continue;
    const found = consistentDelimiter(rest);
    if (found) return found;
  }
  return undefined;
}

/** The values `--delimiter` and loadOrganisation's `delimiter` take (in any case), and the delimiter each names. */
const DELIMITER_NAMES = {
  ',': ',', comma: ',',
  ';': ';', semicolon: ';',
  '\t': '\t', '\\t': '\t', tab: '\t',
  '|': '|', pipe: '|',
  ' ': 'whitespace', space: 'whitespace', whitespace: 'whitespace',
} as const satisfies Record<string, Delimiter>;

/** A delimiter, or a name of one: a `Delimiter` itself, or the CLI's `tab`, `semicolon`, `space`… */
export type DelimiterName = keyof typeof DELIMITER_NAMES;

/** Parses a `--delimiter` value: a character, or a name such as `tab` or `semicolon`. */
export function parseDelimiterOption(text: string): Delimiter | undefined {
  const key = text.toLowerCase();
  // Own names only: `constructor` is no delimiter.
  return Object.hasOwn(DELIMITER_NAMES, key) ? DELIMITER_NAMES[key as DelimiterName] : undefined;
}

/** How a delimiter is named to a reader of the load report. */
export function describeDelimiter(delimiter: Delimiter): string {
  return { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe', whitespace: 'whitespace' }[delimiter];
}
