/**
 * Runs the path-search kernel (path-kernel.ts) over fixed units of sources on the calling thread
 * and, for large networks, on worker threads too, and returns once every unit is done: the call
 * is synchronous, so `analyse()` stays a plain function.
 *
 * How: the network, the sources and the output live in SharedArrayBuffers. Each worker is started
 * with the kernel's source text and the shared arrays (`workerData`); it and the calling thread
 * claim units from an atomic counter, so a thread slowed by other work on the machine simply
 * claims fewer. The calling thread then blocks in `Atomics.wait` until the units claimed by
 * workers are finished. Each unit has its own slice of the output and the units are added in unit
 * order (see {@link sumUnits}), so the result does not depend on the number of threads or on which
 * thread did what. Unit boundaries depend only on the number of sources, people and sums.
 *
 * The worker runs the kernel from its source text rather than from a file, so the same code works
 * from the built package and from the TypeScript sources under a test runner. If a worker fails,
 * everything is computed again on the calling thread.
 *
 * Progress: every thread counts its searches in a shared word (SOURCES_DONE), which the calling
 * thread reads after each of its own searches and, once it waits, every PROGRESS_POLL_MS. Only
 * the calling thread runs the listener, as `analyse()` and its listeners live there.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../errors.js';
import { CONTROL_WORDS, EVENTS, FAILED, runPathUnits, SOURCES_DONE, UNITS_DONE, type PathSearch, type PathSlots, type PathTask } from './path-kernel.js';

/** Threads for the path measures: a whole number of 1 or more, or `'auto'`. */
export type ThreadCount = number | 'auto';

/**
 * Told the share of the searches done (0 to 1, rising) each time another whole percent of the
 * sources is searched, and 1 at the end. It runs on the calling thread, between searches.
 */
export type PathProgress = (share: number) => void;

/** At most this many units, so threads can share the work out evenly. */
const MAX_UNITS = 32;
/** Memory the per-unit sums may take (they exist once per unit). */
const UNIT_MEMORY_BYTES = 64 * 2 ** 20;
/** `'auto'` uses threads only when the searches visit at least this many adjacency entries. */
const PARALLEL_WORK = 50_000_000;
/** `'auto'` uses at most this many threads. */
const MAX_AUTO_THREADS = 8;
/** While waiting for the workers, the calling thread looks at their progress this often. */
const PROGRESS_POLL_MS = 100;

/** The finished searches: per unit, per slot, per person sums (see {@link sumUnits}). */
export interface PathSums {
  readonly unitCount: number;
  readonly output: Float64Array;
  readonly nodeCount: number;
  readonly slots: PathSlots;
  /** Threads that were started (the calling thread included). */
  readonly threads: number;
}

/** Checks a thread count given as an option. */
export function checkThreads(threads: ThreadCount): void {
  if (threads !== 'auto' && !(Number.isInteger(threads) && threads >= 1)) {
    throw new UsageError(`threads: ${threads} is not a whole number of 1 or more`, 'use 1 for a single thread, or auto');
  }
}

/** Number of units: fixed by the number of sources, people and sums, never by the threads. */
export function unitCountFor(sourceCount: number, slotCount: number, nodeCount: number): number {
  const perUnit = Math.max(1, slotCount * nodeCount * 8);
  const byMemory = Math.max(1, Math.floor(UNIT_MEMORY_BYTES / perUnit));
  return Math.max(1, Math.min(sourceCount, MAX_UNITS, byMemory));
}

/** The threads to use for a search of this size. */
function resolveThreads(threads: ThreadCount, search: PathSearch, unitCount: number): number {
  checkThreads(threads);
  const wanted = threads === 'auto' ? autoThreads(search) : threads;
  return Math.max(1, Math.min(wanted, unitCount));
}

function autoThreads(search: PathSearch): number {
  const work = search.sources.length * (search.neighbours.length + search.nodeCount);
  if (work < PARALLEL_WORK) return 1;
  return Math.min(availableParallelism(), MAX_AUTO_THREADS);
}

/** Runs every search and returns the per-unit sums. */
export function runPathSearches(search: PathSearch, threads: ThreadCount = 'auto', onProgress?: PathProgress): PathSums {
  const n = search.nodeCount;
  const unitCount = unitCountFor(search.sources.length, search.slots.count, n);
  const threadCount = resolveThreads(threads, search, unitCount);
  const report = onProgress && progressReporter(search.sources.length, onProgress);
  const sums = (threadCount > 1 && runOnThreads(search, unitCount, threadCount, report)) || runAlone(search, unitCount, report);
  report?.(search.sources.length);
  return sums;
}

