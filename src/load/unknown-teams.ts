/**
 * Staff rows whose team is not in the teams file. The read goes on past the first and one
 * UNKNOWN_TEAM error then gives them all, as DUPLICATE_ID does for repeated ids: how many rows,
 * and the first few teams with their lines, each with the team it was likely meant to be
 * ("Finnance Strategy" for "Finance Strategy"). Stopping at the first made a staff file with a
 * misspelt team in every department take a run per department to clean.
 */
import { InputError } from '../errors.js';
import { counted, formatCount } from '../number-text.js';
import { closestName } from '../organisation/closest-name.js';
import { EXAMPLE_LINES } from './report.js';
import type { TeamRecord } from './teams.js';

export class UnknownTeams {
  /** Each unknown team's staff lines, in the order the teams were met. */
  private readonly linesOf = new Map<string, number[]>();
  private rows = 0;

  /** `limit`: how many teams the error lists (--examples). */
  constructor(private readonly limit = EXAMPLE_LINES) {}

  /** Records that the staff row on `line` names `team`, which the teams file does not have. */
  add(team: string, line: number): void {
    this.rows++;
    const lines = this.linesOf.get(team);
    if (lines) lines.push(line);
    else this.linesOf.set(team, [line]);
  }

  /**
   * Throws UNKNOWN_TEAM, located at the first such row, if any row named an unknown team.
   * `elsewhere`: the warning that the teams file was found in another folder than the staff
   * file's, which leads the hint (the likeliest cause: another organisation's teams.csv).
   */
  throwIfAny(teams: readonly TeamRecord[], where: { staffFile: string; teamColumn: number | undefined; teamsFile: string; elsewhere: string | undefined }): void {
    const unknown = [...this.linesOf];
    if (unknown.length === 0) return;
    const meant = meantTeams(teams);
    let message: string;
    if (unknown.length === 1) {
      const [team, lines] = unknown[0];
      const rows = lines.length === 1 ? '' : ` (${formatCount(lines.length)} staff rows, from line ${lines[0]})`;
      message = `team "${team}" is not in the teams file ${where.teamsFile}${rows}${meant(team)}`;
    } else {
      const listed = unknown.slice(0, this.limit).map(([team, lines]) => `"${team}" (${lines.length === 1 ? `line ${lines[0]}` : `${formatCount(lines.length)} rows, from line ${lines[0]}`}${meant(team)})`);
      const rest = unknown.length - listed.length;
      message = `${counted(this.rows, 'staff row names', 'staff rows name')} ${formatCount(unknown.length)} teams not in the teams file ${where.teamsFile}: ${listed.join(', ')}` +
        (rest > 0 ? ` and ${formatCount(rest)} more (--examples N lists more)` : '');
    }
    const fix = unknown.length === 1 ? 'add the team to the teams file, correct the team, or leave it empty' : 'add each team to the teams file, correct it, or leave it empty';
    throw new InputError('UNKNOWN_TEAM', message, { file: where.staffFile, line: unknown[0][1][0], column: where.teamColumn },
      `${where.elsewhere ? `${where.elsewhere}; if it is, ` : ''}${fix} (--no-teams reads the teams from the staff file alone)`);
  }
}

/** What a team not in the teams file was likely meant to be, as words to add after it ('' for nothing near). */
function meantTeams(teams: readonly TeamRecord[]): (team: string) => string {
  const names = teams.flatMap((team) => [team.id, ...(team.name !== '' && team.name !== team.id ? [team.name] : [])].map((name) => ({ name, line: team.line })));
  return (team) => {
    const near = closestName(team, names.map((entry) => entry.name));
    if (near === undefined) return '';
    const { name, line } = names[near.index];
    return near.distance === 0
      ? `; the teams file has "${name}" on line ${line}, which differs only in case, spaces or punctuation`
      : `; did you mean "${name}", teams file line ${line}?`;
  };
}
