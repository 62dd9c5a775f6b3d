/**
 * The row of tabs with their row counts. The active tab is in brackets as well as highlighted,
 * so it stays visible without colour.
 */
import { Text } from 'ink';
import { displayWidth } from '../layout/display-width.js';
import { ACCENT_COLOUR } from '../theme.js';

export interface TabBarProps {
  readonly titles: readonly string[];
  /** Rows per tab, shown beside the title when there is room. */
  readonly counts: readonly number[];
  readonly active: number;
  readonly width: number;
}

/** Each tab's label at this width: with its count when every label fits, without otherwise. */
export function tabLabels(titles: readonly string[], counts: readonly number[], width: number): string[] {
  const withCounts = titles.map((title, i) => `${title} ${counts[i].toLocaleString('en-GB')}`);
  const length = (labels: string[]) => labels.reduce((sum, label) => sum + displayWidth(label) + 2, 0) + labels.length - 1;
  return length(withCounts) <= width ? withCounts : [...titles];
}

export function TabBar({ titles, counts, active, width }: TabBarProps) {
  const labels = tabLabels(titles, counts, width);
  return (
    <Text wrap="truncate-end">
      {labels.map((label, i) => (
        <Text key={label}>
          {i > 0 ? ' ' : ''}
          {i === active ? (
            <Text bold inverse color={ACCENT_COLOUR}>
              [{label}]
            </Text>
          ) : (
            <Text> {label} </Text>
          )}
        </Text>
      ))}
    </Text>
  );
}
