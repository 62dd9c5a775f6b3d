/**
 * A privacy note for a data-protection officer: which personal data was read, for which period,
 * what the output holds and which protections were applied. Built from the load report and the
 * released Analysis's privacy block, so it says only what happened.
 */
import type { LoadReport } from '../load/report.js';
import type { PrivacyApplied } from '../privacy/release.js';
import { counted, formatCount, joinList } from './number-format.js';

const IDENTIFYING = { name: 'names', email: 'e-mail addresses', manager: 'managers', location: 'locations', role: 'roles', team: 'teams' } as const;

/** The note as sentences; `privacy` adds what an output contains and how it was protected. */
export function privacyNote(report: LoadReport, privacy?: PrivacyApplied): string[] {
  const staff = report.files.find((file) => file.kind === 'staff');
  const fields = staff ? Object.keys(staff.columns) : [];
  const read = ['ids', ...Object.entries(IDENTIFYING).filter(([field]) => fields.includes(field)).map(([, label]) => label)];
  const others = staff?.attributes.length ? `, and the other staff columns ${staff.attributes.join(', ')}` : '';
  const period = report.period ? ` from ${report.period.first.slice(0, 10)} to ${report.period.last.slice(0, 10)}` : ' (no timestamps)';
  const note = [
    `Personal data read: ${formatCount(report.people)} people's ${joinList(read)}${others}; ` +
      `${interactionsRead(report)} between them${period}.`,
    'Where it went: it was held in memory on this machine only; nodefinder opens no network connection and writes no file unless asked to.',
  ];
  if (!privacy) return note;
  const who = privacy.pseudonymised
    ? 'a pseudonym per person (a keyed hash, HMAC-SHA-256, that only the key holder can map back to a person; names, e-mail addresses, managers and other staff columns left out)'
    : fields.includes('name')
      ? "each person's id and name"
      : "each person's id";
  const kept = privacy.keptAttributes.length > 0 ? `, the staff columns ${joinList(privacy.keptAttributes)}` : '';
  note.push(
    `This output contains ${who}${kept}, their team, their network measures and roles, team figures and suggested introductions.`,
    privacy.teamsSuppressed === 0
      ? `Minimum group size ${privacy.minGroupSize}: no team was smaller, so no team figures were withheld.`
      : `Minimum group size ${privacy.minGroupSize}: ${counted(privacy.teamsSuppressed, 'team', 'teams')} smaller than that ${privacy.teamsSuppressed === 1 ? 'has' : 'have'} no figures here, and ${counted(privacy.peopleInSuppressedTeams, 'member', 'members')} of them ${privacy.peopleInSuppressedTeams === 1 ? 'appears' : 'appear'} with no team.`,
  );
  return note;
}

/**
 * The interactions read: counted, or, with weights (which count none), the rows that held them;
 * from an adjacency matrix, its non-zero cells, as a matrix of 0s and 1s (Lazega's) holds no
 * weights and no interactions, only who is tied to whom.
 */
function interactionsRead(report: LoadReport): string {
  if (!report.summedWeights) return counted(report.interactions, 'interaction', 'interactions');
  const files = report.files.filter((file) => file.kind === 'interactions' || file.kind === 'recipients');
  const rows = files.reduce((sum, file) => sum + file.rowsUsed, 0);
  if (files.some((file) => file.unit === 'cell')) return `${counted(rows, 'non-zero cell', 'non-zero cells')} of an adjacency matrix`;
  return counted(rows, 'weighted interaction', 'weighted interactions');
}
