/**
 * A sample folder is written whole or not at all: a run that fails or is interrupted leaves no
 * file a later run would refuse, or a user would take for an organisation.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import { writeSample } from '../../src/sample/index.js';
import { BIN, runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

/** Every file and folder under `dir`, hidden ones too, as paths relative to it. */
function contents(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('nodefinder sample interrupted', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('by %s once files are being written leaves nothing, and the folder can be written again', async (signal) => {
    const parent = tempFolder({});
    const out = join(parent, 'org');
    const child = spawn(process.execPath, [BIN, 'sample', '--staff', '21000', '--out', out], { stdio: 'ignore' });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, how) => resolve(how)));
    // The signal comes once staff.csv is complete and interactions.csv (tens of megabytes) is under way.
    while (child.exitCode === null && !(existsSync(out) && contents(out).some((path) => path.endsWith('interactions.csv')))) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(child.exitCode, 'the sample was written before it could be interrupted').toBeNull();
    child.kill(signal);
    expect(await ended).toBe(signal);
    // The folder was made by this run, so it goes too.
    expect(readdirSync(parent)).toEqual([]);
    expect(runCli(['sample', '--staff', '100', '--out', out]).status).toBe(0);
  }, 60_000);
});

describe('nodefinder sample that cannot finish writing', () => {
  it('removes the folders it made when the disk refuses interactions.csv halfway', () => {
    const parent = tempFolder({});
    const out = join(parent, 'new', 'org');
    // A file size limit of 1,000 kB: staff.csv and teams.csv fit, interactions.csv (4 MB) does not.
    const result = spawnSync('sh', ['-c', `ulimit -f 1000 && exec "${process.execPath}" "${BIN}" sample --staff 2000 --out "${out}"`], { encoding: 'utf8' });
    expect(result.status).toBe(4);
    expect(result.stderr).toContain('(EFBIG)');
    expect(result.stderr).toContain('[OUTPUT_FAILED]');
    expect(readdirSync(parent)).toEqual([]);
  });

  it('refuses at once, naming it, a folder the system will not make (Node\'s own recursive mkdir retried inside /proc for ever)', () => {
    const result = spawnSync(process.execPath, [BIN, 'sample', '--staff', '100', '--out', '/proc/nodefinder-test/org'], { encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' });
    expect(result.status).toBe(4);
    expect(result.stderr).toBe('nodefinder: cannot write "/proc/nodefinder-test": the system will not make it there (a folder on the path is missing, or is a system folder such as /proc) (ENOENT) — write to a folder of your own [OUTPUT_FAILED]\n');
  });

  it('moves nothing into a folder where a file it would write is already there, and removes nothing of the folder\'s', async () => {
    // Someone's staff.csv, and a folder where interactions.csv should go: a move over staff.csv
    // replaced it and listed it as made, so the failure at interactions.csv deleted it.
    const out = tempFolder({ 'staff.csv': 'id,name\nE1,Real Person\n', 'notes.txt': 'mine' });
    mkdirSync(join(out, 'interactions.csv'));
    writeFileSync(join(out, 'interactions.csv', 'kept.txt'), 'mine');
    const refused = await writeSample(out, { staff: 100 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OutputError);
    expect((refused as OutputError).message).toBe(`cannot write "${join(out, 'staff.csv')}": it is already there, and sample writes no file over another`);
    expect(readFileSync(join(out, 'staff.csv'), 'utf8')).toBe('id,name\nE1,Real Person\n');
    expect(contents(out)).toEqual(['interactions.csv', join('interactions.csv', 'kept.txt'), 'notes.txt', 'staff.csv']);
  });

  it('moves nothing when only the last file\'s place is taken, by a folder', async () => {
    const out = tempFolder({ 'notes.txt': 'mine' });
    mkdirSync(join(out, 'truth.json'));
    writeFileSync(join(out, 'truth.json', 'kept.txt'), 'mine');
    await expect(writeSample(out, { staff: 100 })).rejects.toThrow(`cannot write "${join(out, 'truth.json')}": it is already there`);
    expect(contents(out)).toEqual(['notes.txt', 'truth.json', join('truth.json', 'kept.txt')]);
  });
});
