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

  const outFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'nodefinder-net-')), name);
  it.each<[string, string[]]>([
    ['validate', ['validate', SAMPLE, '--format', 'json']],
    ['analyse', ['analyse', SAMPLE, '--format', 'json']],
    ['suggest', ['suggest', SAMPLE, '--format', 'csv']],
    ...['report.html', 'report.md'].map((name): [string, string[]] => [`report ${name}`, ['report', SAMPLE, '--out', outFile(name)]]),
    ...['network.gexf', 'network.graphml', 'people.csv', 'analysis.json'].map((name): [string, string[]] => [`export ${name}`, ['export', SAMPLE, '--out', outFile(name)]]),
    ['compare', ['compare', SAMPLE, '--before', '2026-01-01..2026-03-31', '--after', '2026-04-01..2026-06-30', '--format', 'html']],
    ['analyse, pseudonymised', ['analyse', SAMPLE, '--format', 'markdown', '--pseudonymise']],
    ['sample', ['sample', '--staff', '200', '--out', outFile('org')]],
  ])('%s runs to the end with every network call denied', (_name, args) => {
    const result = runCli(args, { ...DENY, NODEFINDER_KEY: 'a key long enough for the test' });
    expect(result.stderr).not.toContain('NETWORK ATTEMPT');
    expect(result.status).toBe(0);
  });
});
