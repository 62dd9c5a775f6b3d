/**
 * Ctrl-C and kill stop nodefinder at once, also in the middle of an analysis (which runs without a
 * break in which a JavaScript handler could run: a handler kept for the whole run made them wait
 * for the analysis to end), and the process ends by the signal, so a shell script stops too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';
import { nodefinderCommand, openTerminal, quote } from '../helpers/terminal.js';

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

describe('nodefinder sample interrupted while it generates', () => {
  it('leaves Ctrl-C and kill to end it at once until it has made something to remove', () => {
    // Generating 21,000 people takes half a second or more without a break in which a handler
    // could run: held from the start, the signals waited for it. Told when a handler is added.
    const watch = join(tempFolder({ 'watch.mjs': `import { existsSync } from 'node:fs';
      process.on('newListener', (event) => {
        if (event === 'SIGINT' || event === 'SIGTERM') process.stderr.write(\`\${event} held, folder made: \${existsSync(process.env.SAMPLE_FOLDER)}\\n\`);
      });` }), 'watch.mjs');
    const out = join(tempFolder({}), 'org');
    const result = spawnSync(process.execPath, ['--import', pathToFileURL(watch).href, BIN, 'sample', '--out', out, '--staff', '300'],
      { encoding: 'utf8', env: { ...process.env, SAMPLE_FOLDER: out } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('SIGINT held, folder made: true\nSIGTERM held, folder made: true\n');
  });
});

describe('nodefinder interrupted while it loads, at a terminal (tmux)', () => {
  const work = tempFolder({});
  const data = join(work, 'org');
  const terminal = openTerminal(work);
  afterAll(() => terminal.close());
  beforeAll(() => {
    // 21,000 people: a load long enough to be interrupted while its progress line is drawn.
    expect(runCli(['sample', '--out', data, '--staff', '21000', '--seed', '1']).status).toBe(0);
  }, 60_000);

  it('clears the progress line before it ends', async () => {
    const session = terminal.start('load', 100, 10, `${nodefinderCommand(`analyse ${quote(data)} --format json --threads 1`)} > out.json`);
    const deadline = Date.now() + 30_000;
    while (!terminal.screen(session).includes('reading ') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    terminal.keys(session, 'C-c');
    // The shell running it ends by the signal too, so the pane dies without "[exited …]".
    while (terminal.display(session, '#{pane_dead}') !== '1' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(terminal.display(session, '#{pane_dead}')).toBe('1');
    // Interrupted, not finished: no analysis was written.
    expect(readFileSync(join(work, 'out.json'), 'utf8')).toBe('');
    // Nothing is left on the terminal (but tmux's own "Pane is dead" note, which it adds only at times).
    expect(terminal.history(session).replace(/^Pane is dead \(signal 2, .*\)$/m, '').trim()).toBe('');
  }, 60_000);
});
