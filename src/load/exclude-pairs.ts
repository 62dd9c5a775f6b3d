/**
 * Reads an `--exclude` file: a header row, then pairs of person ids in the first two columns
 * (any delimiter), already introduced or not to be suggested.
 */
import { InputError } from '../errors.js';
import { readRows } from './read-rows.js';

export async function readExcludePairs(file: string): Promise<[string, string][]> {
  const pairs: [string, string][] = [];
  let header = true;
  await readRows(file, (fields, line) => {
    if (header) {
      header = false;
      return;
    }
    const [a = '', b = ''] = fields.map((field) => field.trim());
    if (a === '' || b === '') {
      throw new InputError('MISSING_COLUMN', 'an exclude row needs two person ids', { file, line }, 'write a header row, then one pair per row: ID,ID');
    }
    pairs.push([a, b]);
  }).catch((error: unknown) => {
    if (error instanceof InputError && error.code === 'FILE_NOT_FOUND') throw new InputError('FILE_NOT_FOUND', error.message, { file }, 'check the path given with --exclude');
    throw error;
  });
  return pairs;
}
