/**
 * The organisation in figures at the top of the dashboard: people, teams, ties, communities,
 * silos and single points of failure, packed into as few lines as the width allows; then, on a
 * line (or lines) of its own, a notice such as rows skipped by the load, which must stay in view.
 */
import { Box, Text } from 'ink';
import type { Analysis } from '../../analyse.js';
import type { Comparison } from '../../compare/comparison.js';
import { comparisonHeaderItems } from '../comparison-header.js';
import { plural } from '../format.js';
import { packItems } from '../layout/pack-items.js';
import { wrapText } from '../layout/wrap-text.js';
import { ACCENT_COLOUR, RISK_COLOUR, SILO_COLOUR, WARNING_COLOUR, type Colour } from '../theme.js';

/** One figure of the header. */
export interface HeaderItem {
  readonly text: string;
  readonly colour?: Colour;
  readonly bold?: boolean;
}

const SEPARATOR = ' · ';

/**
 * The header's items, in order. `smallSilos` of the silos are teams under the minimum group size:
 * shown here, but not in what is written out, so the count says so (a report counts fewer).
 */
export function headerItems(summary: Analysis['summary'], source: string, smallSilos = 0): HeaderItem[] {
  return [
    { text: source ? `nodefinder ${source}` : 'nodefinder', colour: ACCENT_COLOUR, bold: true },
    { text: plural(summary.people, 'person', 'people') },
    { text: plural(summary.teams, 'team', 'teams') },
    { text: plural(summary.ties, 'tie', 'ties') },
    { text: plural(summary.communities, 'community', 'communities') },
    { text: `${plural(summary.silos, 'silo', 'silos')}${smallSilos > 0 ? ` (${smallSilos} in small teams)` : ''}`, colour: summary.silos > 0 ? SILO_COLOUR : undefined },
    { text: plural(summary.singlePointsOfFailure, 'single point of failure', 'single points of failure'), colour: summary.singlePointsOfFailure > 0 ? RISK_COLOUR : undefined },
  ];
}

/** The header's lines at this width: how much room it takes. With a comparison, its figures before → after. */
export function headerLines(summary: Analysis['summary'], source: string, width: number, comparison?: Comparison, smallSilos = 0, notice?: string): HeaderItem[][] {
  const items = comparison ? comparisonHeaderItems(comparison, source, summary.silos) : headerItems(summary, source, smallSilos);
  const lines = packItems(items, width, (item) => item.text, SEPARATOR);
  // Wrapped rather than cut: its end says where the details are.
  return notice ? [...lines, ...wrapText(notice, width).map((text) => [{ text, colour: WARNING_COLOUR }])] : lines;
}

export interface HeaderProps {
  readonly summary: Analysis['summary'];
  /** What was analysed, e.g. the folder. */
  readonly source: string;
  readonly width: number;
  /** Shown instead of the summary's figures when the dashboard shows `nodefinder compare`. */
  readonly comparison?: Comparison;
  /** Silos below the minimum group size (see {@link headerItems}). */
  readonly smallSilos?: number;
  /** A line that must stay in view, e.g. that the load skipped rows. */
  readonly notice?: string;
}

export function Header({ summary, source, width, comparison, smallSilos = 0, notice }: HeaderProps) {
  return (
    <Box flexDirection="column">
      {headerLines(summary, source, width, comparison, smallSilos, notice).map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line.map((item, j) => (
            <Text key={j}>
              {j > 0 ? <Text dimColor>{SEPARATOR}</Text> : null}
              <Text color={item.colour} bold={item.bold}>
                {item.text}
              </Text>
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
