/** Option objects from a library caller: a mistyped name would otherwise be ignored without a word. */
import { UsageError } from './errors.js';

/** Throws UsageError unless `options` is an object of options, and naming those of its options that are not in `known`. */
export function refuseUnknownOptions(where: string, options: unknown, known: readonly string[]): asserts options is object {
  // null, a list or a value would otherwise fail as a TypeError from inside, or be read as no options.
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new UsageError(`${where}: the options must be an object of names and values, not ${JSON.stringify(options) ?? String(options)}`, 'give {} for the defaults');
  }
  const unknown = Object.keys(options).filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new UsageError(`${where}: unknown option ${unknown.map((name) => `"${name}"`).join(', ')}`, `the options are ${known.join(', ')}`);
}

/** Throws UsageError unless `value`, when given, is a whole number from `least` (to `most`). */
export function refuseUnlessWholeNumber(where: string, name: string, value: unknown, least: number, most?: number): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= least && (most === undefined || (value as number) <= most))) {
    throw new UsageError(`${where}: ${name} must be a whole number ${most === undefined ? `of at least ${least}` : `from ${least} to ${most}`}, not ${String(value)}`);
  }
}

/** `defaults` with the options given; an option given as undefined takes its default, as one left out does. */
export function withDefaults<T extends object>(defaults: T, options: Partial<T>): T {
  return { ...defaults, ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) };
}
