/**
 * One line of styled segments (a detail view's or the help panel's), cut at the width.
 */
import { Text } from 'ink';
import type { DetailLine } from '../details/detail-content.js';

export function StyledLine({ line }: { readonly line: DetailLine }) {
  return (
    <Text wrap="truncate-end">
      {line.length === 0
        ? ' '
        : line.map((segment, i) => (
            <Text key={i} color={segment.colour} bold={segment.bold} dimColor={segment.dim}>
              {segment.text}
            </Text>
          ))}
    </Text>
  );
}
