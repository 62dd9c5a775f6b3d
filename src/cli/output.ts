/** Writes a command's result to the file named with --output or --out, or to standard output (no file, or `-`). */
import { isOpenOnFile, writeWhole } from './descriptor.js';
import { STANDARD_OUTPUT, textBlocks, writeOutFile } from './out-file.js';
import { terminalProgress } from './progress.js';
import { cannotWrite } from './write-failures.js';

export async function writeOutput(text: string | Iterable<string>, file: string | undefined, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (file !== undefined && file !== STANDARD_OUTPUT) return writeOutFile(file, text);
  const toFile = stream === process.stdout && isOpenOnFile(STDOUT);
  for (const block of textBlocks(text)) {
    if (toFile) writeWhole(STDOUT, block);
    // Waits for each write, so that a full disk behind `> file` is an OutputError, not a cut file
    // and exit 0. A reader that stopped early (`| head`) is no error (main.ts).
    else await new Promise<void>((resolve, reject) => {
      stream.write(block, (error) => (error && (error as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(cannotWrite('standard output', error)) : resolve()));
    });
  }
}

const STDOUT = 1;

/**
 * Lays out and writes a command's file with "writing FILE…" on the progress line (progress.ts):
 * a report's map or a large network file takes seconds, which a cleared line left blank.
 * Nothing is drawn when the output goes to standard output, where the line would be in its way.
 */
export async function writeOutputShowingProgress(render: () => string | Iterable<string>, file: string | undefined, quiet: boolean): Promise<void> {
  const progress = file !== undefined && file !== STANDARD_OUTPUT ? terminalProgress(quiet) : null;
  progress?.onWrite?.(file!);
  try {
    await writeOutput(render(), file);
  } finally {
    progress?.done();
  }
}
