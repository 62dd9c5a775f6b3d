/**
 * `sample --second-period`: the first period exactly as without the option, then a second period
 * as long, holding the planted changes that truth.json names, measured from the files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  generateOrganisation,
  generateSecondPeriod,
  generateTies,
  resolveSampleOptions,
  SECOND_PERIOD_STAFF,
  writeSample,
} from '../../src/sample/index.js';
import { runCli } from '../helpers/run-cli.js';
import { readSample } from './read-sample.js';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'nodefinder-sample-')), 'out');
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('a sample with a second period', async () => {
  const plainDir = fresh();
  const plainTruth = await writeSample(plainDir, { staff: 600, seed: 4 });
  const dir = fresh();
  const truth = await writeSample(dir, { staff: 600, seed: 4, secondPeriod: true });
  const sample = readSample(dir);
  const second = truth.secondPeriod!;
  const afterStart = `${second.after.start}T00:00:00Z`;
  const inSecond = sample.interactions.filter((row) => row.timestamp >= afterStart);
  const inFirst = sample.interactions.filter((row) => row.timestamp < afterStart);

  it('writes the first period exactly as the same options without it', () => {
    for (const file of ['staff.csv', 'teams.csv']) expect(digest(join(dir, file)), file).toBe(digest(join(plainDir, file)));
    const plain = readFileSync(join(plainDir, 'interactions.csv'), 'utf8');
    expect(readFileSync(join(dir, 'interactions.csv'), 'utf8').startsWith(plain)).toBe(true);
    expect(plainTruth.secondPeriod).toBeUndefined();
    expect(plainTruth.options).toEqual({ staff: 600, seed: 4, eventsPerPerson: 50, periodStart: '2026-01-05', periodEnd: '2026-06-26' });
  });

  it('records the periods and the planted changes in truth.json', () => {
    expect(sample.truth).toEqual(truth);
    expect(truth.options.secondPeriod).toBe(true);
    // 2026-01-05 to 2026-06-26 is 173 days; the second period is the next 173.
    expect(second.before).toEqual({ start: '2026-01-05', end: '2026-06-26' });
    expect(second.after).toEqual({ start: '2026-06-27', end: '2026-12-16' });
    expect(inFirst).toHaveLength(30_000);
    expect(inSecond).toHaveLength(30_000);
    expect(second.interactions).toBe(30_000);
    expect(truth.interactions).toBe(60_000);
    expect(truth.brokers).toContain(second.leavingBroker);
    expect(truth.departments).toEqual(expect.arrayContaining([...second.mergedDepartments]));
    expect(second.mergedDepartments[0]).not.toBe(second.mergedDepartments[1]);
    expect(second.cutOffTeam).not.toBe(second.controlTeam);
  });

  it('keeps rows in time order, each period inside its dates', () => {
    const stamps = sample.interactions.map((row) => row.timestamp);
    expect(stamps).toEqual([...stamps].sort());
    expect(inSecond.at(-1)!.timestamp < `${second.after.end}T23:59:60Z`).toBe(true);
    expect(inFirst.at(-1)!.timestamp < afterStart).toBe(true);
  });

  it('plants the changes in the second period only', () => {
    const team = sample.teamOf;
    const department = sample.departmentOf;
    const leaving = (rows: typeof inFirst) => rows.filter((row) => row.source === second.leavingBroker || row.target === second.leavingBroker).length;
    expect(leaving(inFirst)).toBeGreaterThan(100);
    expect(leaving(inSecond)).toBe(0);

    const outsideCut = (rows: typeof inFirst) => rows.filter((row) => (team.get(row.source) === second.cutOffTeam) !== (team.get(row.target) === second.cutOffTeam)).length;
    const insideCut = (rows: typeof inFirst) => rows.filter((row) => team.get(row.source) === second.cutOffTeam && team.get(row.target) === second.cutOffTeam).length;
    expect(outsideCut(inFirst)).toBeGreaterThan(20);
    expect(outsideCut(inSecond)).toBe(0);
    expect(insideCut(inSecond)).toBeGreaterThan(100);

    const [a, b] = second.mergedDepartments;
    const between = (rows: typeof inFirst) => {
      const pairs = new Set(rows.filter((row) => new Set([department.get(row.source), department.get(row.target)]).size === 2 && [a, b].includes(department.get(row.source)!) && [a, b].includes(department.get(row.target)!)).map((row) => [row.source, row.target].sort().join()));
      return pairs.size;
    };
    // From a handful of contacts across the old boundary to about three new ones per person.
    expect(between(inSecond)).toBeGreaterThan(5 * between(inFirst));
  });

  it('leaves the control team outside every planted change', () => {
    const control = sample.teams.find((t) => t.id === second.controlTeam)!;
    expect(second.mergedDepartments).not.toContain(control.parent);
    const members = new Set(sample.staff.filter((person) => person.team === second.controlTeam).map((person) => person.id));
    expect(members.size).toBeGreaterThanOrEqual(6);
    expect(members.has(second.leavingBroker)).toBe(false);
    for (const row of sample.interactions) {
      if (!members.has(row.source) && !members.has(row.target)) continue;
      expect([row.source, row.target]).not.toContain(second.leavingBroker);
      expect([sample.teamOf.get(row.source), sample.teamOf.get(row.target)]).not.toContain(second.cutOffTeam);
    }
  });

  it('writes the same bytes for the same options', async () => {
    const again = fresh();
    await writeSample(again, { staff: 600, seed: 4, secondPeriod: true });
    for (const file of ['staff.csv', 'teams.csv', 'interactions.csv', 'truth.json']) expect(digest(join(again, file)), file).toBe(digest(join(dir, file)));
  });
});

/** The plan of a second period for `staff` people and `seed`, with the organisation and its first-period ties. */
function planFor(staff: number, seed: number) {
  const options = resolveSampleOptions({ staff, seed });
  const organisation = generateOrganisation(options);
  const ties = generateTies(organisation, seed);
  return { organisation, ties, plan: generateSecondPeriod(organisation, ties, options).plan };
}

