/**
 * The small organisation with staff columns named as built-in export columns are: an HR
 * `department` (kept as an attribute, since teams.csv gives the departments), an education
 * `degree` and a `label`. Kept with --keep-attributes, they must not shadow the built-ins.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from '../helpers/temp-files.js';

const SMALL_ORG = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');

/** The arguments that keep the clashing columns. */
export const KEEP_CLASHING = ['--keep-attributes', 'department,degree,label', '--min-group-size', '2'];

/** A folder with the small organisation, its staff file given department, degree and label columns (Ann, P01: HR T1, BSc, Ms P01). */
export function clashingColumnsOrganisation(): string {
  const lines = readFileSync(join(SMALL_ORG, 'staff.csv'), 'utf8').trimEnd().split('\n');
  const staff = [`${lines[0]},department,degree,label`, ...lines.slice(1).map((line) => `${line},HR ${line.split(',')[2]},BSc,Ms ${line.split(',')[0]}`)];
  return tempFolder({
    'staff.csv': `${staff.join('\n')}\n`,
    'teams.csv': readFileSync(join(SMALL_ORG, 'teams.csv')),
    'interactions.csv': readFileSync(join(SMALL_ORG, 'interactions.csv')),
  });
}
