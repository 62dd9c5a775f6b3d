/** Writes a command's result to a file named with --output, or to standard output. */
import { cannotWrite, writeOutFile } from './out-file.js';

export async function writeOutput(text: string, file: string | undefined, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (file) return writeOutFile(file, text);
  // Waits for the write, so that a full disk behind `> file` is an OutputError, not a cut file
  // and exit 0. A reader that stopped early (`| head`) is no error (main.ts).
  await new Promise<void>((resolve, reject) => {
    stream.write(text, (error) => (error && (error as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(cannotWrite('standard output', error)) : resolve()));
  });
}
