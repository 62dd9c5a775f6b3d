/** Writes a command's result to a file named with --output, or to standard output. */
import { writeFile } from 'node:fs/promises';

export async function writeOutput(text: string, file: string | undefined): Promise<void> {
  if (file) await writeFile(file, text);
  else process.stdout.write(text);
}
