/** The dashboard opens only for a person at a terminal. */
import { describe, expect, it } from 'vitest';
import { isInteractive } from '../../src/ui/is-interactive.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('isInteractive', () => {
  it('is true at a terminal with no output flags, outside CI', () => {
    expect(isInteractive(tty, { TERM: 'xterm-256color' }, {})).toBe(true);
    expect(isInteractive(tty, {}, {}, tty)).toBe(true);
  });
  it('is false when standard output is a pipe or a file', () => {
    expect(isInteractive(pipe, {}, {})).toBe(false);
    expect(isInteractive({}, {}, {})).toBe(false);
  });
  it('is false when standard input is not a terminal (keys could not be read)', () => {
    expect(isInteractive(tty, {}, {}, pipe)).toBe(false);
  });
  it('is false when --format or --output was given, even --format text', () => {
    expect(isInteractive(tty, {}, { format: 'text' })).toBe(false);
    expect(isInteractive(tty, {}, { format: 'json' })).toBe(false);
    expect(isInteractive(tty, {}, { output: 'out.txt' })).toBe(false);
  });
  it('is false in CI as Ink judges it: CI or CONTINUOUS_INTEGRATION set to anything but 0 or false', () => {
    expect(isInteractive(tty, { CI: 'true' }, {})).toBe(false);
    expect(isInteractive(tty, { CI: '1' }, {})).toBe(false);
    expect(isInteractive(tty, { CI: '' }, {})).toBe(false);
    expect(isInteractive(tty, { CONTINUOUS_INTEGRATION: 'yes' }, {})).toBe(false);
    expect(isInteractive(tty, { CI: 'false' }, {})).toBe(true);
    expect(isInteractive(tty, { CI: '0' }, {})).toBe(true);
  });
  it('is false on a dumb terminal, which cannot redraw', () => {
    expect(isInteractive(tty, { TERM: 'dumb' }, {})).toBe(false);
  });
});
