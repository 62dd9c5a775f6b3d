/**
 * The `?` panel: every key, what the colours mean, and what an export contains.
 */
import { Box } from 'ink';
import { helpLines } from '../details/help-content.js';
import { StyledLine } from './StyledLine.js';

export interface HelpPanelProps {
  readonly minGroupSize: number;
  /** How path measures were computed, from the analysis options. */
  readonly method: string;
  readonly width: number;
  /** Lines available. */
  readonly height: number;
  /** Whether the dashboard has a Changes tab, whose colours are then explained too. */
  readonly changes?: boolean;
}

export function HelpPanel({ minGroupSize, method, width, height, changes = false }: HelpPanelProps) {
  const lines = helpLines(width, minGroupSize, method, changes);
  // Too little room: the last line says so, rather than the help ending without a word.
  const shown = lines.length <= height ? lines : [...lines.slice(0, Math.max(height - 1, 0)), [{ text: `… ${lines.length - height + 1} more lines: enlarge the terminal to see them`, dim: true }]];
  return (
    <Box flexDirection="column" height={height}>
      {shown.slice(0, Math.max(height, 0)).map((line, i) => (
        <StyledLine key={i} line={line} />
      ))}
    </Box>
  );
}