describe('which organisations hold a second period', () => {
  it('names the sizes at which the organisation gains its third and fourth department', () => {
    const departments = (staff: number) => generateOrganisation(resolveSampleOptions({ staff })).departments.length;
    expect(departments(SECOND_PERIOD_STAFF.some - 1)).toBe(2);
    expect(departments(SECOND_PERIOD_STAFF.some)).toBe(3);
    expect(departments(SECOND_PERIOD_STAFF.every - 1)).toBe(3);
    expect(departments(SECOND_PERIOD_STAFF.every)).toBe(4);
  });

  // Seeds 6, 8, 10 and 20 at 266 people, and 7, 13, 17 and 19 at 300, first draw a plan that
  // leaves no control team; a plan is drawn again until one does.
  it.each([SECOND_PERIOD_STAFF.every, 300])('finds a control team untouched by the changes for every seed at %i people', (staff) => {
    for (let seed = 1; seed <= 20; seed++) {
      const { organisation, ties, plan } = planFor(staff, seed);
      const teamOf = (p: number) => organisation.people[p].team;
      const touchesControl = (p: number, q: number) =>
        teamOf(p) === plan.controlTeam && (q === plan.leavingBroker || teamOf(q) === plan.cutOffTeam);
      for (let i = 0; i < ties.count; i++) {
        expect(touchesControl(ties.a[i], ties.b[i]) || touchesControl(ties.b[i], ties.a[i]), `seed ${seed}`).toBe(false);
      }
      expect(plan.controlTeam, `seed ${seed}`).not.toBe(plan.cutOffTeam);
      expect(plan.mergedDepartments, `seed ${seed}`).not.toContain(organisation.teams[plan.controlTeam].department);
    }
  });

  it('keeps the plan of a seed whose first draw left a control team', () => {
    // As written before plans were drawn again: the samples of such seeds are unchanged.
    const { organisation, plan } = planFor(300, 1);
    const { people, teams, departments } = organisation;
    expect(teams[plan.cutOffTeam].id).toBe('T0032');
    expect(people[plan.leavingBroker].id).toBe('P000289');
    expect(plan.mergedDepartments.map((d) => departments[d].name)).toEqual(['Corporate Services', 'Housing']);
    expect(teams[plan.controlTeam].id).toBe('T0016');
  });
});

describe('sample --second-period on the command line', () => {
  it('prints the compare command for the two periods', () => {
    const out = fresh();
    const result = runCli(['sample', '--staff', '300', '--seed', '1', '--second-period', '--out', out]);
    expect(result.status).toBe(0);
    const truth = JSON.parse(readFileSync(join(out, 'truth.json'), 'utf8'));
    expect(result.stdout).toContain(`nodefinder compare ${out} --before 2026-01-05..2026-06-26 --after 2026-06-27..2026-12-16`);
    expect(result.stdout).toContain(`team ${truth.secondPeriod.cutOffTeam} cut off, broker ${truth.secondPeriod.leavingBroker} left`);
  });

  it('refuses an organisation too small for the planted changes, before writing anything', async () => {
    const dir = fresh();
    await expect(writeSample(dir, { staff: 100, seed: 1, secondPeriod: true })).rejects.toThrow(RangeError);
    expect(existsSync(dir)).toBe(false);
    const result = runCli(['sample', '--staff', '100', '--second-period', '--out', fresh()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--second-period: a second period needs at least 3 departments (194 people or more); this organisation has 1');
    expect(result.stderr).toContain('use --staff 266 or more, which works with every seed');
    expect(result.stderr).not.toContain('another --seed');
  });

  it('says in its help from which size every seed works', () => {
    const help = runCli(['sample', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('for `nodefinder compare`; works with every seed from 266 staff, with some seeds from 194');
  });

  it('says, for an organisation of three departments, that another seed may work', () => {
    const refused = runCli(['sample', '--staff', '250', '--seed', '1', '--second-period', '--out', fresh()]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('no choice of the planted changes leaves a control team untouched by them');
    expect(refused.stderr).toContain('try another --seed (some work at this size), or use --staff 266 or more, which works with every seed');
    const out = fresh();
    const written = runCli(['sample', '--staff', '250', '--seed', '11', '--second-period', '--out', out]);
    expect(written.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'truth.json'), 'utf8')).secondPeriod.controlTeam).toMatch(/^T\d{4}$/);
  });
});
