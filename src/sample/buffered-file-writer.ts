/**
 * A file written through a large in-memory buffer. Interaction files run to millions of short
 * rows; one system call per row would dominate the run, and one string holding the whole file
 * would need gigabytes, so rows collect in a string of a few megabytes that is written out
 * whenever it fills.
 */
import { open, type FileHandle } from 'node:fs/promises';

/** Characters collected before a write; large enough that system calls stop mattering. */
const DEFAULT_LIMIT = 4 * 1024 * 1024;

/** A file being written: `write` rows, `await flush()` when asked to, `await close()` at the end. */
export class BufferedFileWriter {
  private pending = '';

  private constructor(
    private readonly handle: FileHandle,
    private readonly limit: number,
  ) {}

  /** Creates (or truncates) the file. */
  static async open(path: string, limit = DEFAULT_LIMIT): Promise<BufferedFileWriter> {
    return new BufferedFileWriter(await open(path, 'w'), limit);
  }

  /** Adds text to the buffer. Returns true when the buffer is full and `flush` should be awaited. */
  write(text: string): boolean {
    this.pending += text;
    return this.pending.length >= this.limit;
  }

  /** Writes out everything buffered so far. */
  async flush(): Promise<void> {
    if (this.pending === '') return;
    const bytes = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    await this.writeFully(bytes);
  }

  /**
   * Writes bytes the caller has already encoded (after anything still buffered), for callers
   * that fill their own large byte chunks; `bytes` may be reused once this resolves.
   */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    await this.writeFully(bytes);
  }

  private async writeFully(bytes: Uint8Array): Promise<void> {
    // A write may be partial (a full disk reports it later); keep going until all is out.
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await this.handle.write(bytes, offset, bytes.length - offset);
      offset += bytesWritten;
    }
  }

  /** Flushes and closes the file; the file is closed even if the last write fails. */
  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }
}
