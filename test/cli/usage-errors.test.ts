/** Mistyped commands and options: one message in nodefinder's form, exit 2, and a suggestion where there is one. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('usage errors commander finds', () => {
  it('say "nodefinder:" like every other message, for an unknown option or a value not among the choices', () => {
    const option = runCli(['analyse', '--foo']);
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/^nodefinder: unknown option '--foo'\n/);
    const format = runCli(['analyse', '--format', 'xml']);
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/^nodefinder: option '--format <format>' argument 'xml' is invalid\. Allowed choices are text, json, csv, markdown\.\n/);
  });

  it('name an unknown command after help as unknown, with the suggestion the command alone gets', () => {
    for (const args of [['help', 'analys'], ['analys']]) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(/^nodefinder: unknown command 'analys'\n\(Did you mean analyse\?\)\n/);
    }
    const help = runCli(['help', 'analyse']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: nodefinder analyse/);
  });
});
