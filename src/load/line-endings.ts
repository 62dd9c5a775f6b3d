/**
 * Turns every line ending into `\n`: CRLF, bare CR, and the `\r\r\n` that some Windows tools
 * write when they convert a file twice. Line numbers in errors then match what an editor shows.
 */

const CR = 0x0d;
const LF = 0x0a;

/** Normalises a byte stream chunk by chunk; a CR at the end of a chunk waits for the next chunk's first byte. */
export class LineEndingNormaliser {
  private pendingCr = false;

  /** The chunk with normalised line endings (the chunk itself when it holds no CR). */
  push(chunk: Buffer): Buffer {
    if (!this.pendingCr && chunk.indexOf(CR) < 0) return chunk;
    const out = Buffer.allocUnsafe(chunk.length + 1);
    let length = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (this.pendingCr) {
        if (byte === CR) continue; // \r\r… collapses until a non-CR byte
        this.pendingCr = false;
        out[length++] = LF;
        if (byte === LF) continue;
      }
      if (byte === CR) this.pendingCr = true;
      else out[length++] = byte;
    }
    return out.subarray(0, length);
  }

  /** What is left at the end of the stream: a newline for a trailing CR. */
  end(): Buffer {
    const rest = this.pendingCr ? Buffer.from([LF]) : Buffer.alloc(0);
    this.pendingCr = false;
    return rest;
  }
}
