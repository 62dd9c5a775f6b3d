/** Parsing of --threads: `auto` (one per core) or a whole number. */
import type { ThreadCount } from '../measures/path-workers.js';
import { UsageError } from '../errors.js';

export function threadsFlag(text: string): ThreadCount {
  if (text === 'auto') return 'auto';
  // Digits only, as wholeNumberFlag reads them: Number() would take "0x2" and "1e1".
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1) throw new UsageError(`--threads: "${text}" is not auto or a whole number of at least 1`, 'give auto for one thread per core, or a number such as 2');
  return value;
}
