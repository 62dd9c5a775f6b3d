/** Parsing of flags that take a whole number. */
import { UsageError } from '../errors.js';

/** A whole number of at least `min`, or a usage error naming the flag. */
export function wholeNumberFlag(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) throw new UsageError(`${flag}: "${text}" is not a whole number of at least ${min}`);
  return value;
}
