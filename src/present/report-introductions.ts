/**
 * How many introductions a report lists, and where the rest are. A whole plan is long (12,758
 * introductions at 21,000 people): listed in full, it made a 9 MB HTML page 1.67 million pixels
 * tall that Chromium could not print to PDF. The report lists the best ones and names the command
 * that writes them all to a file.
 */

/** Introductions a report (HTML or Markdown) lists at most: 200 take about 25 A4 pages in print (Chromium: the 21,000-person report of 12,758 with --limit 12758, 202 pages in all). */
export const REPORT_INTRODUCTIONS = 200;

/**
 * The command that writes a plan of `count` introductions to a file, for a reader who wants them
 * all, run on `folder` (DIR where it is not to be named: a report is shared, the analyst's paths
 * are not). It makes the same plan only with the same flags: without --pseudonymise it would
 * write real ids, without the filters another plan, so the words say to repeat them (all but
 * --limit: given after this one, the run's --limit would win).
 */
export function allIntroductionsCommand(count: number, folder = 'DIR'): string {
  return `nodefinder suggest ${shellWord(folder)} --limit ${count} --format csv --output introductions.csv, with the other flags this was made with`;
}

/** `word` as one shell word: as it is when plain, else in single quotes, so that a folder with spaces can be pasted. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
