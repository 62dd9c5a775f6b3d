/**
 * A detail view: its title, then the lines from `scroll` that fit in `page`.
 */
import { Box } from 'ink';
import type { DetailContent } from '../details/detail-content.js';
import { StyledLine } from './StyledLine.js';

export interface DetailViewProps {
  readonly content: DetailContent;
  readonly scroll: number;
  /** Lines that fit under the title. */
  readonly page: number;
}

export function DetailView({ content, scroll, page }: DetailViewProps) {
  return (
    <Box flexDirection="column" height={page + 1}>
      <StyledLine line={content.title} />
      {content.lines.slice(scroll, scroll + page).map((line, i) => (
        <StyledLine key={scroll + i} line={line} />
      ))}
    </Box>
  );
}
