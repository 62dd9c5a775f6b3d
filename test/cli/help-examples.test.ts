/**
 * Every example in the help runs as written, in the order the commands are listed, in a folder
 * holding fixtures/sample (an example may use what an earlier one wrote), or carries a comment
 * saying what it needs and then fails only for want of that file. The examples are read from the
 * built CLI's --help, so the test follows edits to them.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');

interface Example {
  readonly help: string;
  readonly command: string;
  readonly comment: string | undefined;
}

/** The indented lines under "Examples:" up to the next blank line, a line ending in \ joined to the next. */
function examplesOf(help: string, helpText: string): Example[] {
  const block = /\nExamples:\n((?: {2}.*\n?)+)/.exec(helpText)?.[1] ?? '';
  return block
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [command, comment] = line.trim().split(/\s+#\s+/);
      return { help, command: command!, comment };
    });
}

/** The help texts in the order `nodefinder --help` lists the commands, the top-level one first. */
function helpTexts(): [string, string][] {
  const top = runCli(['--help']).stdout;
  const commands = [...(/\nCommands:\n((?: {2}.*\n)+)/.exec(top)?.[1] ?? '').matchAll(/^ {2}(\w+)/gm)].map((match) => match[1]!).filter((name) => name !== 'help');
  return [['nodefinder', top], ...commands.map((name): [string, string] => [name, runCli([name, '--help']).stdout])];
}

describe('the help examples', () => {
  it('run on the bundled sample, or say in a comment what they need', () => {
    const work = tempFolder({});
    mkdirSync(join(work, 'fixtures'));
    cpSync(SAMPLE, join(work, 'fixtures', 'sample'), { recursive: true });
    // `nodefinder` on the PATH is the built CLI, so that each example runs as typed, pipes included.
    const bin = join(work, '.bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'nodefinder'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
    chmodSync(join(bin, 'nodefinder'), 0o755);

    const examples = helpTexts().flatMap(([help, text]) => examplesOf(help, text));
    expect(examples.length).toBeGreaterThan(30);
    const failures: string[] = [];
    const ran = new Set<string>();
    for (const { help, command, comment } of examples) {
      // An example shown in two helps (or "# once") runs once: sample refuses a folder it wrote.
      if (ran.has(command)) continue;
      ran.add(command);
      const result = spawnSync('/bin/sh', ['-c', command], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' },
        timeout: 60_000,
      });
      const said = `${help} --help: ${command}${comment ? `   # ${comment}` : ''}\n  exit ${result.status}: ${result.stderr.trim()}`;
      if (result.status === 0) {
        // An example shows something: not an empty list, such as suggest --for someone with no introduction.
        if (/^\[\]\s*$/.test(result.stdout)) failures.push(`${said}\n  printed an empty list`);
      } else if (comment === undefined || result.status !== 3 || !result.stderr.includes('[FILE_NOT_FOUND]') || result.stderr.includes('fixtures/')) {
        // One that needs other files says so, and fails only for want of them: never for a file of
        // the bundled sample, which is here (a mistyped fixtures/ path is no file the reader lacks).
        failures.push(said);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);
});

describe('the top-level help', () => {
  it('lists every exit code the README lists', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const table = /\| exit code \| meaning \|\n\|---\|---\|\n((?:\|.*\n)+)/.exec(readme)?.[1] ?? '';
    const codes = [...table.matchAll(/^\| ([\d, ]+) \|/gm)].flatMap((match) => match[1]!.split(', '));
    expect(codes).toEqual(['0', '1', '2', '3', '4', '130', '143']);
    const line = /^Exit codes: .*$/m.exec(runCli(['--help']).stdout)?.[0] ?? '';
    expect(codes.filter((code) => !new RegExp(`\\b${code}\\b`).test(line))).toEqual([]);
  });
});
