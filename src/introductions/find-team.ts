/**
 * The team that `forTeam` (`--team` on the command line) names: by id, else by name, else as
 * typed loosely — ignoring case, accents, punctuation and spaces, or by the name a team split by
 * department was found under ("Business Support" for "Business Support (Adults)"). A name that
 * fits several teams names none: the user is given their ids rather than one picked for them.
 */
import { UsageError } from '../errors.js';
import { closestName, looseKey } from '../organisation/closest-name.js';
import { nameBeforeDepartment } from '../organisation/department-team-names.js';
import type { Team } from '../organisation/organisation.js';

export function findTeam(teams: readonly Team[], wanted: string): Team {
  const byId = teams.find((team) => team.id === wanted);
  if (byId) return byId;
  const named = teams.filter((team) => team.name === wanted);
  if (named.length === 1) return named[0];
  if (named.length > 1) throw severalTeams(`"${wanted}" is the name of ${named.length} teams`, named);
  const key = looseKey(wanted);
  const near = key === '' ? [] : teams.filter((team) => [team.id, team.name, nameBeforeDepartment(team)].some((name) => name !== undefined && looseKey(name) === key));
  if (near.length === 1) return near[0];
  if (near.length > 1) throw severalTeams(`"${wanted}" could be any of ${near.length} teams`, near);
  // A misspelling ("Finnance Strategy") is answered as the same one in a staff file is (assign-teams.ts).
  const names = teams.map((team) => team.name || team.id);
  const misspelt = closestName(wanted, names);
  const meant = misspelt === undefined ? '' : `did you mean "${names[misspelt.index]}" (${teams[misspelt.index].id})? Otherwise `;
  // The teams may come from a teams file or from the staff file's team column: the teams table lists them either way.
  throw new UsageError(`introductions: no team with id or name "${wanted}"`, `${meant}give a team id or name as \`analyse --format csv --table teams\` lists them (--team on the command line)`);
}

function severalTeams(what: string, teams: readonly Team[]): UsageError {
  return new UsageError(`introductions: ${what}: ${teams.map((team) => `"${team.id}"`).join(', ')}`, 'give the id of the one you mean (--team on the command line)');
}
