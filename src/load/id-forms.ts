/**
 * Unknown ids that are staff ids written another way: with or without leading zeros (00123 and
 * 123, as Excel drops them), as a float (123.0, as pandas writes an id column with a gap), with
 * thousands separators (1,234, as a spreadsheet formats a number column), behind Excel's text
 * guards (="00123", '00123), inside a mail client's "Name <address>" or in another letter case
 * (p00123 for P00123, as an export may lower-case ids). Each such id is skipped as
 * unknown-person; without this word the user sees only a count. So is a field holding several
 * staff ids ("ann@x.org; bob@x.org", as a mail export flattens its recipients). The warnings name
 * the form, never the ids: warnings reach released outputs.
 */
import type { LoadReport } from './report.js';

/** Ways an id may be written, each with what it is called and the id it may stand for. */
const FORMS: readonly { readonly name: string; readonly unwrap: (id: string) => string | undefined }[] = [
  { name: 'Excel\'s ="00123"', unwrap: (id) => /^="(.*)"$/.exec(id)?.[1] },
  { name: 'a leading apostrophe (\'00123)', unwrap: (id) => /^'(.+)$/.exec(id)?.[1] },
  { name: 'a trailing .0 (123.0)', unwrap: (id) => /^(\d+)\.0+$/.exec(id)?.[1] },
  { name: 'thousands separators (1,234)', unwrap: (id) => (THOUSANDS.test(id) ? id.replace(/\D/g, '') : undefined) },
  { name: 'a name before the address ("Smith, Ann <ann@x.org>")', unwrap: (id) => /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(id)?.[1] },
];

/** The form of an id in another letter case than the staff file's. */
const LETTER_CASE = 'letter case (p00123 for P00123)';

/** Digits grouped by threes with one separator, as a spreadsheet formats a number column: 1,234 or 1.234 567. */
const THOUSANDS = /^\d{1,3}([,. \u00a0\u202f])\d{3}(?:\1\d{3})*$/;

/** Leading zeros dropped from an id of digits, as Excel drops them. */
function withoutLeadingZeros(id: string): string | undefined {
  return /^0+\d+$/.test(id) ? id.replace(/^0+(?=\d)/, '') : undefined;
}

/**
 * The parts of a field that holds several ids, split at semicolons or else at commas; undefined
 * for a field of one.
 */
function severalIds(field: string): string[] | undefined {
  // 1,234 is one number written with a thousands separator.
  if (THOUSANDS.test(field)) return undefined;
  for (const separator of [';', ',']) {
    const parts = field.split(separator).map((part) => part.trim()).filter((part) => part !== '');
    if (parts.length > 1) return parts;
  }
  return undefined;
}

/** The warnings, if some examples of unknown people are staff ids written another way, or several in one field. */
export function idsWrittenOtherwise(interactions: readonly LoadReport['files'][number][], staffIds: ReadonlyMap<string, number>): string[] {
  const unknown = interactions.flatMap((file) => file.skipped).filter((entry) => entry.reason === 'unknown-person').flatMap((entry) => entry.examples ?? []);
  if (unknown.length === 0) return [];
  // Staff ids without their leading zeros, made only when an unknown id of digits is looked up.
  let unpadded: Set<string> | undefined;
  const padded = (id: string) => {
    if (!/^\d+$/.test(id) || staffIds.has(id)) return false;
    unpadded ??= new Set([...staffIds.keys()].map((staffId) => withoutLeadingZeros(staffId) ?? staffId));
    return unpadded.has(withoutLeadingZeros(id) ?? id);
  };
  // Staff ids in lower case, made only when an unknown id with letters is looked up: ids are
  // matched case included (addresses aside), so these are warned of, never matched.
  let lowered: Set<string> | undefined;
  const otherCase = (id: string) => {
    if (id.toLowerCase() === id.toUpperCase() || staffIds.has(id)) return false;
    lowered ??= new Set([...staffIds.keys()].map((staffId) => staffId.toLowerCase()));
    return lowered.has(id.toLowerCase());
  };
  const isStaff = (id: string) => staffIds.has(id) || staffIds.has(id.toLowerCase()) || padded(id);
  // A staff id, as written or in one of the forms.
  const inForm = (id: string) => FORMS.some((form) => {
    const inner = form.unwrap(id);
    return inner !== undefined && isStaff(inner);
  });
  const staffIn = (id: string) => isStaff(id) || inForm(id);
  const found = new Set<string>();
  let grouped = false;
  for (const id of unknown) {
    // "Bob <bob@x.org>, Ann <ann@x.org>" is two people, not Ann with a name before her address.
    if (severalIds(id)?.every(staffIn)) {
      grouped = true;
      continue;
    }
    for (const form of FORMS) {
      const inner = form.unwrap(id.trim());
      if (inner !== undefined && isStaff(inner)) found.add(form.name);
    }
    if (padded(id)) found.add('leading zeros (00123 and 123)');
    if (otherCase(id)) found.add(LETTER_CASE);
  }
  // Excel's forms are mended in Excel; a case changed elsewhere, by the export that changed it.
  const excel = [...found].some((form) => form !== LETTER_CASE);
  const remedy = [
    ...(found.has(LETTER_CASE) ? ['ids are matched case included, so fix the export that changed their case'] : []),
    ...(excel ? ['in Excel, format the id columns as text before exporting'] : []),
  ].join('; ');
  return [
    ...(found.size === 0 ? [] : [`some people skipped as not in the staff file are in it, written another way: ${[...found].join('; ')}: write the ids alike in both files (${remedy})`]),
    ...(grouped ? ['some rows skipped as naming people not in the staff file name several staff ids in one field ("ann@x.org; bob@x.org"): nodefinder reads one person per field, so write one row per person named (for a mail export, one row per recipient: see --recipients)'] : []),
  ];
}
