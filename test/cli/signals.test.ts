/**
 * Ctrl-C and kill stop nodefinder at once, also in the middle of an analysis (which runs without a
 * break in which a JavaScript handler could run: a handler kept for the whole run made them wait
 * for the analysis to end), and the process ends by the signal, so a shell script stops too.
 */
import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

describe('nodefinder interrupted while it measures', () => {
  const data = tempFolder({});
  beforeAll(() => {
    expect(runCli(['sample', '--out', data, '--staff', '4000', '--seed', '2']).status).toBe(0);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('ends at once by %s, not after the analysis', async (signal) => {
    // Exact betweenness at 4,000 people takes a second or more: the signal comes at its start.
    const child = spawn(process.execPath, [BIN, '-v', 'analyse', data, '--betweenness', 'exact', '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, how) => resolve(how)));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('betweenness, closeness and harmonic')) resolve();
      });
      child.on('exit', () => resolve());
    });
    expect(child.exitCode, 'the analysis ended before it could be interrupted').toBeNull();
    child.kill(signal);
    expect(await ended).toBe(signal);
    // No stage after the one interrupted began, and nothing was written.
    expect(stderr).not.toContain('PageRank');
    expect(stdout).toBe('');
  }, 60_000);
});
