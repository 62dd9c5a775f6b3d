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
  return (
    <Box flexDirection="column" height={height}>
      {helpLines(width, minGroupSize, method, changes)
        .slice(0, Math.max(height, 0))
        .map((line, i) => (
          <StyledLine key={i} line={line} />
        ))}
    </Box>
  );
}
