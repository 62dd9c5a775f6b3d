/**
 * The `?` panel: every key, what the colours mean, and what an export contains.
 */
import { Box } from 'ink';
import type { DetailLine } from '../details/detail-content.js';
import { StyledLine } from './StyledLine.js';

export interface HelpPanelProps {
  /** The help, as helpLines() makes it for this width. */
  readonly lines: readonly DetailLine[];
  /** Lines available. */
  readonly height: number;
  /** The first line shown, when the help does not fit. */
  readonly scroll: number;
}

/** Help lines shown at once in `height` lines: all of them, or all but the last line, which then says where the reader is. */
export function helpPage(lines: number, height: number): number {
  return lines <= height ? lines : Math.max(height - 1, 0);
}

/**
 * The help with what closes it after its title: any key when it fits; when it does not, the moving
 * keys scroll it (as its last line says), so the title names the keys that always close it.
 */
function withClosingHint([title, ...rest]: readonly DetailLine[], fits: boolean): DetailLine[] {
  return title ? [[...title, { text: fits ? ' (any key closes this help)' : ' (Esc or ? closes this help)', dim: true }], ...rest] : [];
}

export function HelpPanel({ lines: content, height, scroll }: HelpPanelProps) {
  const page = helpPage(content.length, height);
  const lines = withClosingHint(content, page === content.length);
  const first = Math.min(Math.max(scroll, 0), lines.length - page);
  // Too little room: the last line says which lines are shown and how to see the rest.
  const shown = page === lines.length
    ? lines
    : [...lines.slice(first, first + page), [{ text: `lines ${first + 1}–${first + page} of ${lines.length}: ↑/↓ PgUp/PgDn scroll, any other key closes`, dim: true }]];
  return (
    <Box flexDirection="column" height={height}>
      {shown.slice(0, Math.max(height, 0)).map((line, i) => (
        <StyledLine key={i} line={line} />
      ))}
    </Box>
  );
}
