/**
 * The row of tabs with their row counts. The active tab is in brackets as well as highlighted,
 * so it stays visible without colour.
 */
import { Text } from 'ink';
import { displayWidth } from '../layout/display-width.js';
import { ACCENT_COLOUR } from '../theme.js';
import { formatCount } from '../../present/number-format.js';

export interface TabBarProps {
  readonly titles: readonly string[];
  /** Rows per tab, shown beside the title when there is room. */
  readonly counts: readonly number[];
  readonly active: number;
  readonly width: number;
}

/** The tabs at this width: their labels, and whether each has a space either side. */
export interface TabLabels {
  readonly labels: readonly string[];
  readonly spaced: boolean;
}

/**
 * Each tab's label at this width: with its count and spaced out when that fits; else with counts
 * but close together (seven tabs with their counts in 80 columns); else without counts.
 */
export function tabLabels(titles: readonly string[], counts: readonly number[], width: number): TabLabels {
  const withCounts = titles.map((title, i) => `${title} ${formatCount(counts[i])}`);
  // Spaced: " label " or "[label]", one space between; close: "label" or "[label]", one space between.
  const length = (labels: string[], spaced: boolean) => labels.reduce((sum, label) => sum + displayWidth(label), 0) + (spaced ? 2 * labels.length : 2) + labels.length - 1;
  if (length(withCounts, true) <= width) return { labels: withCounts, spaced: true };
  if (length(withCounts, false) <= width) return { labels: withCounts, spaced: false };
  return { labels: [...titles], spaced: true };
}

export function TabBar({ titles, counts, active, width }: TabBarProps) {
  const { labels, spaced } = tabLabels(titles, counts, width);
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
            <Text>{spaced ? ` ${label} ` : label}</Text>
          )}
        </Text>
      ))}
    </Text>
  );
}
