/** Parsing of flags that take a whole number. */
import { UsageError } from '../errors.js';
import { formatCount } from '../present/number-format.js';

/**
 * A whole number from `min` to `max` written in decimal digits, or a usage error naming the flag.
 * Number() alone would take "1e3", "0x10" and "" (as 0), which no one means by a count or a seed.
 */
export function wholeNumberFlag(flag: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min) throw new UsageError(`${flag}: "${text}" is not a whole number of at least ${min}`);
  if (value > max) throw new UsageError(`${flag}: ${text} is more than ${formatCount(max)}`);
  return value;
}
