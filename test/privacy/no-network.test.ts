/** Personal data stays on the machine: no command opens a network connection. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'sample');
const DENY = { NODE_OPTIONS: `--import ${join(import.meta.dirname, 'deny-network.mjs')}` };

describe('no network', () => {
  it('the guard trips on a connection attempt (so a pass below means something)', () => {
    const probe = spawnSync(process.execPath, ['--input-type=module', '-e', "import net from 'node:net'; net.connect(9, '127.0.0.1');"], {
      encoding: 'utf8',
      env: { ...process.env, ...DENY },
    });
    expect(probe.status).toBe(99);
    expect(probe.stderr).toContain('NETWORK ATTEMPT: net.connect');
  });

  it.each([
    ['validate', ['validate', SAMPLE, '--format', 'json']],
    ['analyse', ['analyse', SAMPLE, '--format', 'json']],
    ['suggest', ['suggest', SAMPLE, '--format', 'csv']],
    ['sample', ['sample', '--staff', '200', '--out', mkdtempSync(join(tmpdir(), 'nodefinder-net-'))]],
  ])('%s runs to the end with every network call denied', (_name, args) => {
    const result = runCli(args, DENY);
    expect(result.stderr).not.toContain('NETWORK ATTEMPT');
    expect(result.status).toBe(0);
  });
});
