/** Every flag, short flag and alias the commands take is in the README, so no spelling goes undocumented. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program.js';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

/** Whether the README names `text` as a whole word: `--out` in "`--out FILE`", not in "--output". */
function named(text: string): boolean {
  return new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(README);
}

describe('the README', () => {
  const program = createProgram();
  const commands = [program, ...program.commands];

  it('names every long flag of every command, and every command\'s aliases', () => {
    const missing = commands.flatMap((command) => [
      ...command.options.filter((option) => option.long && !named(option.long)).map((option) => `${command.name()} ${option.long}`),
      ...command.aliases().filter((alias) => !named(alias)).map((alias) => `${command.name()} alias ${alias}`),
    ]);
    expect(missing).toEqual([]);
  });

  it('gives every short flag beside its long one, as --help does (-o is --output on some commands, --out on others)', () => {
    const missing = commands.flatMap((command) =>
      command.options.filter((option) => option.short && !named(`${option.short}, ${option.long}`)).map((option) => `${command.name()} ${option.short}, ${option.long}`));
    expect(missing).toEqual([]);
  });
});
