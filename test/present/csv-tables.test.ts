/** The CSV tables on the hand-made small organisation, whose answers are known (fixtures/small-org/README.md). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCsvTable, introductionsTable, peopleTable, teamsTable } from '../../src/present/csv-tables.js';
import { NO_OR_SMALL_TEAM_LABEL, SMALL_TEAMS_LABEL } from '../../src/present/team-labels.js';
import { releasedOf, SMALL_ORG } from './released.js';

const row = (table: { header: readonly string[]; rows: readonly (readonly unknown[])[] }, id: string) => {
  const found = table.rows.find((r) => r[0] === id);
  if (!found) throw new Error(`no row ${id}`);
  return Object.fromEntries(table.header.map((column, i) => [column, found[i]]));
};

describe('CSV tables', async () => {
  const { released } = await releasedOf(SMALL_ORG, 2);

  it('people: one row per person with team, every measure and roles', () => {
    const table = peopleTable(released);
    expect(table.rows).toHaveLength(14);
    expect(table.header.slice(0, 5)).toEqual(['id', 'name', 'team', 'teamName', 'department']);
    expect(table.header).toContain('betweenness');
    expect(table.header.at(-1)).toBe('roles');
    expect(row(table, 'P01')).toMatchObject({ name: 'Ann Smith', team: 'T1', teamName: 'Finance', department: 'Resources', degree: 5, strength: 14, roles: 'connector' });
    expect(row(table, 'P03')).toMatchObject({ name: 'Carla Patel', peopleCutOff: 4, teamsCutOff: 1, roles: 'broker;bottleneck' });
    expect(row(table, 'P14')).toMatchObject({ degree: 0, roles: 'isolate' });
    // Ned has no ties: constraint does not apply and is written as an empty field.
    const csv = formatCsvTable(released, 'people').split('\r\n');
    const constraintColumn = table.header.indexOf('constraint');
    expect(csv.find((line) => line.startsWith('P14,'))!.split(',')[constraintColumn]).toBe('');
  });

  it('has the columns the README lists for each table, in its order', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const listed = (table: string) => {
      const line = readme.split('\n').find((each) => each.startsWith(`| \`${table}\` | \``))!;
      // The names in backticks, leaving out those in parentheses (`;` in "roles (joined by `;`)").
      return [...line.replace(/\([^)]*\)/g, '').split(' | ')[1].matchAll(/`([^`]+)`/g)].map((match) => match[1]);
    };
    expect(peopleTable(released).header).toEqual(listed('people'));
    expect(teamsTable(released).header).toEqual(listed('teams'));
    expect(introductionsTable(released).header).toEqual(listed('introductions'));
  });

  it('teams: figures, silo judgement and its evidence', () => {
    const table = teamsTable(released);
    expect(table.rows.map((r) => r[0])).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(row(table, 'T4')).toMatchObject({ name: 'Archive', department: 'Communities', size: 2, internalTies: 1, externalTies: 0, silo: true });
    expect(row(table, 'T4').evidence).toBe('eiIndex -1 <= -0.800 (option siloEiIndex: 0 of 1 ties leave the team); size 2 >= 2 (option siloMinSize)');
    expect(row(table, 'T3')).toMatchObject({ busFactorPerson: 'P08', busFactorPersonName: 'Hal Evans', silo: false });
    // A team that is no silo: the condition it fails is not written as if it held.
    expect(row(table, 'T3').evidence).toMatch(/^eiIndex -0\.600, not <= -0\.800 \(option siloEiIndex: \d+ of \d+ ties leave the team\); size 5 >= 2 /);
  });

  it('introductions: the columns of nodefinder suggest, cold silo introduction first', () => {
    const table = introductionsTable(released);
    expect(table.header).toEqual(['from', 'from_name', 'from_team', 'to', 'to_name', 'to_team', 'via', 'via_names', 'warm', 'score', 'need', 'value', 'plausibility', 'reason']);
    expect(table.rows[0].slice(0, 9)).toEqual(['P12', 'Lea Öberg', 'Archive', 'P08', 'Hal Evans', 'Housing', '', '', false]);
    expect(table.rows[1].slice(0, 8)).toEqual(['P09', 'Ivy Chen', 'Housing', 'P03', 'Carla Patel', 'Finance', 'P08', 'Hal Evans']);
  });

  it('names no small team: members of suppressed teams get a label, not the team', async () => {
    const { released: strict } = await releasedOf(SMALL_ORG, 5);
    expect(teamsTable(strict).rows.map((r) => r[0])).toEqual(['T3']);
    const people = peopleTable(strict);
    expect(row(people, 'P01')).toMatchObject({ team: null, teamName: NO_OR_SMALL_TEAM_LABEL, department: '' });
    expect(row(people, 'P08')).toMatchObject({ team: 'T3', teamName: 'Housing' });
    const csv = formatCsvTable(strict, 'people') + formatCsvTable(strict, 'introductions');
    for (const small of ['Finance', 'Payroll', 'Archive']) expect(csv).not.toContain(small);
    // A team id that the released teams do not hold is never written either.
    const withoutFinance = { ...released, teams: released.teams.filter((team) => team.id !== 'T1') };
    expect(row(peopleTable(withoutFinance), 'P01')).toMatchObject({ team: null, teamName: SMALL_TEAMS_LABEL });
  });

  it('carries staff columns kept with --keep-attributes', () => {
    const kept = {
      ...released,
      privacy: { ...released.privacy!, keptAttributes: ['location'] },
      people: released.people.map((p) => ({ ...p, attributes: { location: p.id === 'P01' ? 'Town Hall' : '' } })),
    };
    const table = peopleTable(kept);
    expect(table.header.slice(0, 6)).toEqual(['id', 'name', 'team', 'teamName', 'department', 'location']);
    expect(row(table, 'P01').location).toBe('Town Hall');
  });
});
