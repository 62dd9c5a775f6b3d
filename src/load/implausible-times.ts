/**
 * Times before 1990, read as seconds since 1970, are far likelier misread numbers than
 * interactions: seconds since a study began, dates written 20260302, or Excel's day numbers.
 */
import { formatTimestamp } from './values.js';

/** 1990-01-01, in seconds since 1970. */
const IMPLAUSIBLY_EARLY = Date.UTC(1990, 0, 1) / 1000;

/** What such numbers may be, and what to do, ending each warning of them. */
const LIKELY_CAUSES = 'numbers that are not Unix times (seconds since a study began, dates written 20260302, or Excel\'s day numbers such as 45352.375) are read as seconds since 1970, ' +
  'so check the period before using --since, --until or compare (in Excel, format the column as a date before exporting)';

/** The warning for a first used interaction dated `first`, if before 1990. */
export function earlyPeriod(first: number): string[] {
  return first < IMPLAUSIBLY_EARLY ? [`the first interaction is dated ${formatTimestamp(first).slice(0, 10)}: ${LIKELY_CAUSES}`] : [];
}

/**
 * The warning for rows left outside --since/--until whose earliest time is `earliest`, if before
 * 1990: a column that mixes dates with Excel's day numbers loses the latter to the window unseen.
 */
export function earlyRowsOutsideWindow(earliest: number): string[] {
  return earliest < IMPLAUSIBLY_EARLY
    ? [`rows left outside --since/--until include times before 1990 (the earliest ${formatTimestamp(earliest).slice(0, 10)}), which may belong inside it: ${LIKELY_CAUSES}`]
    : [];
}
