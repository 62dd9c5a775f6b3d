/** Writes a command's result to a file named with --output, or to standard output. */
import { isOpenOnFile, writeWhole } from './descriptor.js';
import { writeOutFile } from './out-file.js';
import { cannotWrite } from './write-failures.js';

export async function writeOutput(text: string, file: string | undefined, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (file) return writeOutFile(file, text);
  if (stream === process.stdout && isOpenOnFile(STDOUT)) return writeWhole(STDOUT, text);
  // Waits for the write, so that a full disk behind `> file` is an OutputError, not a cut file
  // and exit 0. A reader that stopped early (`| head`) is no error (main.ts).
  await new Promise<void>((resolve, reject) => {
    stream.write(text, (error) => (error && (error as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(cannotWrite('standard output', error)) : resolve()));
  });
}

const STDOUT = 1;
