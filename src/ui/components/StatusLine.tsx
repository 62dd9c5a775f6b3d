/**
 * The line above the key hints: the search being typed, or where the user is (row, sort,
 * filter, lines of a detail view), or a message such as where an export was written.
 */
import { Text } from 'ink';
import { ACCENT_COLOUR } from '../theme.js';

export interface StatusLineProps {
  readonly mode: 'browse' | 'search' | 'help';
  readonly query: string;
  /** A message that replaces the position while it is shown. */
  readonly message: string | null;
  /** Where the user is, e.g. "row 3 of 300 · sorted by contacts ↓". */
  readonly position: string;
}

export function StatusLine({ mode, query, message, position }: StatusLineProps) {
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
    return (
      <Text wrap="truncate-middle" color="green">
        {message}
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end" dimColor>
      {position}
    </Text>
  );
}
