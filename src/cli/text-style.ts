/**
 * The text style of commands that print to a terminal: bold headings, yellow warnings, dim notes,
 * with NO_COLOR and FORCE_COLOR honoured; plain when writing to a file.
 */
import chalk, { Chalk } from 'chalk';
import type { TextStyle } from '../present/load-report-text.js';
import { colourLevel } from '../ui/colour-level.js';
import { STANDARD_OUTPUT } from './out-file.js';

/** The style for standard output (no --output, or `-`), or undefined (plain) when `output` names a file. */
export function terminalTextStyle(output: string | undefined): TextStyle | undefined {
  if (output !== undefined && output !== STANDARD_OUTPUT) return undefined;
  const colour = new Chalk({ level: colourLevel(process.env, chalk.level) });
  return { heading: colour.bold, warning: colour.yellow, dim: colour.dim };
}
