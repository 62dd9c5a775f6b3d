/**
 * The footer: the keys that work here, as many as fit.
 */
import { Text } from 'ink';

export interface KeyHintsProps {
  readonly detail: boolean;
  readonly searching: boolean;
  /** Terminal cells for the line. */
  readonly width: number;
}

/** The hints for the situation, as [key, what] pairs. */
export function keyHints(detail: boolean, searching: boolean): (readonly [string, string])[] {
  if (searching) return [['type', 'to filter'], ['↑/↓', 'move'], ['Enter', 'keep filter'], ['Esc', 'clear'], ['Backspace', 'erase']];
  if (detail) return [['↑/↓ PgUp/PgDn', 'scroll'], ['Esc', 'back'], ['←/→', 'tabs'], ['e', 'export table'], ['?', 'help'], ['q', 'quit']];
  return [['←/→', 'tabs'], ['↑/↓', 'move'], ['Enter', 'open'], ['/', 'search'], ['s', 'sort'], ['e', 'export'], ['?', 'help'], ['q', 'quit']];
}

/** Cells one hint takes, with the gap before it. */
const hintWidth = ([key, what]: readonly [string, string], first: boolean) => (first ? 0 : 2) + [...key].length + 1 + [...what].length;

/**
 * The hints that fit in `width`: the last ones (help and quit, or the search's erase) stay, and
 * the others are left out from the end, so a narrow terminal still says how to get help and out.
 */
export function fittedHints(hints: readonly (readonly [string, string])[], width: number, kept = 2): (readonly [string, string])[] {
  const shown = [...hints];
  const total = () => shown.reduce((sum, hint, i) => sum + hintWidth(hint, i === 0), 0);
  while (total() > width && shown.length > kept) shown.splice(shown.length - kept - 1, 1);
  return shown;
}

export function KeyHints({ detail, searching, width }: KeyHintsProps) {
  return (
    <Text wrap="truncate-end">
      {fittedHints(keyHints(detail, searching), width, searching ? 1 : 2).map(([key, what], i) => (
        <Text key={key}>
          {i > 0 ? '  ' : ''}
          <Text bold>{key}</Text> <Text dimColor>{what}</Text>
        </Text>
      ))}
    </Text>
  );
}
