/** Renders the dashboard with ink-testing-library at a chosen terminal size, and drives its keys. */
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import type { Analysis } from '../../src/analyse.js';
import type { Comparison } from '../../src/compare/comparison.js';
import type { Organisation } from '../../src/organisation/organisation.js';
import { App, type LoadNotes } from '../../src/ui/App.js';
import { writeCsvFile } from '../../src/ui/export/write-csv-file.js';
import { tempFolder } from '../helpers/temp-files.js';

/** Key sequences as a terminal sends them. */
export const KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  pageDown: '\u001B[6~',
  pageUp: '\u001B[5~',
  home: '\u001B[H',
  end: '\u001B[F',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  shiftTab: '\u001B[Z',
  backspace: '\u007F',
} as const;

const tick = (ms = 15) => new Promise((resolve) => setTimeout(resolve, ms));

export interface DashboardOptions {
  readonly analysis: Analysis;
  readonly organisation: Organisation;
  readonly released?: Analysis;
  readonly minGroupSize?: number;
  readonly columns?: number;
  readonly rows?: number;
  readonly exportDir?: string;
  /** Shows the dashboard of `nodefinder compare`: `analysis` is the after period's. */
  readonly comparison?: Comparison;
  readonly loadNotes?: LoadNotes;
}

/** A rendered dashboard and the ways a test drives it. */
export interface DashboardUnderTest {
  /** The screen as text, without colour codes. */
  screen(): string;
  /** Sends keys one at a time, letting each render. */
  press(...keys: string[]): Promise<void>;
  /** Types text as one paste. */
  type(text: string): Promise<void>;
  /** Sends keys in one read, as a terminal does for keys typed or repeated quickly, and waits until the screen settles. */
  burst(keys: string): Promise<void>;
  /** Changes the terminal's size, as a window resize does. */
  resize(columns: number, rows: number): Promise<void>;
  /** Where exports are written. */
  readonly exportDir: string;
  unmount(): void;
}

/** The dashboard on a fake terminal of `columns` × `rows`. */
export async function renderDashboard(options: DashboardOptions): Promise<DashboardUnderTest> {
  const exportDir = options.exportDir ?? tempFolder({});
  const instance = render(
    <App
      analysis={options.analysis}
      released={options.released ?? options.analysis}
      organisation={options.organisation}
      minGroupSize={options.minGroupSize ?? 5}
      source="test-org"
      saveCsv={(base, text) => writeCsvFile(exportDir, base, text)}
      comparison={options.comparison}
      loadNotes={options.loadNotes}
    />,
  );
  const resize = async (columns: number, rows: number) => {
    Object.defineProperty(instance.stdout, 'columns', { value: columns, configurable: true });
    Object.defineProperty(instance.stdout, 'rows', { value: rows, configurable: true });
    instance.stdout.emit('resize');
    await tick();
  };
  await resize(options.columns ?? 100, options.rows ?? 30);
  const screen = () => stripVTControlCharacters(instance.lastFrame() ?? '');
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      // Every key that changes the state draws a new frame; wait for it (on a busy machine a
      // fixed pause is not enough), or give up after a second for a key that changes nothing.
      const drawn = instance.frames.length;
      instance.stdin.write(key);
      const deadline = Date.now() + 1000;
      while (instance.frames.length === drawn && Date.now() < deadline) await tick(2);
    }
  };
  const type = async (text: string) => press(text);
  const burst = async (keys: string) => {
    instance.stdin.write(keys);
    // The keys are taken one per render: wait for a pause of 50 ms without a new frame.
    const deadline = Date.now() + 3000;
    for (let seen = -1; seen !== instance.frames.length && Date.now() < deadline; ) {
      seen = instance.frames.length;
      await tick(50);
    }
  };
  return { screen, press, type, burst, resize, exportDir, unmount: instance.unmount };
}
