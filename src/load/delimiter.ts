/**
 * Guesses a file's delimiter from its first lines: the candidate that appears the same
 * (non-zero) number of times on every sampled line wins; ties go to the more frequent one.
 * A file with none of them but runs of spaces is whitespace-separated (`t i j` contact files,
 * adjacency matrices).
 */

/** A field delimiter, or `whitespace` for runs of spaces and tabs. */
export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';

const CANDIDATES = [',', ';', '\t', '|'] as const;
const SAMPLE_LINES = 20;

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

  let best: Delimiter | undefined;
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, candidate));
    if (counts[0] === 0) continue;
    const consistent = counts.every((count) => count === counts[0]);
    const score = (consistent ? 1_000_000 : 0) + counts[0];
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best) return best;
  return titleAbove(lines) ?? (lines.some((line) => /\S[ \t]+\S/.test(line)) ? 'whitespace' : ',');
}

/**
 * The delimiter every line after the first has, the same number of times, when the first has
 * none: a report's title above the header ("Staff list as at 1 March 2026"), which would
 * otherwise make the file read as space-separated. The title is then read as a one-value header,
 * which columns.ts suspects of being a title.
 */
function titleAbove(lines: readonly string[]): Delimiter | undefined {
  const rest = lines.slice(1);
  if (rest.length < 2) return undefined;
  // Lines below that all split at blanks into the same number (two or more) of values are a
  // whitespace-separated table, whatever else its values hold ("P1 P2 0,5"), under its header.
  const words = rest.map((line) => line.trim().split(/[ \t]+/).length);
  if (words[0] >= 2 && words.every((count) => count === words[0])) return undefined;
  return CANDIDATES.find((candidate) => {
    const counts = rest.map((line) => countOutsideQuotes(line, candidate));
    return counts[0] > 0 && counts.every((count) => count === counts[0]);
  });
}

/** Parses a `--delimiter` value: a character, or a name such as `tab` or `semicolon`. */
export function parseDelimiterOption(text: string): Delimiter | undefined {
  const named: Record<string, Delimiter> = {
    ',': ',', comma: ',',
    ';': ';', semicolon: ';',
    '\t': '\t', '\\t': '\t', tab: '\t',
    '|': '|', pipe: '|',
    ' ': 'whitespace', space: 'whitespace', whitespace: 'whitespace',
  };
  return named[text.toLowerCase()];
}

/** How a delimiter is named to a reader of the load report. */
export function describeDelimiter(delimiter: Delimiter): string {
  return { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe', whitespace: 'whitespace' }[delimiter];
}
