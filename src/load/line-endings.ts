/**
 * Turns every line ending into `\n`: CRLF, bare CR, and the `\r\r\n` that some Windows tools
 * write when they convert a file twice. Line numbers in errors then match what an editor shows.
 */

const CR = 0x0d;
const LF = 0x0a;

/** Normalises a byte stream chunk by chunk; a CR at the end of a chunk waits for the next chunk's first byte. */
export class LineEndingNormaliser {
  /** CRs in a row not yet written: a run of them before LF is one line ending, otherwise one each. */
  private pendingCr = 0;

  /** The chunk with normalised line endings (the chunk itself when it holds no CR). */
  push(chunk: Buffer): Buffer {
    if (this.pendingCr === 0 && chunk.indexOf(CR) < 0) return chunk;
    const out = Buffer.allocUnsafe(chunk.length + this.pendingCr);
    let length = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === CR) {
        this.pendingCr++;
        continue;
      }
      if (this.pendingCr > 0) {
        // \r\n and \r\r\n end one line; bare CRs (old Mac files, blank lines included) one each.
        const endings = byte === LF ? 1 : this.pendingCr;
        for (let k = 0; k < endings; k++) out[length++] = LF;
        this.pendingCr = 0;
        if (byte === LF) continue;
      }
      out[length++] = byte;
    }
    return out.subarray(0, length);
  }

  /** What is left at the end of the stream: a newline for each trailing CR. */
  end(): Buffer {
    const rest = Buffer.alloc(this.pendingCr, LF);
    this.pendingCr = 0;
    return rest;
  }
}
