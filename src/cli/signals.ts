/**
 * Ctrl-C and kill (SIGINT, SIGTERM). Left to Node, they end the process at once, by the signal,
 * even in the middle of an analysis: it runs on this thread without a break in which a JavaScript
 * handler could run, so a handler kept for the whole run made Ctrl-C and kill wait for the
 * analysis to finish. A handler is kept only while something must be undone first (a hidden --out
 * file or sample folder being written, a load's progress line drawn, the dashboard holding the
 * terminal): it runs the 'exit' handlers that undo it (removed-on-exit.ts, progress.ts,
 * run-dashboard.tsx), then raises the signal again, now unhandled, so that the process still ends
 * by it and a shell script running nodefinder stops too.
 */
import { constants } from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let holders = 0;

function onSignal(signal: NodeJS.Signals): void {
  for (const each of SIGNALS) process.removeListener(each, onSignal);
  process.emit('exit', 128 + constants.signals[signal]);
  process.kill(process.pid, signal);
}

/** Makes Ctrl-C and kill run the 'exit' handlers before they end the process, until the returned function is called. */
export function holdSignals(): () => void {
  if (holders++ === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    if (--holders === 0) for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
}
