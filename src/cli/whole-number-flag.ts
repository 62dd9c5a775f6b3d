/** Parsing of flags that take a whole number. */
import { UsageError } from '../errors.js';

/** A whole number from `min` to `max`, or a usage error naming the flag. */
export function wholeNumberFlag(flag: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) throw new UsageError(`${flag}: "${text}" is not a whole number of at least ${min}`);
  if (value > max) throw new UsageError(`${flag}: ${text} is more than ${max.toLocaleString('en-GB')}`);
  return value;
}
