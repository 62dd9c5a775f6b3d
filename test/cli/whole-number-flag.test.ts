/** Number flags: whole numbers (--seed among them) in decimal digits only, and a seed the generator's 32 bits hold; decimals in plain digits. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { decimalFlagValue } from '../../src/cli/decimal-flag.js';
import { parseThresholds } from '../../src/cli/threshold-flags.js';
import { threadsFlag } from '../../src/cli/threads-flag.js';
import { wholeNumberFlag } from '../../src/cli/whole-number-flag.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');

describe('wholeNumberFlag', () => {
  it('takes decimal digits only: not an exponent, a hexadecimal number, a sign, spaces or nothing', () => {
    expect(wholeNumberFlag('--seed', '0', 0)).toBe(0);
    expect(wholeNumberFlag('--seed', '007', 0)).toBe(7);
    for (const text of ['1e3', '0x10', '0b1', '+5', '-1', ' 7', '1.0', '', '2.5']) {
      expect(() => wholeNumberFlag('--seed', text, 0), text).toThrow(new UsageError(`--seed: "${text}" is not a whole number of at least 0`));
    }
    expect(() => wholeNumberFlag('--seed', '4294967296', 0, 4_294_967_295)).toThrow(new UsageError('--seed: 4294967296 is more than 4,294,967,295'));
  });
});

describe('decimal flags (--min-interactions, --thresholds)', () => {
  it('take plain decimals, not hexadecimal, binary, exponents or nothing', () => {
    expect([decimalFlagValue('3'), decimalFlagValue('0.5'), decimalFlagValue('-0.7'), decimalFlagValue('.25'), decimalFlagValue('2.')]).toEqual([3, 0.5, -0.7, 0.25, 2]);
    for (const text of ['0x10', '0b11', '0o7', '1e3', '', ' ', 'Infinity', '1,5', '--1']) expect(decimalFlagValue(text), text).toBeNaN();
    expect(() => parseThresholds(['connectorPercentile=0x60'])).toThrow('--thresholds: "connectorPercentile=0x60" is not NAME=NUMBER');
    expect(parseThresholds(['siloEiIndex=-0.7'])).toEqual({ roles: {}, silos: { siloEiIndex: -0.7 } });
    const result = runCli(['validate', FIXTURE, '--min-interactions', '0x10']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--min-interactions: "0x10" is not a number of 0 or more');
  });
});

describe('threadsFlag', () => {
  it('takes auto or decimal digits, as wholeNumberFlag does', () => {
    expect(threadsFlag('auto')).toBe('auto');
    expect(threadsFlag('2')).toBe(2);
    for (const text of ['0x2', '1e1', '', '0', ' 2']) expect(() => threadsFlag(text), text).toThrow(UsageError);
  });
});

describe('--seed', () => {
  it('is refused beyond 4294967295, where it would give the results of a smaller seed and record the larger', () => {
    for (const seed of ['4294967296', '1e3', '0x10']) {
      const result = runCli(['analyse', FIXTURE, '--format', 'json', '--seed', seed]);
      expect(result.status, seed).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`--seed: ${seed === '4294967296' ? '4294967296 is more than 4,294,967,295' : `"${seed}" is not a whole number of at least 0`}`);
    }
    expect(JSON.parse(runCli(['analyse', FIXTURE, '--format', 'json', '--seed', '4294967295']).stdout).options.seed).toBe(4_294_967_295);
  });

  it('is held to the same range by sample and in a config file', () => {
    const sample = runCli(['sample', '--seed', '4294967296', '--out', join(tempFolder({}), 'org')]);
    expect(sample.status).toBe(2);
    expect(sample.stderr).toContain('--seed: 4294967296 is more than 4,294,967,295');
    const config = runCli(['analyse', tempFolder({ 'nodefinder.config.json': '{ "seed": "0x10" }' }), '--staff', join(FIXTURE, 'staff.csv'),
      '--interactions', join(FIXTURE, 'interactions.csv'), '--no-teams', '--format', 'json']);
    expect(config.status).toBe(3);
    expect(config.stderr).toContain('"seed": "0x10" is not a whole number of at least 0 [BAD_CONFIG]');
  });
});
