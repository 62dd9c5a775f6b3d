/**
 * A privacy note for a data-protection officer: which personal data was read, for which period,
 * and what nodefinder did with it. Built from the load report, so it says only what happened.
 */
import type { LoadReport } from '../load/report.js';

const IDENTIFYING = { name: 'names', email: 'e-mail addresses', manager: 'managers', location: 'locations', role: 'roles', team: 'teams' } as const;

/** The note as sentences. */
export function privacyNote(report: LoadReport): string[] {
  const staff = report.files.find((file) => file.kind === 'staff');
  const fields = staff ? Object.keys(staff.columns) : [];
  const read = ['ids', ...Object.entries(IDENTIFYING).filter(([field]) => fields.includes(field)).map(([, label]) => label)];
  const others = staff?.attributes.length ? `, and the other staff columns ${staff.attributes.join(', ')}` : '';
  const period = report.period ? ` from ${report.period.first.slice(0, 10)} to ${report.period.last.slice(0, 10)}` : ' (no timestamps)';
  return [
    `Personal data read: ${report.people.toLocaleString('en-GB')} people's ${joinList(read)}${others}; ` +
      `${report.interactions.toLocaleString('en-GB')} interactions between them${period}.`,
    'Where it went: it was held in memory on this machine only; nodefinder opens no network connection and writes no file unless asked to (--output).',
  ];
}

function joinList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
