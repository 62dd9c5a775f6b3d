/**
 * Warnings about the files as a whole, given once they are read: each tells what would otherwise
 * go unseen. They reach released outputs, so they name lines, not people, addresses or teams.
 */
import { dirname, resolve } from 'node:path';
import { hasInvisible } from './invisible-characters.js';
import { visibleForm } from './person-lookup.js';
import { findArc, type TieTable } from '../organisation/tie-table.js';
import type { LoadReport } from './report.js';
import type { StaffRecord } from './staff.js';
import type { TeamRecord } from './teams.js';
import { formatCount } from '../number-text.js';

/**
 * A mail export names people by address; a staff file with an e-mail column finds them only when
 * its ids are read from that column, which nothing else would tell the user.
 */
export function addressesForIds(staff: LoadReport['files'][number], interactions: readonly LoadReport['files'][number][]): string[] {
  const unknown = interactions.flatMap((file) => file.skipped).filter((entry) => entry.reason === 'unknown-person');
  const byAddress = unknown.some((entry) => entry.examples?.some((example) => example.includes('@')));
  const emailColumn = staff.columns.email;
  if (!byAddress || emailColumn === undefined) return [];
  const rows = unknown.reduce((sum, entry) => sum + entry.count, 0);
  // No address is quoted: warnings reach pseudonymised outputs, which hold no one's address.
  return [`${formatCount(rows)} interaction ${rows === 1 ? 'row names' : 'rows name'} someone not in the staff file, some by e-mail address: if the staff file's ids are not addresses, read them from its e-mail column with --columns "staff.id=${emailColumn}"`];
}

/**
 * DIR/teams.csv, read by default, when the staff file was named in another folder: the current
 * folder's teams.csv (written there by an earlier export, say) gave an organisation another's
 * teams without a word. Given whenever the two folders differ: whose teams they are cannot be told.
 */
export function teamsApartFromStaff(dir: string, staffFile: string | undefined): string[] {
  if (staffFile === undefined || resolve(dirname(staffFile)) === resolve(dir)) return [];
  const where = resolve(dir) === process.cwd() ? 'the current folder' : 'the data folder';
  return [`the teams were read from teams.csv in ${where}, not from the staff file's folder: if that teams file is not this organisation's, name the right one with --teams FILE, or take the teams from the staff file with --no-teams`];
}

/**
 * A teams file exported from a hierarchy (directorate > service > team) gives some teams another
 * team as parent. nodefinder reads one level above teams, so that parent becomes a department of
 * its own name, and the department figures split the hierarchy without a word: say so.
 */
export function parentsThatAreTeams(teams: readonly TeamRecord[]): string[] {
  const ids = new Set(teams.map((team) => team.id));
  const nested = teams.filter((team) => team.parent !== '' && ids.has(team.parent));
  if (nested.length === 0) return [];
  // Lines, not ids: warnings reach released outputs, which name no team below the minimum size.
  const lines = nested.slice(0, 5).map((team) => team.line).join(', ');
  return [`${nested.length === 1 ? '1 team has' : `${formatCount(nested.length)} teams have`} another team as parent (teams file line${nested.length === 1 ? '' : 's'} ${lines}${nested.length > 5 ? ', …' : ''}): nodefinder reads one level of departments above teams, so each such parent is read as a department of that name; give each team its department as parent for department figures that follow the hierarchy`];
}

/**
 * Staff ids that differ only as the interactions reader forgives (an address's letter case, how
 * an accent is encoded, invisible characters): an interaction naming either in a third form
 * matches neither (see person-lookup.ts textFinder), and would be skipped as naming someone
 * unknown without this word.
 */
