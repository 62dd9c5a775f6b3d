/**
 * One line of styled segments (a detail view's or the help panel's), cut at the width. A title
 * is built from names, which may hold a line break or a tab: each segment is kept on its line, or
 * a name "Ann\nSilos (3)" would break the title and show a line that passes for another.
 */
import { Text } from 'ink';
import { oneLine } from '../../present/one-line.js';
import type { DetailLine } from '../details/detail-content.js';

export function StyledLine({ line }: { readonly line: DetailLine }) {
  return (
    <Text wrap="truncate-end">
      {line.length === 0
        ? ' '
        : line.map((segment, i) => (
            <Text key={i} color={segment.colour} bold={segment.bold} dimColor={segment.dim}>
              {oneLine(segment.text)}
            </Text>
          ))}
    </Text>
  );
}
