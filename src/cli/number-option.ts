/**
 * An option that takes a number, with a default. Commander prints a string default quoted
 * (`default: "1000"`), which reads as if the flag took text; the value stays text (for
 * wholeNumberFlag to check, as it checks what was typed) and only the help shows it as a number.
 */
import { Option } from 'commander';

export function numberOption(flags: string, description: string, value: number): Option {
  return new Option(flags, description).default(String(value), String(value));
}