export function idsAlike(staff: readonly StaffRecord[]): string[] {
  // Plain ASCII ids are their own form, and alike only with an id holding invisible characters.
  const invisible = staff.some((person) => hasInvisible(person.id));
  const firstLine = new Map<string, StaffRecord>();
  const pairs: string[] = [];
  for (const person of staff) {
    if (!invisible && !/[^\x00-\x7f]|@/.test(person.id)) continue;
    const shown = visibleForm(person.id);
    const key = person.id.includes('@') ? shown.toLowerCase() : shown;
    const earlier = firstLine.get(key);
    // Lines, not ids: warnings reach pseudonymised outputs, which hold no one's address.
    if (earlier) pairs.push(`lines ${earlier.line} and ${person.line}`);
    else firstLine.set(key, person);
  }
  if (pairs.length === 0) return [];
  return [`${pairs.length === 1 ? 'two staff ids differ' : `${formatCount(pairs.length)} pairs of staff ids differ`} only in letter case, in how an accent is encoded or by invisible characters (${pairs.slice(0, 3).join('; ')}${pairs.length > 3 ? '; …' : ''} of the staff file): an interaction naming one of them in another form matches neither; if they are one person, merge the rows`];
}

/** A letter in lower case and one in upper case, in any script. */
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * Staff ids other than addresses that differ only in letter case (P005510 and p005510): the
 * interactions name each exactly, so they are read as two people, though they are more likely one
 * person's row from two systems; and an interaction naming them in a third case matches neither.
 * {@link idsAlike} leaves them out, since its forms are ones the interactions reader forgives.
 */
export function idsAlikeButForCase(staff: readonly StaffRecord[]): string[] {
  // Ids all in one case (P005510, ann.smith) cannot pair: two scans, no map, even at 100,000 staff.
  if (!staff.some((person) => LOWER.test(person.id)) || !staff.some((person) => UPPER.test(person.id))) return [];
  const firstLine = new Map<string, StaffRecord>();
  const pairs: string[] = [];
  for (const person of staff) {
    // An address in another case is the same person to the reader: idsAlike's.
    if (person.id.includes('@')) continue;
    const shown = visibleForm(person.id);
    const key = shown.toLowerCase();
    const earlier = firstLine.get(key);
    if (earlier === undefined) firstLine.set(key, person);
    // Lines, not ids: warnings reach pseudonymised outputs. Ids alike but for their encoding are idsAlike's.
    else if (visibleForm(earlier.id) !== shown) pairs.push(`lines ${earlier.line} and ${person.line}`);
  }
  if (pairs.length === 0) return [];
  return [`${pairs.length === 1 ? 'two staff ids differ' : `${formatCount(pairs.length)} pairs of staff ids differ`} only in letter case (${pairs.slice(0, 3).join('; ')}${pairs.length > 3 ? '; …' : ''} of the staff file): ids other than addresses are matched case included, so they are read as two people, and an interaction naming them in a third case matches neither; if they are one person, merge the rows`];
}

/**
 * A warning for each --channel that no row had, naming the channels the file does have: those
 * kept, those of the rows skipped for another channel and those of the rows left outside the time
 * window (their examples). A --channel whose rows were all left outside the window is told so, not
 * called absent. Made from the load report alone, so that a pseudonymised release can find these
 * warnings and name fewer channels (privacy/release.ts).
 */
export function unmatchedChannels(wanted: readonly string[] | null | undefined, kept: readonly string[], report: LoadReport['files'][number]): string[] {
  const others = skippedChannels(report, 'other-channel');
  const outside = skippedChannels(report, 'outside-window');
  const named = [...new Set([...kept, ...others.channels, ...outside.channels])];
  return channelsNotMatched(wanted, kept, named, others.more || outside.more, outside.channels);
}

/**
 * The channels of the rows skipped for `reason` that the report names (their examples), and
 * whether there may be more: every example kept (as many as lines kept) of more rows than that.
 */
export function skippedChannels(report: LoadReport['files'][number], reason: 'other-channel' | 'outside-window'): { channels: readonly string[]; more: boolean } {
  const skipped = report.skipped.find((entry) => entry.reason === reason);
  const channels = skipped?.examples ?? [];
  return { channels, more: skipped !== undefined && skipped.count > skipped.lines.length && channels.length === skipped.lines.length };
}

/**
 * The warnings of {@link unmatchedChannels} naming only `named` of the file's channels, with "…"
 * when it has `more`; `outside`: the channels of rows left outside the time window.
 */
