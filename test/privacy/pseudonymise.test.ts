/** Pseudonyms: keyed, stable, unlinkable without the key, and refused without one. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { readPseudonymKey } from '../../src/privacy/pseudonym-key.js';
import { pseudonym, pseudonymiseOrganisation } from '../../src/privacy/pseudonymise.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const SMALL_ORG = join(import.meta.dirname, '..', '..', 'fixtures', 'small-org');
const KEY = Buffer.from('0123456789abcdef0123456789abcdef');

describe('pseudonym', () => {
  it('is "p-" and the first 16 hex digits of HMAC-SHA-256(key, id)', () => {
    // From RFC 4231 test case 2: HMAC-SHA-256(key "Jefe", "what do ya want for nothing?") = 5bdcc146bf60754e…
    expect(pseudonym(Buffer.from('Jefe'), 'what do ya want for nothing?')).toBe('p-5bdcc146bf60754e');
  });

  it('is the same for the same key and differs for another key', () => {
    expect(pseudonym(KEY, 'P01')).toBe(pseudonym(Buffer.from(KEY), 'P01'));
    expect(pseudonym(KEY, 'P01')).not.toBe(pseudonym(Buffer.from('another key, also long enough'), 'P01'));
    expect(pseudonym(KEY, 'P01')).not.toBe(pseudonym(KEY, 'P02'));
  });
});

describe('pseudonymiseOrganisation', () => {
  it('renames people, drops identifying columns, and keeps teams and the network', async () => {
    const { organisation } = await loadOrganisation({ dir: SMALL_ORG });
    const hidden = pseudonymiseOrganisation(organisation, KEY, ['location']);
    const real = new Map(organisation.people.map((p) => [pseudonym(KEY, p.id), p]));
    expect([...real.keys()].sort()).toEqual(hidden.people.map((p) => p.id));
    expect(hidden.people.every((p) => p.name === '' && p.email === '' && p.manager === '' && p.role === '')).toBe(true);
    expect(hidden.people.map((p) => p.location)).toEqual(hidden.people.map((p) => real.get(p.id)!.location));
    // Teams keep their names and members; the members' ties are the same pairs under pseudonyms.
    const membersOf = (o: typeof organisation, rename: (id: string) => string) => o.teams.map((t) => [t.id, t.name, t.members.map((v) => rename(o.people[v].id)).sort()]);
    expect(membersOf(hidden, (id) => id)).toEqual(membersOf(organisation, (id) => pseudonym(KEY, id)));
    const tiesOf = (o: typeof organisation, rename: (id: string) => string) => Array.from({ length: o.ties.length }, (_, i) =>
      [rename(o.people[o.ties.source[i]].id), rename(o.people[o.ties.target[i]].id)].sort().join() + ` ${o.ties.strength[i]}`).sort();
    expect(tiesOf(hidden, (id) => id)).toEqual(tiesOf(organisation, (id) => pseudonym(KEY, id)));
    expect(hidden.arcs.length).toBe(organisation.arcs.length);
    expect(hidden.personIndex.get(pseudonym(KEY, 'P03'))).toBe(hidden.people.findIndex((p) => p.id === pseudonym(KEY, 'P03')));
  });

  it('lists people in the order of their pseudonyms, not the staff file\'s, which would give every pseudonym its person', async () => {
    const { organisation } = await loadOrganisation({ dir: SMALL_ORG });
    const hidden = pseudonymiseOrganisation(organisation, KEY);
    const ids = hidden.people.map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).not.toEqual(organisation.people.map((p) => pseudonym(KEY, p.id)));
    // Ties and arcs are renumbered with them, in (source, target) order as an organisation holds them.
    const pairs = (table: typeof hidden.ties) => Array.from({ length: table.length }, (_, i) => [table.source[i], table.target[i]]);
    expect(pairs(hidden.ties)).toEqual(pairs(hidden.ties).sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(pairs(hidden.ties).every(([a, b]) => a < b)).toBe(true);
    expect(pairs(hidden.arcs)).toEqual(pairs(hidden.arcs).sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    const arcsOf = (o: typeof organisation, rename: (id: string) => string) => Array.from({ length: o.arcs.length }, (_, i) =>
      `${rename(o.people[o.arcs.source[i]].id)}>${rename(o.people[o.arcs.target[i]].id)} ${o.arcs.strength[i]} ${o.arcs.channels[i]} ${o.arcs.first[i]}`).sort();
    expect(arcsOf(hidden, (id) => id)).toEqual(arcsOf(organisation, (id) => pseudonym(KEY, id)));
  });

  it('refuses to keep identifying columns', async () => {
    const { organisation } = await loadOrganisation({ dir: SMALL_ORG });
    expect(() => pseudonymiseOrganisation(organisation, KEY, ['email'])).toThrow(expect.objectContaining({ code: 'USAGE' }));
    // Under any header the loader reads as an id, name, e-mail address or manager.
    for (const column of ['Employee ID', 'full_name', 'Display Name', 'mail', 'E-mail (work)', 'line_manager', 'Reports To']) {
      expect(() => pseudonymiseOrganisation(organisation, KEY, [column]), column).toThrow(`--keep-attributes ${column}: identifying columns cannot be kept when pseudonymising`);
    }
    expect(pseudonymiseOrganisation(organisation, KEY, ['role', 'location']).people.every((p) => p.role !== '' && p.location !== '')).toBe(true);
  });

  it('refuses a key shorter than 16 bytes from a library caller, as the CLI does', async () => {
    const { organisation } = await loadOrganisation({ dir: SMALL_ORG });
    expect(() => pseudonymiseOrganisation(organisation, Buffer.from('short'))).toThrow('the pseudonym key holds 5 bytes; it needs at least 16');
    expect(pseudonymiseOrganisation(organisation, KEY.subarray(0, 16)).people[0].id).toMatch(/^p-[0-9a-f]{16}$/);
  });
});

describe('the key', () => {
  it('comes from --key-file (one trailing line break dropped) or NODEFINDER_KEY', () => {
    const dir = tempFolder({ 'key': `${KEY.toString()}\n`, 'crlf-key': `${KEY.toString()}\r\n` });
    expect(readPseudonymKey(join(dir, 'key'), {})).toEqual(KEY);
    expect(readPseudonymKey(join(dir, 'crlf-key'), {})).toEqual(KEY);
    expect(readPseudonymKey(undefined, { NODEFINDER_KEY: KEY.toString() })).toEqual(KEY);
  });

  it('is never a default: no key or a short key is a usage error', () => {
    const dir = tempFolder({ 'short': 'only15bytes....' });
    expect(() => readPseudonymKey(undefined, {})).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => readPseudonymKey(join(dir, 'short'), {})).toThrow(/15 bytes/);
  });

  it('is read from a key file that must be there: a missing one is FILE_NOT_FOUND, a folder FILE_UNREADABLE (exit 3), as for every file read', () => {
    const dir = tempFolder({});
    const missing = join(dir, 'missing.key');
    expect(() => readPseudonymKey(missing, {})).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND', file: missing, exitCode: 3, message: 'key file not found' }));
    expect(() => readPseudonymKey(dir, {})).toThrow(expect.objectContaining({ code: 'FILE_UNREADABLE', file: dir, exitCode: 3 }));
    const result = runCli(['analyse', SMALL_ORG, '--pseudonymise', '--key-file', missing, '--format', 'json']);
    expect(result.status).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${missing}: key file not found — check the path given with --key-file; if there is no key yet, make one once with \`openssl rand -hex 32 > nodefinder.key\``);
    expect(result.stderr).toContain('[FILE_NOT_FOUND]');
  });

  it('is asked for by the CLI before anything is read, with exit code 2', () => {
    const result = runCli(['analyse', SMALL_ORG, '--pseudonymise', '--format', 'json'], { NODEFINDER_KEY: '' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('pseudonyms need a secret key, and there is none');
    expect(result.stderr).toContain('openssl rand -hex 32');
  });

  it('is never advised made over a key that exists: the key in the folder is pointed to instead', () => {
    const here = tempFolder({ 'nodefinder.key': `${KEY.toString()}\n` });
    const noKey = { NODEFINDER_KEY: '' };
    const shared = join(here, 'shared.json');
    const report = runCli(['analyse', SMALL_ORG, '--pseudonymise', '--output', shared], noKey, here);
    expect(report.status).toBe(2);
    expect(report.stderr).toBe('nodefinder: pseudonyms need a secret key, and there is none — pass --key-file nodefinder.key, the key already in this folder (or set NODEFINDER_KEY)\n');
    // A key too short, or a key file named that is not there: the same pointer, never `openssl … > nodefinder.key`.
    const short = runCli(['analyse', SMALL_ORG, '--pseudonymise', '--output', shared], { NODEFINDER_KEY: 'short' }, here);
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('— pass --key-file nodefinder.key, the key already in this folder');
    const typo = runCli(['analyse', SMALL_ORG, '--pseudonymise', '--output', shared, '--key-file', 'nodefinder.kye'], noKey, here);
    expect(typo.status).toBe(3);
    expect(typo.stderr).toContain('check the path given with --key-file; pass --key-file nodefinder.key, the key already in this folder');
    for (const result of [report, short, typo]) expect(result.stderr).not.toContain('openssl');
  });

  it('too short in a key file is replaced by a new file, never written over', () => {
    const here = tempFolder({ 'nodefinder.key': 'only15bytes....' });
    const result = runCli(['analyse', SMALL_ORG, '--pseudonymise', '--key-file', 'nodefinder.key', '--format', 'json'], {}, here);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('nodefinder: the key file "nodefinder.key" holds 15 bytes; a pseudonym key needs at least 16 — make a longer key in a new file with `openssl rand -hex 32 > NEW-FILE`, keep it safe, and pass --key-file NEW-FILE\n');
  });

  it('for re-identifying is the one the output was made with: making one is never advised', () => {
    const output = join(tempFolder({ 'shared.csv': 'person\np-0123456789abcdef\n' }), 'shared.csv');
    const noKey = { NODEFINDER_KEY: '' };
    // In a folder holding nodefinder.key, that key is named; elsewhere, only "the key the output was made with".
    const withKeyHere = tempFolder({ 'nodefinder.key': `${KEY.toString()}\n` });
    const pointed = runCli(['validate', SMALL_ORG, '--reidentify', output, '--format', 'csv'], noKey, withKeyHere);
    expect(pointed.status).toBe(2);
    expect(pointed.stderr).toBe('nodefinder: re-identifying needs the secret key the output was made with, and there is none — give the key the output was made with: --key-file nodefinder.key if it was that one, or set NODEFINDER_KEY to it\n');
    const elsewhere = tempFolder({});
    const none = runCli(['validate', SMALL_ORG, '--reidentify', output], noKey, elsewhere);
    expect(none.stderr).toContain('— give the key the output was made with, with --key-file FILE or NODEFINDER_KEY: no other key finds anyone');
    const short = runCli(['validate', SMALL_ORG, '--reidentify', output], { NODEFINDER_KEY: 'short' }, elsewhere);
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('NODEFINDER_KEY holds 5 bytes; a pseudonym key needs at least 16 — give the key the output was made with');
    const missing = runCli(['validate', SMALL_ORG, '--reidentify', output, '--key-file', 'gone.key'], noKey, elsewhere);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('gone.key: key file not found — check the path given with --key-file; give the key the output was made with');
    for (const result of [pointed, none, short, missing]) expect(result.stderr).not.toContain('openssl');
  });
});
