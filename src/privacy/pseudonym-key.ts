/**
 * The secret key behind pseudonyms. It comes from a key file or the NODEFINDER_KEY environment
 * variable and never from a default: a guessable key would let anyone re-identify people.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';

/** Fewer bytes than this is too easy to guess. */
export const MINIMUM_KEY_BYTES = 16;

/** What the key is for: making pseudonyms, or mapping an output's pseudonyms back to people. */
export type KeyUse = 'pseudonymise' | 'reidentify';

/** The key file the advice names: one in the current folder is likely the key earlier outputs were made with. */
const KEY_FILE_NAME = 'nodefinder.key';

/**
 * Reads the key: the key file's bytes (one trailing line break dropped) when `keyFile` is given,
 * else NODEFINDER_KEY. Throws InputError (FILE_NOT_FOUND, FILE_UNREADABLE) when the key file
 * cannot be read, and UsageError when there is no key, or it is shorter than 16 bytes. `use`
 * only changes the advice given with those errors.
 */
export function readPseudonymKey(keyFile: string | undefined, env: NodeJS.ProcessEnv = process.env, use: KeyUse = 'pseudonymise'): Buffer {
  let key: Buffer;
  let source: string;
  if (keyFile !== undefined) {
    try {
      key = readFileSync(keyFile);
    } catch (error) {
      // A file named and not there is an input error (exit 3), as for --config, --exclude and every other file read.
      const code = (error as NodeJS.ErrnoException).code;
      const hint = `check the path given with --key-file; ${keyAdvice(use, keyFile, false)}`;
      if (code === 'ENOENT') throw new InputError('FILE_NOT_FOUND', 'key file not found', { file: keyFile }, hint);
      throw new InputError('FILE_UNREADABLE', `cannot read the key file (${code ?? 'error'})`, { file: keyFile }, hint);
    }
    key = dropTrailingLineBreak(key);
    source = `the key file "${keyFile}"`;
  } else if (env.NODEFINDER_KEY) {
    key = Buffer.from(env.NODEFINDER_KEY, 'utf8');
    source = 'NODEFINDER_KEY';
  } else {
    const what = use === 'reidentify' ? 're-identifying needs the secret key the output was made with' : 'pseudonyms need a secret key';
    throw new UsageError(`${what}, and there is none`, keyAdvice(use, undefined, false));
  }
  if (key.length < MINIMUM_KEY_BYTES) {
    throw new UsageError(`${source} holds ${key.length} bytes; a pseudonym key needs at least ${MINIMUM_KEY_BYTES}`, keyAdvice(use, keyFile, true));
  }
  return key;
}

/**
 * What to do for want of a usable key. Never to make a key where one exists: a new key gives
 * everyone new pseudonyms, so outputs made with the old one could no longer be re-identified.
 * Nor, for re-identifying, to make one at all: only the key the output was made with finds anyone.
 * `unusable`: the key file named that cannot be used, which is not the key to point to; `short`:
 * the key read is too short (then it made no output: nodefinder refuses such a key).
 */
function keyAdvice(use: KeyUse, unusable: string | undefined, short: boolean): string {
  const keyFileHere = existsSync(KEY_FILE_NAME);
  const kept = keyFileHere && (unusable === undefined || resolve(unusable) !== resolve(KEY_FILE_NAME)) ? KEY_FILE_NAME : undefined;
  if (use === 'reidentify') {
    return kept
      ? `give the key the output was made with: --key-file ${kept} if it was that one, or set NODEFINDER_KEY to it`
      : 'give the key the output was made with, with --key-file FILE or NODEFINDER_KEY: no other key finds anyone';
  }
  if (kept) return `pass --key-file ${kept}, the key already in this folder (or set NODEFINDER_KEY)`;
  // A key file too short to use: a new key goes into a new file, not over it.
  if (short && unusable !== undefined) return 'make a longer key in a new file with `openssl rand -hex 32 > NEW-FILE`, keep it safe, and pass --key-file NEW-FILE';
  // Only ./nodefinder.key itself, unreadable, is left: it may be the key earlier outputs were made with.
  if (keyFileHere) return `${KEY_FILE_NAME} may be the key earlier outputs were made with: make it readable rather than replace it`;
  return `if there is no key yet, make one once with \`openssl rand -hex 32 > ${KEY_FILE_NAME}\`, keep it safe, and pass --key-file ${KEY_FILE_NAME} (or set NODEFINDER_KEY)`;
}

function dropTrailingLineBreak(bytes: Buffer): Buffer {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0a) end--;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  return bytes.subarray(0, end);
}