/** Runs every unit on the calling thread. */
function runAlone(search: PathSearch, unitCount: number, report: SourcesSearched | undefined): PathSums {
  const task: PathTask = {
    ...search,
    unitCount,
    output: new Float64Array(unitCount * search.slots.count * search.nodeCount),
    control: new Int32Array(CONTROL_WORDS),
  };
  runPathUnits(task, report && (() => report(Atomics.load(task.control, SOURCES_DONE))));
  return { unitCount, output: task.output, nodeCount: search.nodeCount, slots: search.slots, threads: 1 };
}

/** Takes the number of sources searched so far. */
type SourcesSearched = (searched: number) => void;

/**
 * Passes the share searched to `onProgress` when another whole percent is done, so a listener is
 * called at most about a hundred times; never a smaller share than before, so a run started
 * again on one thread after a worker failed does not go back.
 */
function progressReporter(sourceCount: number, onProgress: PathProgress): SourcesSearched {
  let percentReported = -1;
  return (searched) => {
    const share = sourceCount === 0 ? 1 : searched / sourceCount;
    const percent = Math.floor(100 * share);
    if (percent <= percentReported) return;
    percentReported = percent;
    onProgress(share);
  };
}

// The worker's whole program: rebuild the kernel from its source text and run it. It uses only
// dynamic import(), so it runs whether Node.js treats evaluated code as CommonJS or as a module.
const WORKER_PROGRAM = `
import('node:worker_threads').then(({ workerData }) => {
  const task = workerData.task;
  try {
    const runPathUnits = new Function('return (' + workerData.kernel + ')')();
    runPathUnits(task);
  } catch (error) {
    Atomics.store(task.control, ${FAILED}, 1);
    Atomics.add(task.control, ${EVENTS}, 1);
    Atomics.notify(task.control, ${EVENTS});
  }
});
`;

/** Runs on `threadCount` threads; null when a worker failed (the caller then runs it alone). */
function runOnThreads(search: PathSearch, unitCount: number, threadCount: number, report: SourcesSearched | undefined): PathSums | null {
  const n = search.nodeCount;
  const task: PathTask = {
    nodeCount: n,
    offsets: shared(search.offsets),
    neighbours: shared(search.neighbours),
    lengths: search.lengths && shared(search.lengths),
    sources: shared(search.sources),
    distancesOnSource: search.distancesOnSource,
    linearScaling: search.linearScaling,
    unitCount,
    slots: search.slots,
    output: new Float64Array(new SharedArrayBuffer(unitCount * search.slots.count * n * 8)),
    control: new Int32Array(new SharedArrayBuffer(CONTROL_WORDS * 4)),
  };
  const workers: Worker[] = [];
  try {
    for (let t = 1; t < threadCount; t++) {
      // No inherited flags (--input-type, --cpu-prof…): the worker needs none.
      const worker = new Worker(WORKER_PROGRAM, { eval: true, execArgv: [], workerData: { kernel: runPathUnits.toString(), task } });
      // A worker that cannot start claims no units, so the others (this thread included) do them.
      worker.on('error', () => {});
      worker.unref();
      workers.push(worker);
    }
  } catch {
    // Could not start a thread: the ones that did start, and this one, share the work.
  }
  try {
    const { control } = task;
    const reportSearched = report && (() => report(Atomics.load(control, SOURCES_DONE)));
    runPathUnits(task, reportSearched);
    for (;;) {
      const seen = Atomics.load(control, EVENTS);
      if (Atomics.load(control, FAILED) !== 0) return null;
      if (Atomics.load(control, UNITS_DONE) >= unitCount) break;
      // The workers signal only when a unit ends: with progress to show, look at their searches meanwhile.
      reportSearched?.();
      Atomics.wait(control, EVENTS, seen, reportSearched ? PROGRESS_POLL_MS : Infinity);
    }
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  return { unitCount, output: task.output, nodeCount: n, slots: search.slots, threads: workers.length + 1 };
}

/** A copy of `array` in shared memory. */
function shared<T extends Int32Array | Float64Array>(array: T): T {
  const copy = new (array.constructor as new (buffer: SharedArrayBuffer) => T)(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

/**
 * One slot's per-person sums over all units, added in unit order (the order that makes the result
 * independent of the threads). Null when the slot was not computed.
 */
export function sumUnits(sums: PathSums, slot: number): Float64Array | null {
  if (slot < 0) return null;
  const { unitCount, output, nodeCount: n, slots } = sums;
  const total = new Float64Array(n);
  const stride = slots.count;
  for (let unit = 0; unit < unitCount; unit++) {
    const base = unit * stride * n + slot;
    for (let v = 0; v < n; v++) total[v] += output[base + v * stride];
  }
  return total;
}
