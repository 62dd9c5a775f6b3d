/** The --out file of reports and exports: checked before the work, written whole or not at all. */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { descriptorNamed, writeWhole } from '../../src/cli/descriptor.js';
import { checkOutFile, formatFromExtension, writeOutFile } from '../../src/cli/out-file.js';
import { writeOutput } from '../../src/cli/output.js';
import { cannotWrite } from '../../src/cli/write-failures.js';
import { OutputError, UsageError } from '../../src/errors.js';
import { BIN, runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

describe('checkOutFile', () => {
  it('accepts a new or existing file in an existing folder', () => {
    const dir = tempFolder({ 'old.html': 'x' });
    expect(() => checkOutFile(join(dir, 'new.html'))).not.toThrow();
    expect(() => checkOutFile(join(dir, 'old.html'))).not.toThrow();
  });

  it('refuses a missing folder, a file used as a folder, a folder and an empty name, as usage errors', () => {
    const dir = tempFolder({ 'file.txt': 'x' });
    for (const bad of [join(dir, 'missing', 'a.html'), join(dir, 'file.txt', 'a.html'), dir, '']) {
      expect(() => checkOutFile(bad), bad).toThrow(UsageError);
    }
  });
});

describe('an --out the user may not write', () => {
  it('is an output error before any work (a read-only file, a folder closed to new files), and a read-only file is never replaced', () => {
    const dir = tempFolder({ 'locked.json': 'kept' });
    chmodSync(join(dir, 'locked.json'), 0o444);
    mkdirSync(join(dir, 'closed'), 0o555);
    chmodSync(dir, 0o777);
    // Permissions bind everyone but root: as root (as CI runs), the checks run as the user nobody,
    // who may pass through the test run's folder.
    const root = process.getuid?.() === 0;
    if (root) chmodSync(tmpdir(), 0o711);
    const script = `const { checkOutFile, writeOutFile } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../dist/cli/out-file.js')).href)});
      const outcome = async (work) => { try { await work(); return 'written'; } catch (error) { return [error.exitCode, error.message]; } };
      console.log(JSON.stringify([
        await outcome(() => checkOutFile(${JSON.stringify(join(dir, 'locked.json'))})),
        await outcome(() => checkOutFile(${JSON.stringify(join(dir, 'closed', 'new.json'))})),
        await outcome(() => writeOutFile(${JSON.stringify(join(dir, 'locked.json'))}, 'replaced')),
      ]));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', ...(root ? { uid: 65534, gid: 65534 } : {}) });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      [4, `cannot write "${join(dir, 'locked.json')}": you may not write there (EACCES)`],
      [4, `cannot write "${join(dir, 'closed', 'new.json')}": you may not write there (EACCES)`],
      [4, `cannot write "${join(dir, 'locked.json')}": you may not write there (EACCES)`],
    ]);
    expect(readFileSync(join(dir, 'locked.json'), 'utf8')).toBe('kept');
    expect(readdirSync(dir).sort()).toEqual(['closed', 'locked.json']);
  });
});

describe('a read-only --out (no one has its write bit)', () => {
  it('is refused (exit 4) and kept, also for root, whom the system would let write it', async () => {
    const dir = tempFolder({ 'locked.json': 'kept' });
    const locked = join(dir, 'locked.json');
    chmodSync(locked, 0o444);
    symlinkSync(locked, join(dir, 'link.json'));
    expect(() => checkOutFile(locked)).toThrow(`cannot write "${locked}": you may not write there (EACCES)`);
    await expect(writeOutFile(locked, 'replaced')).rejects.toMatchObject({ exitCode: 4, message: `cannot write "${locked}": you may not write there (EACCES)` });
    await expect(writeOutFile(join(dir, 'link.json'), 'replaced')).rejects.toMatchObject({ exitCode: 4 });
    expect(readFileSync(locked, 'utf8')).toBe('kept');
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'locked.json']);
    const result = runCli(['export', join(import.meta.dirname, '../../fixtures/sample'), '--out', locked]);
    expect(result.status).toBe(4);
    expect(readFileSync(locked, 'utf8')).toBe('kept');
  });
});

describe('writeOutFile', () => {
  it('writes a string, or lines each followed by a line break, across block boundaries', async () => {
    const dir = tempFolder({});
    await writeOutFile(join(dir, 'a.txt'), 'text as given');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('text as given');
    const lines = Array.from({ length: 30_000 }, (_, i) => `line ${i} ${'é'.repeat(i % 50)}`);
    await writeOutFile(join(dir, 'b.txt'), lines);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(lines.map((line) => `${line}\n`).join(''));
  });

  function* failing(): Generator<string> {
    yield 'first line';
    throw new Error('a bug while formatting');
  }

  it('leaves nothing behind when making the text fails, and an earlier file as it was', async () => {
    const dir = tempFolder({ 'old.txt': 'the earlier report' });
    await expect(writeOutFile(join(dir, 'c.txt'), failing())).rejects.toThrow('a bug while formatting');
    await expect(writeOutFile(join(dir, 'old.txt'), failing())).rejects.toThrow('a bug while formatting');
    expect(readdirSync(dir)).toEqual(['old.txt']);
    expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('the earlier report');
  });

  it('replaces a file keeping its permissions, and writes through a symbolic link to the file it names', async () => {
    const dir = tempFolder({ 'private.json': 'old' });
    chmodSync(join(dir, 'private.json'), 0o600);
    await writeOutFile(join(dir, 'private.json'), 'new');
    expect(readFileSync(join(dir, 'private.json'), 'utf8')).toBe('new');
    expect(statSync(join(dir, 'private.json')).mode & 0o777).toBe(0o600);
    symlinkSync(join(dir, 'private.json'), join(dir, 'link.json'));
    await writeOutFile(join(dir, 'link.json'), 'through the link');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'private.json'), 'utf8')).toBe('through the link');
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'private.json']);
  });

  it('replaces a file keeping its owner and group, so that it is shared with no one new', async () => {
    const dir = tempFolder({ 'shared.json': 'old' });
    const file = join(dir, 'shared.json');
    // A group other than the user's own where there is one: any, for root; for others, one they are in.
    const root = process.getuid?.() === 0;
    const group = root ? 1 : (process.getgroups?.().find((gid) => gid !== process.getgid?.()) ?? process.getgid!());
    chownSync(file, process.getuid!(), group);
    chmodSync(file, 0o640);
    await writeOutFile(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file)).toMatchObject({ uid: process.getuid!(), gid: group });
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('takes the group\'s access away, and says so, when the group cannot be kept', () => {
    // Only a user outside the file's group can be refused it: as root (as CI runs), the user nobody
    // replaces a file of theirs in root's group; another user has no file in a group they are not in.
    if (process.getuid?.() !== 0) return;
    const dir = tempFolder({ 'shared.json': 'old' });
    const file = join(dir, 'shared.json');
    chmodSync(dir, 0o777);
    chmodSync(tmpdir(), 0o711);
    chownSync(file, 65534, 0);
    chmodSync(file, 0o660);
    const script = `const { writeOutFile } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../dist/cli/out-file.js')).href)});
      await writeOutFile(${JSON.stringify(file)}, 'new');`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', uid: 65534, gid: 65534 });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file)).toMatchObject({ uid: 65534, gid: 65534 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(result.stderr).toBe(`nodefinder: ${file} replaced without its group's access: its group (0) could not be kept, as you are not in it, so its mode 660 became 600\n`);
  });

  it('makes the file a dangling symbolic link names, and writes in place a name too long for the hidden file beside it', async () => {
    const dir = tempFolder({});
    symlinkSync(join(dir, 'target.json'), join(dir, 'link.json'));
    await writeOutFile(join(dir, 'link.json'), 'made through the link');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe('made through the link');
    const long = join(dir, `${'n'.repeat(240)}.json`);
    await writeOutFile(long, 'a long name');
    expect(readFileSync(long, 'utf8')).toBe('a long name');
    expect(readdirSync(dir).sort()).toEqual(['link.json', `${'n'.repeat(240)}.json`, 'target.json'].sort());
  });

  it('writes a device as it is and never removes it (--out /dev/null, /dev/stdout)', async () => {
    await writeOutFile('/dev/null', 'discarded');
    await expect(writeOutFile('/dev/null', failing())).rejects.toThrow('a bug while formatting');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('removes the file it was writing when the process is interrupted (Ctrl-C)', () => {
    expectInterruptionLeavesNoTrace(() => `function* slow() { yield 'x'.repeat(2 << 20); process.kill(process.pid, 'SIGINT'); for (;;) yield 'more'; }`);
  });

  it('removes the hidden file when interrupted the moment it appears, before a line is written', () => {
    // Interrupted as the folder reports the hidden file, while it is being made.
    expectInterruptionLeavesNoTrace((dir) => `import { watch } from 'node:fs';
      const watcher = watch(${JSON.stringify(dir)}, (_event, name) => {
        if (name?.endsWith('.partial')) { watcher.close(); process.kill(process.pid, 'SIGINT'); }
      });
      function* slow() { for (;;) yield 'more'; }`);
  });

  it('reports a file that cannot be written as an output error (exit 4), saying why in words', async () => {
    const dir = tempFolder({ 'file.txt': 'x' });
    const failed = await writeOutFile(join(dir, 'file.txt', 'd.txt'), 'x').catch((error: OutputError) => error);
    expect(failed).toBeInstanceOf(OutputError);
    expect(failed).toMatchObject({ code: 'OUTPUT_FAILED', exitCode: 4, message: `cannot write "${join(dir, 'file.txt', 'd.txt')}": part of the path is a file, not a folder (ENOTDIR)`,
      hint: 'name a path whose folders are folders' });
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    expect(cannotWrite('out.json', full)).toMatchObject({ message: 'cannot write "out.json": the disk is full (ENOSPC)', hint: 'free some space, or write somewhere else', exitCode: 4 });
    expect(cannotWrite('out.json', Object.assign(new Error(''), { code: 'EROFS' })).message).toBe('cannot write "out.json": the file system is read-only (EROFS)');
    expect(cannotWrite('out.json', Object.assign(new Error(''), { code: 'EIO' })).message).toBe('cannot write "out.json": the system said EIO');
    expect(cannotWrite('out.json', Object.assign(new Error(''), { code: 'EFBIG' })).message).toBe('cannot write "out.json": the file would be larger than this system allows (EFBIG)');
  });
});

/**
 * Writes over old.txt with writeOutFile in a process of its own (the built module: npm test builds
 * first), whose script `interrupt(dir)` defines the text as `slow()` and arranges a Ctrl-C; the
 * process must end by it, leaving old.txt as it was and nothing beside it.
 */
function expectInterruptionLeavesNoTrace(interrupt: (dir: string) => string): void {
  const dir = tempFolder({ 'old.txt': 'the earlier report' });
  const script = `${interrupt(dir)}
    const { writeOutFile } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../dist/cli/out-file.js')).href)});
    process.once('SIGINT', () => process.exit(130));
    await writeOutFile(${JSON.stringify(join(dir, 'old.txt'))}, slow());`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(130);
  expect(readdirSync(dir)).toEqual(['old.txt']);
  expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('the earlier report');
}

describe('nodefinder interrupted while it writes --out', () => {
  it('removes the hidden file, leaves the earlier file as it was, and ends by the signal, so a shell script stops too', async () => {
    const data = tempFolder({});
    expect(runCli(['sample', '--out', data, '--staff', '4000', '--seed', '2']).status).toBe(0);
    const out = tempFolder({ 'network.gexf': 'the earlier export' });
    const child = spawn(process.execPath, [BIN, 'export', data, '--out', join(out, 'network.gexf')], { stdio: 'ignore' });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Interrupted once the hidden file is being written.
    while (child.exitCode === null && !readdirSync(out).some((name) => name.endsWith('.partial'))) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(child.exitCode, 'the export ended before it could be interrupted').toBeNull();
    child.kill('SIGINT');
    expect(await ended).toBe('SIGINT');
    expect(readdirSync(out)).toEqual(['network.gexf']);
    expect(readFileSync(join(out, 'network.gexf'), 'utf8')).toBe('the earlier export');
  }, 60_000);
});

describe('an --out or --output naming a descriptor of the process (/dev/stdout)', () => {
  const sample = join(import.meta.dirname, '../../fixtures/sample');
  const teams = (() => {
    const file = join(tempFolder({}), 'teams.csv');
    runCli(['export', sample, '--out', file, '--table', 'teams']);
    return readFileSync(file, 'utf8');
  })();

  /** Runs `script` in a shell in a fresh folder holding `files`, where `nodefinder` runs the built CLI; the folder. */
  function shell(script: string, files: Record<string, string> = {}): string {
    const dir = tempFolder(files);
    const result = spawnSync('sh', ['-ec', `nodefinder() { "$NODE" "$BIN" "$@"; }\n${script}`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE: process.execPath, BIN } });
    expect(result.status, result.stderr).toBe(0);
    return dir;
  }

  it('appends to the file standard output is appended to (>> log), keeping the file and what it held', () => {
    const dir = shell(`ls -i log.txt > before
      nodefinder analyse "${sample}" --format csv --table teams --output /dev/stdout >> log.txt
      ls -i log.txt > after`, { 'log.txt': 'prior run\n' });
    expect(teams).toMatch(/^id,name,department,/);
    expect(readFileSync(join(dir, 'log.txt'), 'utf8')).toBe(`prior run\n${teams}`);
    expect(readFileSync(join(dir, 'after'), 'utf8')).toBe(readFileSync(join(dir, 'before'), 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(['after', 'before', 'log.txt']);
  });

  it('writes at the position the shell has reached in the file ({ echo header; nodefinder …; echo footer; } > file), through a link or /dev/fd/N', () => {
    const dir = shell(`ln -s /dev/stdout link.csv
      { echo header; nodefinder export "${sample}" --out /dev/stdout --format csv --table teams; echo footer; } > combined.txt
      { echo header; nodefinder export "${sample}" --out link.csv --table teams; echo footer; } > linked.txt
      { echo header; nodefinder export "${sample}" --out /dev/fd/3 --format csv --table teams 3>&1; echo footer; } > numbered.txt`);
    for (const name of ['combined.txt', 'linked.txt', 'numbered.txt']) expect(readFileSync(join(dir, name), 'utf8'), name).toBe(`header\n${teams}footer\n`);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
  });

  it('refuses a descriptor that is not open before anything is read, even one Node holds for itself', () => {
    // /dev/fd/9 is Node's own event loop's (an epoll, which cannot be opened by name); 200 is not open at all.
    for (const fd of [9, 200]) {
      const result = runCli(['analyse', join(tempFolder({}), 'no-such-folder'), '--output', `/dev/fd/${fd}`]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`--output: descriptor ${fd} is not open on a file, pipe or device`);
      expect(result.stderr).not.toContain('no-such-folder');
    }
    expect(() => checkOutFile('/dev/fd/200')).toThrow(UsageError);
    expect(() => checkOutFile('/dev/fd/200')).toThrow('--out: descriptor 200 is not open on a file, pipe or device');
    const fd = openSync(join(tempFolder({}), 'open.csv'), 'w');
    try {
      expect(() => checkOutFile(`/dev/fd/${fd}`)).not.toThrow();
    } finally {
      closeSync(fd);
    }
  });

  it('tells a descriptor from a file of its own', () => {
    const dir = tempFolder({ 'plain.csv': '' });
    symlinkSync('/dev/stdout', join(dir, 'out.csv'));
    symlinkSync(join(dir, 'out.csv'), join(dir, 'twice.csv'));
    expect(['/dev/stdout', '/dev/stderr', '/dev/fd/1', '/proc/self/fd/2', join(dir, 'out.csv'), join(dir, 'twice.csv')].map(descriptorNamed)).toEqual([1, 2, 1, 2, 1, 1]);
    expect([join(dir, 'plain.csv'), join(dir, 'new.csv'), '/dev/null', dir].map(descriptorNamed)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('an --out or --output of -: standard output', () => {
  const sample = join(import.meta.dirname, '../../fixtures/sample');
  const periods = ['--before', '2026-01-01..2026-03-31', '--after', '2026-04-01..2026-06-30'];

  it('prints what every command would write to a file, in the format --format gives or the command\'s own', () => {
    const dir = tempFolder({});
    const runs: [args: string[], file: string][] = [
      [['analyse', sample, '--format', 'csv', '--table', 'teams', '--output'], 'teams.csv'],
      [['analyse', sample, '--output'], 'findings.out'],
      [['suggest', sample, '--limit', '3', '--output'], 'introductions.out'],
      [['compare', sample, ...periods, '--format', 'json', '--output'], 'changes.json'],
      [['validate', sample, '--output'], 'load.out'],
      [['report', sample, '--format', 'markdown', '--out'], 'report.md'],
      [['export', sample, '--format', 'graphml', '--out'], 'network.graphml'],
    ];
    for (const [args, file] of runs) {
      expect(runCli([...args, join(dir, file)]).status, file).toBe(0);
      const printed = runCli([...args, '-']);
      expect(printed.status, printed.stderr).toBe(0);
      expect(printed.stdout, file).toBe(readFileSync(join(dir, file), 'utf8'));
    }
    expect(readFileSync(join(dir, 'findings.out'), 'utf8')).toMatch(/^Organisation\n/);
    expect(readdirSync(process.cwd())).not.toContain('-');
  });

  it('takes standard output back from a config file that names a file, and is standard output in one too', () => {
    const dir = tempFolder({ 'staff.csv': readFileSync(join(sample, 'staff.csv')), 'interactions.csv': readFileSync(join(sample, 'interactions.csv')),
      'nodefinder.config.json': JSON.stringify({ analyse: { output: 'analysis.json', format: 'json' }, report: { out: '-', format: 'markdown' } }) });
    const analysed = runCli(['analyse', dir, '--output', '-']);
    expect(analysed.status, analysed.stderr).toBe(0);
    expect(JSON.parse(analysed.stdout)).toMatchObject({ schemaVersion: 4 });
    const reported = runCli(['report', dir]);
    expect(reported.status, reported.stderr).toBe(0);
    expect(reported.stdout).toMatch(/^# Organisation network report\n/);
    expect(readdirSync(dir).sort()).toEqual(['interactions.csv', 'nodefinder.config.json', 'staff.csv']);
  });

  it('needs --format where only a file name would tell it, and is refused where the output is a folder (sample)', () => {
    expect(runCli(['report', sample, '--out', '-'])).toMatchObject({ status: 2,
      stderr: 'nodefinder: --out -: standard output has no file name to tell the format from — give --format html|markdown\n' });
    expect(runCli(['export', sample, '--out', '-']).stderr).toBe('nodefinder: --out -: standard output has no file name to tell the format from — give --format gexf|graphml|json|csv\n');
    const dir = tempFolder({});
    const spawned = spawnSync(process.execPath, [BIN, 'sample', '--out', '-', '--staff', '10'], { cwd: dir, encoding: 'utf8' });
    expect(spawned.status).toBe(2);
    expect(spawned.stderr).toBe('nodefinder: --out -: sample writes a folder of files, which cannot go to standard output — name the folder to write, such as --out demo\n');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('formatFromExtension', () => {
  it('reads the extension case-insensitively', () => {
    const formats = { '.html': 'html', '.md': 'markdown' } as const;
    expect(formatFromExtension('out/Report.HTML', formats)).toBe('html');
    expect(formatFromExtension('notes.md', formats)).toBe('markdown');
    expect(formatFromExtension('report', formats)).toBeUndefined();
    expect(formatFromExtension('dir.md/report', formats)).toBeUndefined();
  });
});

describe('writeOutput to standard output', () => {
  it('reports a write that fails (a full disk behind > file) as an output error, and takes a closed pipe as done', async () => {
    const failing = (code: string) => new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error(code), { code })) });
    const full = await writeOutput('{}\n', undefined, failing('ENOSPC').on('error', () => {})).catch((error: OutputError) => error);
    expect(full).toMatchObject({ code: 'OUTPUT_FAILED', exitCode: 4, message: 'cannot write "standard output": the disk is full (ENOSPC)' });
    await expect(writeOutput('{}\n', undefined, failing('EPIPE').on('error', () => {}))).resolves.toBeUndefined();
    const written: string[] = [];
    await writeOutput('text\n', undefined, new Writable({ write: (chunk, _encoding, done) => { written.push(String(chunk)); done(); } }));
    expect(written).toEqual(['text\n']);
  });
});

describe('writeWhole: standard output that is a file (> file)', () => {
  it('writes on after a short write, and reports a disk that fills partway as an output error', () => {
    const received: Buffer[] = [];
    const fiveAtATime = (_fd: number, bytes: Buffer, offset: number) => {
      received.push(bytes.subarray(offset, offset + 5));
      return Math.min(5, bytes.length - offset);
    };
    writeWhole(1, 'naïve text of some length', 'standard output', fiveAtATime);
    expect(Buffer.concat(received).toString('utf8')).toBe('naïve text of some length');
    let calls = 0;
    const fillsUp = (_fd: number, bytes: Buffer, offset: number) => {
      if (++calls > 1) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      return Math.min(4, bytes.length - offset);
    };
    expect(() => writeWhole(1, 'more than four bytes', 'standard output', fillsUp)).toThrow('cannot write "standard output": the disk is full (ENOSPC)');
  });
});

describe('nodefinder sample into a folder it cannot write', () => {
  it('is an output error (exit 4) naming the folder, not an internal error', () => {
    const dir = tempFolder({ 'file.txt': 'x' });
    const result = runCli(['sample', '--out', join(dir, 'file.txt', 'org'), '--staff', '200']);
    expect(result.status).toBe(4);
    expect(result.stderr).toBe(`nodefinder: cannot write "${join(dir, 'file.txt', 'org')}": part of the path is a file, not a folder (ENOTDIR) — name a path whose folders are folders [OUTPUT_FAILED]\n`);
  });

  it('says that a file is where its folder should be', () => {
    const dir = tempFolder({ 'file.txt': 'x' });
    const result = runCli(['sample', '--out', join(dir, 'file.txt'), '--staff', '10']);
    // A usage error before anything is generated, as analyse's --output naming a folder is.
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`nodefinder: --out: "${join(dir, 'file.txt')}" is a file; sample writes a folder — name a new or existing folder\n`);
    expect(readFileSync(join(dir, 'file.txt'), 'utf8')).toBe('x');
  });
});
