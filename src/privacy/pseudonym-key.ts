/**
 * The secret key behind pseudonyms. It comes from a key file or the NODEFINDER_KEY environment
 * variable and never from a default: a guessable key would let anyone re-identify people.
 */
import { readFileSync } from 'node:fs';
import { InputError, UsageError } from '../errors.js';

/** Fewer bytes than this is too easy to guess. */
export const MINIMUM_KEY_BYTES = 16;

const HOW_TO_MAKE_ONE = 'make a key once with `openssl rand -hex 32 > nodefinder.key`, keep it safe, and pass --key-file nodefinder.key (or set NODEFINDER_KEY)';

/**
 * Reads the key: the key file's bytes (one trailing line break dropped) when `keyFile` is given,
 * else NODEFINDER_KEY. Throws InputError (FILE_NOT_FOUND, FILE_UNREADABLE) when the key file
 * cannot be read, and UsageError when there is no key, or it is shorter than 16 bytes.
 */
export function readPseudonymKey(keyFile: string | undefined, env: NodeJS.ProcessEnv = process.env): Buffer {
  let key: Buffer;
  let source: string;
  if (keyFile !== undefined) {
    try {
      key = readFileSync(keyFile);
    } catch (error) {
      // A file named and not there is an input error (exit 3), as for --config, --exclude and every other file read.
      const code = (error as NodeJS.ErrnoException).code;
      const hint = `check the path given with --key-file; if there is no key yet, ${HOW_TO_MAKE_ONE}`;
      if (code === 'ENOENT') throw new InputError('FILE_NOT_FOUND', 'key file not found', { file: keyFile }, hint);
      throw new InputError('FILE_UNREADABLE', `cannot read the key file (${code ?? 'error'})`, { file: keyFile }, hint);
    }
    key = dropTrailingLineBreak(key);
    source = `the key file "${keyFile}"`;
  } else if (env.NODEFINDER_KEY) {
    key = Buffer.from(env.NODEFINDER_KEY, 'utf8');
    source = 'NODEFINDER_KEY';
  } else {
    throw new UsageError('pseudonyms need a secret key (to make them, or to re-identify them), and there is none', HOW_TO_MAKE_ONE);
  }
  if (key.length < MINIMUM_KEY_BYTES) {
    throw new UsageError(`${source} holds ${key.length} bytes; a pseudonym key needs at least ${MINIMUM_KEY_BYTES}`, HOW_TO_MAKE_ONE);
  }
  return key;
}

function dropTrailingLineBreak(bytes: Buffer): Buffer {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0a) end--;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  return bytes.subarray(0, end);
}
