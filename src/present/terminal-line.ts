/**
 * Text from outside the program (a folder's name, a config file's value, a message quoting one)
 * as one line for the terminal: an escape code in it would retitle or clear the terminal, and a
 * line break would start a line that passes for one of nodefinder's own. Data values are read so
 * already (load/printable.ts); paths and config values are not data, so they are made so here.
 */
import { printable } from '../load/printable.js';
import { oneLine } from './one-line.js';

/** `text` with control characters as visible stand-ins and line breaks as spaces. */
export function terminalLine(text: string): string {
  return oneLine(printable(text));
}
