/**
 * The line above the key hints: the search being typed, or where the user is (row, sort,
 * filter, lines of a detail view), or a message such as where an export was written.
 */
import { Text } from 'ink';
import { cutBetweenWords } from '../layout/cut-between-words.js';
import { ACCENT_COLOUR } from '../theme.js';

export interface StatusLineProps {
  readonly mode: 'browse' | 'search' | 'help';
  readonly query: string;
  /** A message that replaces the position while it is shown. */
  readonly message: string | null;
  /** Where the user is, e.g. "row 3 of 300 · sorted by contacts ↓". */
  readonly position: string;
  /** Cells of the line. */
  readonly width: number;
}

export function StatusLine({ mode, query, message, position, width }: StatusLineProps) {
  if (mode === 'search') {
    return (
      <Text wrap="truncate-end">
        <Text color={ACCENT_COLOUR} bold>
          search:{' '}
        </Text>
        {query}
        <Text inverse> </Text>
        <Text dimColor> Enter keep · Esc clear · {position}</Text>
      </Text>
    );
  }
  if (message) {
    // Cut between words, not in one: the start says what happened, the last word where.
    return (
      <Text wrap="truncate-end" color="green">
        {cutBetweenWords(message, width)}
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end" dimColor>
      {position}
    </Text>
  );
}