export function channelsNotMatched(wanted: readonly string[] | null | undefined, kept: readonly string[], named: readonly string[], more: boolean, outside: readonly string[]): string[] {
  const listed = named.map((channel) => JSON.stringify(channel));
  const seen = listed.length === 0 ? (more ? 'other channels' : '') : [...listed, ...(more ? ['…'] : [])].join(', ');
  return (wanted ?? []).filter((channel) => !kept.includes(channel)).map((channel) => {
    // Rows of --channel are kept or not by their time after their channel: these are the channel's rows.
    if (outside.includes(channel)) return `--channel ${JSON.stringify(channel)} matched no interaction: its rows are all outside the time window`;
    // Matching is exact, so "Email" keeps no "email" row: the one it differs from only in case is named.
    const otherCase = named.find((other) => other.toLowerCase() === channel.toLowerCase());
    return `--channel ${JSON.stringify(channel)} matched no interaction${seen === '' ? '' : `; the file has ${seen}`} ` +
      `(channel names are matched exactly, case included${otherCase === undefined ? '' : `: the file's ${JSON.stringify(otherCase)} differs from it only in case`})`;
  });
}

/** Fewer arcs than this say too little of a direction to warn of. */
const UNDIRECTED_MIN_ARCS = 20;

/**
 * Interactions that carry no direction, read as directed: every pair written with the lower id
 * first (a contact list's `t i j` with i < j), or every pair both ways with the same strength (an
 * undirected network written as a symmetric matrix). In- and out-degree and the brokerage roles
 * then follow the order of the ids, not who reached whom, and a symmetric file counts each tie
 * twice. --undirected reads them so; an edge list's every row is an interaction then too, so one
 * written both ways must lose one of its directions first. Stops at the first arc that shows a
 * direction, so directed data costs a few comparisons.
 */
export function undirectedInput(arcs: TieTable, people: readonly { readonly id: string }[], matrix: boolean): string[] {
  if (arcs.length < UNDIRECTED_MIN_ARCS) return [];
  let up = 0;
  let down = 0;
  for (let i = 0; i < arcs.length && (up === 0 || down === 0); i++) {
    if (idOrder(people[arcs.source[i]].id, people[arcs.target[i]].id) < 0) up++;
    else down++;
  }
  if (up === 0 || down === 0) {
    return [`every interaction runs from the lower id to the higher (${formatCount(arcs.length)} pairs, none the other way): the file looks undirected, as contact and meeting lists are, ` +
      'so in- and out-degree and the brokerage roles follow the order of the ids, not who reached out to whom; read it with --undirected to count each tie both ways'];
  }
  return bothWaysInput(arcs, matrix ? 'matrix' : 'edges');
}

/**
 * Every pair written both ways with the same strength: a symmetric matrix, or an edge list with
 * each pair in both orders. Read as directed (`'matrix'`, `'edges'`), each tie counts twice;
 * read with --undirected (`'undirected edges'`, checked on the arcs as written) an edge list
 * still does, since each row is an interaction, and the flag the warning suggests must not
 * silence it. A matrix read so is taken once (symmetric-matrix.ts): no warning.
 */
export function bothWaysInput(arcs: TieTable, read: 'matrix' | 'edges' | 'undirected edges'): string[] {
  if (arcs.length < UNDIRECTED_MIN_ARCS) return [];
  for (let i = 0; i < arcs.length; i++) {
    const reverse = findArc(arcs, arcs.target[i], arcs.source[i]);
    if (reverse < 0 || arcs.strength[reverse] !== arcs.strength[i]) return [];
  }
  const written = `every pair interacted both ways equally (${formatCount(arcs.length / 2)} pairs): the file looks like an undirected network written both ways`;
  const twice = 'so each tie\'s strength counts it twice';
  if (read === 'undirected edges') {
    return [`${written} (each pair in both orders), and --undirected reads each row as one interaction, ${twice}; keep one order of each pair in the file`];
  }
  return [read === 'matrix'
    ? `${written} (a symmetric matrix), ${twice} and the directed figures (in- and out-degree, brokerage roles) add nothing; read it with --undirected to take each tie once`
    : `${written} (each pair in both orders), ${twice} and the directed figures (in- and out-degree, brokerage roles) add nothing; --undirected reads each row as one interaction, so keep one order of each pair in the file and read it with --undirected`];
}

/** Ids in order: as numbers when both are digits only (2 before 10), else as text. */
function idOrder(a: string, b: string): number {
  if (DIGITS.test(a) && DIGITS.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

const DIGITS = /^\d{1,15}$/;
