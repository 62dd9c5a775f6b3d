/**
 * The footer: the keys that work here, as many as fit.
 */
import { Text } from 'ink';

export interface KeyHintsProps {
  readonly detail: boolean;
  readonly searching: boolean;
}

/** The hints for the situation, as [key, what] pairs. */
export function keyHints(detail: boolean, searching: boolean): (readonly [string, string])[] {
  if (searching) return [['type', 'to filter'], ['↑/↓', 'move'], ['Enter', 'keep filter'], ['Esc', 'clear'], ['Backspace', 'erase']];
  if (detail) return [['↑/↓ PgUp/PgDn', 'scroll'], ['Esc', 'back'], ['←/→', 'tabs'], ['e', 'export table'], ['?', 'help'], ['q', 'quit']];
  return [['←/→', 'tabs'], ['↑/↓', 'move'], ['Enter', 'open'], ['/', 'search'], ['s', 'sort'], ['e', 'export'], ['?', 'help'], ['q', 'quit']];
}

export function KeyHints({ detail, searching }: KeyHintsProps) {
  return (
    <Text wrap="truncate-end">
      {keyHints(detail, searching).map(([key, what], i) => (
        <Text key={key}>
          {i > 0 ? '  ' : ''}
          <Text bold>{key}</Text> <Text dimColor>{what}</Text>
        </Text>
      ))}
    </Text>
  );
}
