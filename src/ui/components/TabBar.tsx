/**
 * The row of tabs with their row counts. The active tab is in brackets as well as highlighted,
 * so it stays visible without colour, and it is always on screen: when the tabs do not all fit,
 * the bar starts further along ("…" standing for the tabs before) and is cut after it.
 */
import { Text } from 'ink';
import { displayWidth } from '../../present/display-width.js';
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

/** Stands for the tabs before the first one shown. */
const EARLIER_TABS = '…';

/** Cells the tabs take side by side: spaced " label " or "[label]", close "label" or "[label]", one space between. */
function barWidth(labels: readonly string[], spaced: boolean): number {
  return labels.reduce((sum, label) => sum + displayWidth(label), 0) + (spaced ? 2 * labels.length : 2) + labels.length - 1;
}

/**
 * Each tab's label at this width, the first of these that fits: with its count and spaced out
 * (seven tabs with their counts spaced in 90 columns); with counts close together; titles only,
 * spaced; titles only, close together (the eight tabs of compare in 80 columns). When none fits,
 * titles close together, of which the bar shows those around the active tab (firstShownTab).
 */
export function tabLabels(titles: readonly string[], counts: readonly number[], width: number): TabLabels {
  const withCounts = titles.map((title, i) => `${title} ${formatCount(counts[i])}`);
  for (const labels of [withCounts, titles])
    for (const spaced of [true, false]) if (barWidth(labels, spaced) <= width) return { labels: [...labels], spaced };
  return { labels: [...titles], spaced: false };
}

/**
 * The first tab the bar shows: the first tab when the bar fits up to the active tab, else the
 * earliest from which the active tab still fits after "… ". The tabs after the active one are cut
 * with "…" at the edge when they do not fit.
 */
export function firstShownTab({ labels, spaced }: TabLabels, active: number, width: number): number {
  for (let first = 0; first < active; first++) {
    const lead = first > 0 ? displayWidth(EARLIER_TABS) + 1 : 0;
    if (lead + barWidth(labels.slice(first, active + 1), spaced) <= width) return first;
  }
  return active;
}

export function TabBar({ titles, counts, active, width }: TabBarProps) {
  const fitted = tabLabels(titles, counts, width);
  const first = firstShownTab(fitted, active, width);
  return (
    <Text wrap="truncate-end">
      {first > 0 ? `${EARLIER_TABS} ` : ''}
      {fitted.labels.slice(first).map((label, i) => (
        <Text key={label}>
          {i > 0 ? ' ' : ''}
          {first + i === active ? (
            <Text bold inverse color={ACCENT_COLOUR}>
              [{label}]
            </Text>
          ) : (
            <Text>{fitted.spaced ? ` ${label} ` : label}</Text>
          )}
        </Text>
      ))}
    </Text>
  );
}
