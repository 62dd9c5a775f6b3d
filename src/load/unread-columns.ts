/**
 * The warning for columns of an interactions, messages or recipients file that no field was found
 * in. Without a header only the required fields are found by position, so a 0/1 list of every
 * pair would become a complete network, or a recipients file's second column (a position in the
 * message) would be read as the recipient; with a header, a weight or time headed in other words
 * ("Count of Subject", "Date Sent") would be dropped unseen.
 */
import { LISTED_COLUMNS, type ColumnLayout } from './columns.js';
import { formatCount } from '../number-text.js';

/** What the warning says of the file. */
export interface UnreadColumnsFile {
  /** The file as the user knows it: "interactions", "messages", "recipients". */
  readonly name: string;
  /** The --columns prefix of its fields. */
  readonly prefix: 'interactions' | 'recipients';
  /** The field the example maps, and what an unread column might hold. */
  readonly example: string;
  readonly holds: string;
}

export const INTERACTIONS_FILE: UnreadColumnsFile = { name: 'interactions', prefix: 'interactions', example: 'weight', holds: 'weights, times or channels' };

/** The warning, if any column is unread; `firstRow` tells a spreadsheet's trailing empty column from a column of values. */
export function unreadColumns(all: ColumnLayout<'interactions'>['extras'], header: boolean, firstRow: readonly string[], file: UnreadColumnsFile = INTERACTIONS_FILE): string[] {
  // A column with neither a header nor a first value is a spreadsheet's trailing comma.
  const extras = all.filter((extra) => !extra.unnamed || (firstRow[extra.index] ?? '').trim() !== '');
  if (extras.length === 0) return [];
  const label = (extra: (typeof extras)[number]) => (!header ? String(extra.index + 1) : extra.unnamed ? `${extra.index + 1} (no header)` : `"${extra.name}"`);
  // A file of 10,000 columns made a warning of 89 KB.
  const columns = extras.slice(0, LISTED_COLUMNS).map(label);
  const more = extras.length > LISTED_COLUMNS ? `, … (${formatCount(extras.length)} in all)` : '';
  const named = `${header ? `the ${file.name} file's ` : ''}${extras.length === 1 ? `column ${columns[0]} is` : `columns ${columns.join(', ')}${more} are`}`;
  const first = extras[0];
  const field = `${file.prefix}.${file.example}`;
  const example = header && !first.unnamed ? `--columns "${field}=${first.name}"` : `--columns ${field}=${first.index + 1}`;
  const what = header ? `${named} not read (no field of nodefinder's goes by that header)` : `the ${file.name} file has no header, so ${named} not read`;
  const zeroWeight = file.example === 'weight' ? ' (a weight of 0 is then no interaction)' : '';
  return [`${what}: if one holds ${file.holds}, name it, e.g. ${example}${zeroWeight}`];
}
