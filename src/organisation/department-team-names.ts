/**
 * How a team name found in several departments is told apart when the teams come from the staff
 * file alone: one team per department, named "Business Support (Adults)", whose parent is the
 * department. Kept in one place so that what the loader writes, `--team` can read back.
 */

/** The department for people with a split team name but no department. */
const NO_DEPARTMENT = 'no department';

/** The name of the team `name` in `department` ('' for none), when the name is split by department. */
export function nameInDepartment(name: string, department: string): string {
  return `${name} (${department || NO_DEPARTMENT})`;
}

/** The name a team split by department was found under ("Business Support"), or undefined when its name is not of that form. */
export function nameBeforeDepartment(team: { readonly name: string; readonly parent: string }): string | undefined {
  const suffix = ` (${team.parent || NO_DEPARTMENT})`;
  return team.name.endsWith(suffix) && team.name.length > suffix.length ? team.name.slice(0, -suffix.length) : undefined;
}
