/** Flags typed together that ask for what the run would not do are refused before any work. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const SMALL_ORG = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');

describe('conflicting flags', () => {
  it('--key-file without --pseudonymise is a usage error, not an output naming people', () => {
    const dir = tempFolder({ 'nodefinder.key': 'a secret key only the analyst holds' });
    const result = runCli(['report', SMALL_ORG, '--out', join(dir, 'shared.html'), '--key-file', join(dir, 'nodefinder.key')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--key-file is the key for --pseudonymise, which was not given: the output would name people — add --pseudonymise, or leave out --key-file');
    expect(() => statSync(join(dir, 'shared.html'))).toThrow();
    // A key in the config file is there for the runs that pseudonymise: no error without it.
    const configured = tempFolder({ 'nodefinder.config.json': JSON.stringify({ keyFile: join(dir, 'nodefinder.key') }) });
    expect(runCli(['analyse', SMALL_ORG, '--format', 'json', '--config', join(configured, 'nodefinder.config.json')]).status).toBe(0);
  });

  it('--samples with --betweenness exact is a usage error: the sample size would be ignored', () => {
    const result = runCli(['analyse', SMALL_ORG, '--format', 'json', '--betweenness', 'exact', '--samples', '500']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--samples sets how many people path measures are estimated from, but --betweenness exact uses every person — leave out --samples, or give --betweenness sampled');
    expect(runCli(['analyse', SMALL_ORG, '--format', 'json', '--betweenness', 'sampled', '--samples', '5']).status).toBe(0);
  });

  it('--samples that goes unused, where --betweenness auto measures a small organisation exactly or the sample holds everyone, is said on stderr', () => {
    const auto = runCli(['analyse', SMALL_ORG, '--format', 'json', '--samples', '5']);
    expect(auto.status).toBe(0);
    expect(auto.stderr).toContain('nodefinder: --samples 5 was not used: at 14 people, path measures are exact (every person a source); --betweenness sampled estimates them from a sample\n');
    const everyone = runCli(['analyse', SMALL_ORG, '--format', 'json', '--betweenness', 'sampled', '--samples', '50']);
    expect(everyone.stderr).toContain('nodefinder: --samples 50 is at least the 14 people: every person is a source, so path measures are exact\n');
    expect(runCli(['analyse', SMALL_ORG, '--format', 'json']).stderr).not.toContain('--samples');
  });
});
