/**
 * Turns every line ending into `\n`: CRLF, bare CR, and the `\r\r\n` that some Windows tools
 * write when they convert a file twice. Line numbers in errors then match what an editor shows.
 */
import { Transform, type TransformCallback } from 'node:stream';

const CR = 0x0d;
const LF = 0x0a;

/** A byte stream transform; a CR at the end of a chunk waits for the next chunk's first byte. */
export function normaliseLineEndings(): Transform {
  let pendingCr = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      if (!pendingCr && chunk.indexOf(CR) < 0) {
        done(null, chunk);
        return;
      }
      const out = Buffer.allocUnsafe(chunk.length + 1);
      let length = 0;
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (pendingCr) {
          if (byte === CR) continue; // \r\r… collapses until a non-CR byte
          pendingCr = false;
          out[length++] = LF;
          if (byte === LF) continue;
        }
        if (byte === CR) pendingCr = true;
        else out[length++] = byte;
      }
      done(null, out.subarray(0, length));
    },
    flush(done: TransformCallback) {
      done(null, pendingCr ? Buffer.from([LF]) : undefined);
    },
  });
}
