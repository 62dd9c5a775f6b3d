/** The progress line draws only on a terminal, and never in CI or with --quiet. */
import { describe, expect, it, vi } from 'vitest';
import { terminalProgress } from '../../src/cli/progress.js';
import { SMALL_ORG } from '../present/released.js';
import { runCli } from '../helpers/run-cli.js';

function fakeStream(isTTY: boolean, columns?: number) {
  const writes: string[] = [];
  return { stream: { isTTY, columns, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream, writes };
}

describe('terminalProgress', () => {
  it('draws the stage on a terminal, then clears the line', () => {
    const { stream, writes } = fakeStream(true);
    const progress = terminalProgress(false, stream, {});
    progress.onProgress!({ stage: 'staff', rows: 0, bytesRead: 0, totalBytes: 0 });
    expect(writes.at(-1)).toBe('\r\x1b[2Kreading staff…');
    progress.onProgress!({ stage: 'network', rows: 0, bytesRead: 0, totalBytes: 0 });
    expect(writes.at(-1)).toBe('\r\x1b[2Kbuilding the network…');
    // A long measure gives no count to show: the line says how to stop it.
    progress.onStage!('betweenness, closeness and harmonic');
    expect(writes.at(-1)).toBe('\r\x1b[2Kmeasuring: betweenness, closeness and harmonic… (Ctrl+C stops)');
    progress.done();
    expect(writes.at(-1)).toBe('\r\x1b[2K');
  });
  it('names what it is loading when told, on every line until told otherwise', () => {
    const { stream, writes } = fakeStream(true);
    const progress = terminalProgress(false, stream, {});
    progress.setLabel!('normal variation, window 1 of 3 (2026-01-05..2026-02-02)');
    progress.onProgress!({ stage: 'staff', rows: 0, bytesRead: 0, totalBytes: 0 });
    expect(writes.at(-1)).toBe('\r\x1b[2Knormal variation, window 1 of 3 (2026-01-05..2026-02-02): reading staff…');
    progress.setLabel!('normal variation, window 2 of 3 (2026-02-03..2026-03-03)');
    progress.onProgress!({ stage: 'network', rows: 0, bytesRead: 0, totalBytes: 0 });
    expect(writes.at(-1)).toBe('\r\x1b[2Knormal variation, window 2 of 3 (2026-02-03..2026-03-03): building the network…');
    progress.setLabel!(null);
    progress.onStage!('degree and strength');
    expect(writes.at(-1)).toBe('\r\x1b[2Kmeasuring: degree and strength… (Ctrl+C stops)');
    progress.done();
  });
  it('shows the writing of a file after measuring, until it is done', () => {
    const { stream, writes } = fakeStream(true);
    const progress = terminalProgress(false, stream, {});
    progress.onStage!('introductions');
    progress.onWrite!('report.html');
    expect(writes.at(-1)).toBe('\r\x1b[2Kwriting report.html…');
    progress.done();
    expect(writes.at(-1)).toBe('\r\x1b[2K');
  });
  it('draws a file name or label holding escape codes and line breaks as visible text on one line', () => {
    const { stream, writes } = fakeStream(true);
    const progress = terminalProgress(false, stream, {});
    progress.setLabel!('period\x1b[2J\nB');
    progress.onWrite!('/tmp/a\x1b]0;PWNED\x07\x9b2Jb.html');
    expect(writes.at(-1)).toBe('\r\x1b[2Kperiod\u241b[2J B: writing /tmp/a\u241b]0;PWNED\u2407\uFFFD2Jb.html…');
    progress.done();
  });
  it('shows the share of a measure done, and the time left at its pace once a few per cent are done', () => {
    vi.useFakeTimers({ now: 0 });
    try {
      const { stream, writes } = fakeStream(true);
      const progress = terminalProgress(false, stream, {});
      const line = (text: string) => `\r\x1b[2Kmeasuring: betweenness, closeness and harmonic… ${text}(Ctrl+C stops)`;
      progress.onStage!('betweenness, closeness and harmonic');
      vi.setSystemTime(500);
      progress.onStage!('betweenness, closeness and harmonic', 0.02);
      expect(writes.at(-1)).toBe(line('2% '));
      // A share that comes within 100 ms of the last drawing waits for the next.
      vi.setSystemTime(550);
      progress.onStage!('betweenness, closeness and harmonic', 0.025);
      expect(writes.at(-1)).toBe(line('2% '));
      vi.setSystemTime(8_000);
      progress.onStage!('betweenness, closeness and harmonic', 0.42);
      expect(writes.at(-1)).toBe(line('42%, about 11 s left '));
      vi.setSystemTime(60_000);
      progress.onStage!('betweenness, closeness and harmonic', 0.05);
      expect(writes.at(-1)).toBe(line('5%, about 19 min left '));
      vi.setSystemTime(60_010);
      progress.onStage!('betweenness, closeness and harmonic', 1);
      expect(writes.at(-1)).toBe(line('100% '));
      // The next stage starts with no share, and the clock of the time left again.
      vi.setSystemTime(61_000);
      progress.onStage!('PageRank and eigenvector');
      expect(writes.at(-1)).toBe('\r\x1b[2Kmeasuring: PageRank and eigenvector… (Ctrl+C stops)');
      progress.done();
    } finally {
      vi.useRealTimers();
    }
  });
  it('reports interactions with rows, the share of the file and a rate', () => {
    const { stream, writes } = fakeStream(true);
    const progress = terminalProgress(false, stream, {});
    progress.onProgress!({ stage: 'interactions', rows: 65536, bytesRead: 500, totalBytes: 1000 });
    expect(writes.at(-1)).toMatch(/^\r\x1b\[2Kreading interactions: 65,536 rows \(50%\), [\d,]+ rows\/s$/);
    progress.done();
  });
  it('never lets the line wrap, which clearing could not undo: it is cut to the width of the terminal less a cell', () => {
    const { stream, writes } = fakeStream(true, 40);
    const progress = terminalProgress(false, stream, {});
    progress.onStage!('betweenness, closeness and harmonic');
    expect(writes.at(-1)).toBe('\r\x1b[2Kmeasuring: betweenness, closeness and…');
    progress.onProgress!({ stage: 'interactions', rows: 65536, bytesRead: 500, totalBytes: 1000 });
    expect(writes.at(-1)).toBe('\r\x1b[2Kreading interactions: 65,536 rows (50%…');
    progress.onProgress!({ stage: 'network', rows: 0, bytesRead: 0, totalBytes: 0 });
    expect(writes.at(-1)).toBe('\r\x1b[2Kbuilding the network…');
    progress.done();
    const wide = fakeStream(true, 120);
    const wideProgress = terminalProgress(false, wide.stream, {});
    wideProgress.onStage!('betweenness, closeness and harmonic');
    expect(wide.writes.at(-1)).toBe('\r\x1b[2Kmeasuring: betweenness, closeness and harmonic… (Ctrl+C stops)');
    wideProgress.done();
  });
  it('holds Ctrl-C and kill while a load is drawn, so that they clear the line, and lets them go when measuring starts', () => {
    const listeners = () => ['SIGINT', 'SIGTERM', 'exit'].map((event) => process.listenerCount(event));
    const [sigint, sigterm, exit] = listeners();
    const { stream, writes } = fakeStream(true);
    const progress = terminalProgress(false, stream, {});
    progress.onProgress!({ stage: 'staff', rows: 0, bytesRead: 0, totalBytes: 0 });
    progress.onProgress!({ stage: 'teams', rows: 0, bytesRead: 0, totalBytes: 0 });
    expect(listeners()).toEqual([sigint + 1, sigterm + 1, exit + 1]);
    // The measures run without a break in which a handler could run: a hold would make Ctrl-C wait for them.
    progress.onStage!('degree and strength');
    expect(listeners()).toEqual([sigint, sigterm, exit + 1]);
    progress.done();
    expect(listeners()).toEqual([sigint, sigterm, exit]);
    expect(writes.at(-1)).toBe('\r\x1b[2K');
  });
  it('clears the line when the process exits with it drawn', () => {
    const { stream, writes } = fakeStream(true);
    const progress = terminalProgress(false, stream, {});
    const before = process.listeners('exit');
    progress.onStage!('communities');
    const added = process.listeners('exit').filter((listener) => !before.includes(listener));
    expect(added).toHaveLength(1);
    (added[0] as () => void)();
    expect(writes).toEqual(['\r\x1b[2Kmeasuring: communities… (Ctrl+C stops)', '\r\x1b[2K']);
    progress.done();
    expect(writes).toHaveLength(2);
  });
  it('draws nothing when not a terminal, when quiet, in CI, or on a terminal that cannot erase a line', () => {
    expect(terminalProgress(false, fakeStream(false).stream, {}).onProgress).toBeUndefined();
    expect(terminalProgress(true, fakeStream(true).stream, {}).onProgress).toBeUndefined();
    expect(terminalProgress(false, fakeStream(true).stream, { CI: 'true' }).onProgress).toBeUndefined();
    expect(terminalProgress(false, fakeStream(true).stream, { TERM: 'dumb' }).onProgress).toBeUndefined();
    expect(terminalProgress(false, fakeStream(true).stream, { TERM: 'xterm-256color' }).onProgress).toBeDefined();
  });
});

describe('stageLog (--verbose)', async () => {
  const { stageLog } = await import('../../src/cli/stage-log.js');
  it('writes one timed line per stage, and nothing unless verbose', () => {
    const lines: string[] = [];
    const log = stageLog(true, { write: (text: string) => lines.push(text) } as unknown as NodeJS.WritableStream)!;
    log('betweenness');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[\d+\.\d\d s\] betweenness\n$/);
    expect(stageLog(false)).toBeUndefined();
  });
});

describe('--verbose on the command line', () => {
  it('times the stages of validate (loading) as of analyse (loading, each measure)', () => {
    const stages = (args: string[]) => runCli(['-v', ...args]).stderr.split('\n').filter(Boolean).map((line) => line.replace(/^\[\d+\.\d\d s\] /, ''));
    expect(stages(['validate', SMALL_ORG, '--format', 'json'])).toEqual(['loading', 'done']);
    const analyse = stages(['analyse', SMALL_ORG, '--format', 'json']);
    expect(analyse[0]).toBe('loading');
    expect(analyse).toContain('betweenness, closeness and harmonic');
    // Once each, as it starts: the path measures' shares done are not stages.
    expect(new Set(analyse).size).toBe(analyse.length);
    expect(analyse.at(-1)).toBe('done');
  });
});
