/**
 * The terminal's size, updated when it is resized, so tables are laid out again. Streams that
 * do not know their size (pipes, test doubles) count as 80 × 24.
 */
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

/** The size of a stream, with 80 × 24 for what it does not say. */
export function terminalSize(stream: { readonly columns?: number; readonly rows?: number }): TerminalSize {
  return { columns: stream.columns || 80, rows: stream.rows || 24 };
}

/** The size of the stream Ink renders to; re-renders on 'resize'. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => terminalSize(stdout));
  useEffect(() => {
    const update = () => setSize(terminalSize(stdout));
    stdout.on('resize', update);
    return () => {
      stdout.off('resize', update);
    };
  }, [stdout]);
  return size;
}
