/** Writes a command's result to a file named with --output, or to standard output. */
import { writeOutFile } from './out-file.js';

export async function writeOutput(text: string, file: string | undefined): Promise<void> {
  if (file) await writeOutFile(file, text);
  else process.stdout.write(text);
}
