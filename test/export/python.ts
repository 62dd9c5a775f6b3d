/** Runs a Python script with Debian's python3 (which has python3-networkx) and parses the JSON it prints. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const PYTHON = process.env.NODEFINDER_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

export function runPython<T>(script: string, args: readonly string[]): T {
  const result = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${PYTHON} failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
