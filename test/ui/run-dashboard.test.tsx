/**
 * runDashboard on stand-in terminal streams: it draws on the alternate screen, honours NO_COLOR,
 * writes exports to the folder given, and resolves when the user presses q.
 */
import { EventEmitter } from 'node:events';
import { readdirSync } from 'node:fs';
import chalk from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDashboard } from '../../src/ui/run-dashboard.js';
import { tempFolder } from '../helpers/temp-files.js';
import { analysed, type Analysed } from './analyses.js';

/** What the two stand-in streams saw, in order: writes and raw-mode switches. */
type TerminalEvents = string[];

class FakeTerminalOutput extends EventEmitter {
  readonly isTTY = true;
  columns = 100;
  rows = 30;
  readonly chunks: string[] = [];
  constructor(private readonly events: TerminalEvents) {
    super();
  }
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    this.events.push('write');
    return true;
  }
}

class FakeTerminalInput extends EventEmitter {
  readonly isTTY = true;
  private pending: string | null = null;
  constructor(private readonly events: TerminalEvents) {
    super();
  }
  setRawMode(on: boolean): void {
    this.events.push(`raw ${on}`);
  }
  setEncoding(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
  read(): string | null {
    const chunk = this.pending;
    this.pending = null;
    return chunk;
  }
  type(chunk: string): void {
    this.pending = chunk;
    this.emit('readable');
  }
}

const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
// SGR codes that colour or style text (not cursor movement or line erasing)
const STYLE = /\u001B\[(?:\d+;)*\d*m/;

let small: Analysed;
beforeAll(async () => {
  small = await analysed('small-org');
});

async function session(env: Record<string, string>, keys: string[], exportDir = tempFolder({})) {
  const events: TerminalEvents = [];
  const stdout = new FakeTerminalOutput(events);
  const stdin = new FakeTerminalInput(events);
  let finished = false;
  const done = runDashboard({
    ...small,
    released: small.analysis,
    minGroupSize: 5,
    source: 'small-org',
    exportDir,
    env,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
  }).then(() => {
    finished = true;
  });
  await tick();
  for (const key of keys) {
    stdin.type(key);
    await tick();
  }
  const beforeQuit = finished;
  stdin.type('q');
  await done;
  return { output: stdout.chunks.join(''), chunks: stdout.chunks, beforeQuit, exportDir, events };
}

describe('runDashboard', () => {
  it('draws on the alternate screen, keeps running until q, then leaves the alternate screen', async () => {
    const { chunks, output, beforeQuit } = await session({}, ['\u001B[C']);
    expect(beforeQuit).toBe(false);
    expect(chunks[0]).toBe('\u001B[?1049h\u001B[H');
    // Cleared first (erase display), or tmux keeps rows of it after a resize.
    expect(chunks.at(-1)).toBe('\u001B[2J\u001B[?1049l');
    expect(output).toContain('Carla Patel');
  });

  it('reads keys raw from the first frame (an Enter pressed as it appeared was lost), and gives the terminal back cooked', async () => {
    const { events } = await session({}, []);
    // Entering the alternate screen is the one write before raw mode. (Outside CI, Ink draws its
    // first frame at once, and without the early switch that came second; in CI it draws later.)
    expect(events.slice(0, 2)).toEqual(['write', 'raw true']);
    expect(events.filter((event) => event.startsWith('raw')).at(-1)).toBe('raw false');
  });

  it('uses no colour with NO_COLOR, and colour without it, then restores chalk’s level', async () => {
    const level = chalk.level;
    chalk.level = 1;
    try {
      const plain = await session({ NO_COLOR: '1' }, []);
      expect(plain.output).toContain('Ann Smith');
      expect(plain.output).not.toMatch(STYLE);
      const coloured = await session({}, []);
      expect(coloured.output).toMatch(STYLE);
      expect(chalk.level).toBe(1);
    } finally {
      chalk.level = level;
    }
  });

  it('writes an export to the folder it is given', async () => {
    const { exportDir, output } = await session({}, ['e']);
    expect(readdirSync(exportDir)).toEqual(['nodefinder-connectors.csv']);
    expect(output).toContain('Exported 1 row to');
  });
});
