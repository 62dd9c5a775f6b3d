/** The files writeSample produces: format, determinism, and the organisation's structure. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DEFAULTS, writeSample, type SampleProgress } from '../../src/sample/index.js';
import { readSample } from './read-sample.js';

const FILES = ['staff.csv', 'teams.csv', 'interactions.csv', 'truth.json'];

function freshDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'nodefinder-sample-')), 'out');
}

function digests(dir: string): string[] {
  return FILES.map((file) => createHash('sha256').update(readFileSync(join(dir, file))).digest('hex'));
}

describe('writeSample', async () => {
  const dir = freshDir();
  const progress: SampleProgress[] = [];
  const truth = await writeSample(dir, { staff: 1500, seed: 11 }, (event) => progress.push(event));
  const sample = readSample(dir);

  it('creates the folder and writes the four files with their headers', () => {
    for (const file of FILES) expect(existsSync(join(dir, file))).toBe(true);
    expect(sample.header).toEqual({
      staff: 'id,name,team,role,manager,location,email',
      teams: 'id,name,parent',
      interactions: 'source,target,timestamp,channel',
    });
  });

  it('returns the truth it writes to truth.json, with defaults filled in', () => {
    expect(sample.truth).toEqual(truth);
    expect(truth.seed).toBe(11);
    expect(truth.staff).toBe(1500);
    expect(truth.options).toEqual({ ...SAMPLE_DEFAULTS, staff: 1500, seed: 11 });
    for (const list of [truth.connectors, truth.brokers, truth.siloTeams, truth.isolates]) {
      expect(list).toEqual([...list].sort());
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('writes byte-identical files for the same options and different ones for another seed', async () => {
    const again = freshDir();
    await writeSample(again, { staff: 1500, seed: 11 });
    expect(digests(again)).toEqual(digests(dir));
    const other = freshDir();
    await writeSample(other, { staff: 1500, seed: 12 });
    const otherDigests = digests(other);
    digests(dir).forEach((digest, i) => expect(otherDigests[i], FILES[i]).not.toBe(digest));
  });

  it('keeps the structure when only the number of events changes', async () => {
    const sparse = freshDir();
    await writeSample(sparse, { staff: 1500, seed: 11, eventsPerPerson: 5 });
    expect(digests(sparse).slice(0, 2)).toEqual(digests(dir).slice(0, 2));
  });

  it('gives people unique ids like P000123 and teams unique ids like T0042', () => {
    expect(sample.staff).toHaveLength(1500);
    expect(new Set(sample.staff.map((person) => person.id)).size).toBe(1500);
    for (const person of sample.staff) expect(person.id).toMatch(/^P\d{6}$/);
    expect(sample.staff.map((person) => person.id)).toEqual(sample.staff.map((person) => person.id).sort());
    expect(new Set(sample.teams.map((team) => team.id)).size).toBe(sample.teams.length);
    for (const team of sample.teams) expect(team.id).toMatch(/^T\d{4}$/);
  });

  it('puts every person on exactly one existing team of 4 to 15 people', () => {
    const teamIds = new Set(sample.teams.map((team) => team.id));
    const sizes = new Map<string, number>();
    for (const person of sample.staff) {
      expect(teamIds.has(person.team)).toBe(true);
      sizes.set(person.team, (sizes.get(person.team) ?? 0) + 1);
    }
    expect(sizes.size).toBe(sample.teams.length);
    for (const size of sizes.values()) {
      expect(size).toBeGreaterThanOrEqual(4);
      expect(size).toBeLessThanOrEqual(15);
    }
  });

  it('groups 5 to 12 teams into each department, named as in truth.json', () => {
    const teamsPerDepartment = new Map<string, number>();
    for (const team of sample.teams) teamsPerDepartment.set(team.parent, (teamsPerDepartment.get(team.parent) ?? 0) + 1);
    expect([...teamsPerDepartment.keys()]).toEqual(truth.departments);
    expect(truth.departments.slice(0, 4)).toEqual(['Corporate Services', 'Housing', 'Finance', 'Adult Social Care']);
    for (const count of teamsPerDepartment.values()) {
      expect(count).toBeGreaterThanOrEqual(5);
      expect(count).toBeLessThanOrEqual(12);
    }
    expect(new Set(sample.teams.map((team) => team.name)).size).toBe(sample.teams.length);
  });

  it('builds one management tree: member → team lead → department head → chief executive', () => {
    const byId = new Map(sample.staff.map((person) => [person.id, person]));
    const roots = sample.staff.filter((person) => person.manager === '');
    expect(roots.map((person) => person.role)).toEqual(['Chief Executive']);
    for (const person of sample.staff) {
      let current = person;
      for (let depth = 0; current.manager !== ''; depth++) {
        expect(depth).toBeLessThan(4);
        current = byId.get(current.manager)!;
        expect(current).toBeDefined();
      }
      expect(current).toBe(roots[0]);
    }
    // Each team has one lead: the manager of its other members, who sits in the team.
    for (const team of sample.teams) {
      const members = sample.staff.filter((person) => person.team === team.id);
      const leads = new Set(members.map((person) => person.manager).filter((id) => byId.get(id)?.team === team.id));
      expect(leads.size).toBe(1);
    }
    expect(sample.staff.filter((person) => person.role === 'Director')).toHaveLength(truth.departments.length - 1);
  });

  it('writes names from several scripts without commas, a few dozen titles and a handful of sites', () => {
    const names = sample.staff.map((person) => person.name);
    expect(names.some((name) => /[ÅÖåöéñÑüëç]/.test(name))).toBe(true);
    expect(names.some((name) => /\p{Script=Han}/u.test(name))).toBe(true);
    expect(names.some((name) => /\p{Script=Cyrillic}/u.test(name))).toBe(true);
    expect(names.some((name) => /\p{Script=Arabic}/u.test(name))).toBe(true);
    const fieldCounts = readFileSync(join(dir, 'staff.csv'), 'utf8').trimEnd().split('\n').map((line) => line.split(',').length);
    expect(new Set(fieldCounts)).toEqual(new Set([7]));
    expect(readFileSync(join(dir, 'staff.csv'), 'utf8')).not.toContain('"');
    const roles = new Set(sample.staff.map((person) => person.role));
    expect(roles.size).toBeGreaterThanOrEqual(24);
    expect(roles.size).toBeLessThanOrEqual(60);
    const sites = new Set(sample.staff.map((person) => person.location));
    expect(sites.size).toBeGreaterThanOrEqual(3);
    expect(sites.size).toBeLessThanOrEqual(10);
  });

  it('gives everyone a unique ASCII address at example.org', () => {
    const emails = sample.staff.map((person) => person.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+@example\.org$/);
  });

  it('writes round(staff × eventsPerPerson) interactions between existing, different people', () => {
    expect(sample.interactions).toHaveLength(1500 * SAMPLE_DEFAULTS.eventsPerPerson);
    expect(truth.interactions).toBe(sample.interactions.length);
    // One assertion over all rows: an expect per row would take seconds.
    const bad = sample.interactions.filter(
      ({ source, target, channel }) =>
        !sample.teamOf.has(source) || !sample.teamOf.has(target) || source === target || !['email', 'meeting', 'chat'].includes(channel),
    );
    expect(bad).toEqual([]);
  });

  it('writes timestamps in time order, inside the period, on weekdays, mostly in working hours', () => {
    const start = Date.parse(`${SAMPLE_DEFAULTS.periodStart}T00:00:00Z`);
    const end = Date.parse(`${SAMPLE_DEFAULTS.periodEnd}T23:59:59Z`);
    const bad: string[] = [];
    let previous = -Infinity;
    let workingHours = 0;
    for (const { timestamp } of sample.interactions) {
      const time = Date.parse(timestamp);
      const date = new Date(time);
      const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/.test(timestamp) || time < previous || time < start || time > end || weekend) {
        bad.push(timestamp);
      }
      if (date.getUTCHours() >= 8 && date.getUTCHours() < 18) workingHours++;
      previous = time;
    }
    expect(bad).toEqual([]);
    expect(workingHours / sample.interactions.length).toBeGreaterThan(0.97);
  });

  it('reports progress ending with every row written', () => {
    expect(progress.map((event) => event.stage)).toContain('structure');
    expect(progress.at(-1)).toEqual({ stage: 'interactions', rows: truth.interactions, totalRows: truth.interactions });
  });

  it('honours the period and a fractional number of events per person', async () => {
    const out = freshDir();
    const small = await writeSample(out, { staff: 40, seed: 3, eventsPerPerson: 2.5, periodStart: '2025-12-01', periodEnd: '2025-12-05' });
    const read = readSample(out);
    expect(small.interactions).toBe(100);
    expect(read.interactions).toHaveLength(100);
    for (const { timestamp } of read.interactions) expect(timestamp >= '2025-12-01' && timestamp < '2025-12-06').toBe(true);
  });

  it('installs no Ctrl-C or kill handler in the calling process, and lists what it makes only with a removeOnExit', async () => {
    const before = { SIGINT: process.listenerCount('SIGINT'), SIGTERM: process.listenerCount('SIGTERM') };
    const during: (typeof before)[] = [];
    const out = freshDir();
    await writeSample(out, { staff: 40, seed: 3 }, () => during.push({ SIGINT: process.listenerCount('SIGINT'), SIGTERM: process.listenerCount('SIGTERM') }));
    expect(during.length).toBeGreaterThan(2);
    for (const counts of during) expect(counts).toEqual(before);
    // A caller's own removal on exit hears of the folder, the hidden folder and each file moved,
    // and every one is unlisted once the sample is complete.
    const listed = new Set<string>();
    const ever: string[] = [];
    const another = freshDir();
    await writeSample(another, { staff: 40, seed: 3 }, undefined, (path) => {
      listed.add(path);
      ever.push(path);
      return () => listed.delete(path);
    });
    expect(ever).toEqual([another, join(another, `.nodefinder-sample.${process.pid}.partial`), ...['staff.csv', 'teams.csv', 'interactions.csv', 'truth.json'].map((file) => join(another, file))]);
    expect(listed.size).toBe(0);
    expect(digests(another)).toEqual(digests(out));
  });

  it('rejects bad options with a RangeError before writing anything', async () => {
    const out = freshDir();
    await expect(writeSample(out, { staff: 5 })).rejects.toThrow(RangeError);
    expect(existsSync(out)).toBe(false);
  });
});
