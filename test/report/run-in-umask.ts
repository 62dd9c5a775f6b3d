/** Runs the built CLI under a given umask, as a user's shell would. */
import { spawnSync } from 'node:child_process';
import { BIN, type CliResult } from '../helpers/run-cli.js';

export function runCliWithUmask(umask: string, args: readonly string[]): CliResult {
  const result = spawnSync('/bin/sh', ['-c', `umask ${umask} && exec "$@"`, 'sh', process.execPath, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
