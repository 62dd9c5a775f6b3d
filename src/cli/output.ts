/** Writes a command's result to a file named with --output, or to standard output. */
import { fstatSync, writeSync } from 'node:fs';
import { cannotWrite, writeOutFile } from './out-file.js';

export async function writeOutput(text: string, file: string | undefined, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  if (file) return writeOutFile(file, text);
  if (stream === process.stdout && isFile(STDOUT)) return writeWhole(STDOUT, text);
  // Waits for the write, so that a full disk behind `> file` is an OutputError, not a cut file
  // and exit 0. A reader that stopped early (`| head`) is no error (main.ts).
  await new Promise<void>((resolve, reject) => {
    stream.write(text, (error) => (error && (error as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(cannotWrite('standard output', error)) : resolve()));
  });
}

const STDOUT = 1;

function isFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}

/**
 * Writes all of `text` to the file `fd`. Node's standard output to a file (`> file`) makes one
 * write and ignores a short count, so a disk that filled partway left a cut file and exit 0.
 */
export function writeWhole(fd: number, text: string, write: (fd: number, bytes: Buffer, offset: number) => number = writeSync): void {
  const bytes = Buffer.from(text, 'utf8');
  try {
    for (let at = 0; at < bytes.length; ) at += write(fd, bytes, at);
  } catch (error) {
    throw cannotWrite('standard output', error);
  }
}
