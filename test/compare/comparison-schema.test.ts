/**
 * schema/comparison.schema.json is the full contract of `compare --format json`: real comparisons
 * (two periods of a sample, two folders, pseudonymised, unequal periods, small teams suppressed)
 * validate against it, every object written is described key by key, and a document that strays
 * from it (a misspelled key, a judgement it does not list) is refused.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/compare/comparison.js';
import { runCli } from '../helpers/run-cli.js';
import { undescribed, type Schema } from '../helpers/schema-coverage.js';
import { AFTER, BEFORE, writeTinyOrganisation } from './tiny-org.js';

const ROOT = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'comparison.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateComparison = ajv.compile(schema);
const KEY = { NODEFINDER_KEY: 'a key long enough for the test' };


/** Paths of the schema's objects that accept keys they do not list, and of properties without a description. */
function loose(node: unknown, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => loose(item, `${path}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  const schemaNode = node as Schema;
  const found: string[] = [];
  if (schemaNode.type === 'object' && schemaNode.additionalProperties !== false) found.push(`${path}: additionalProperties`);
  for (const [key, property] of Object.entries((schemaNode.properties ?? {}) as Record<string, Schema>)) {
    if (typeof property.description !== 'string' || property.description === '') found.push(`${path}/properties/${key}: description`);
  }
  return [...found, ...Object.entries(schemaNode).flatMap(([key, inner]) => loose(inner, `${path}/${key}`))];
}

/** The comparison `compare` writes with these arguments, which must succeed. */
function compareJson(args: string[], env?: Record<string, string>): Comparison {
  const result = runCli(['compare', ...args, '--format', 'json'], env);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Comparison;
}

/** The periods of a sample written by `nodefinder sample --second-period`. */
function samplePeriods(): string[] {
  const dir = join(mkdtempSync(join(tmpdir(), 'nodefinder-schema-')), 'sample');
  const result = runCli(['sample', '--staff', '300', '--second-period', '--out', dir]);
  if (result.status !== 0) throw new Error(`sample failed: ${result.stderr}`);
  const { before, after } = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')).secondPeriod;
  return [dir, '--before', `${before.start}..${before.end}`, '--after', `${after.start}..${after.end}`];
}

/** Two folders of the tiny organisation: a5 left and a6 joined, and a5's staff row is missing after, so rows are skipped. */
function twoFolders(): string[] {
  const before = writeTinyOrganisation({ days: ['2026-01-05', '2026-01-15', '2026-01-25'] });
  const after = writeTinyOrganisation({ days: ['2026-02-10'], extraStaff: [['a6', 'A']], extraInteractions: [['a6', 'a1', '2026-02-02'], ['a6', 'a4', '2026-02-27']] });
  const staff = readFileSync(join(after, 'staff.csv'), 'utf8').split('\n');
  writeFileSync(join(after, 'staff.csv'), staff.filter((line) => !line.startsWith('a5,')).join('\n'));
  return [before, after];
}

/** Two folders of the tiny organisation, e4 moved from E to F and s1 from the small team S to C after. */
function reorganisation(): string[] {
  const days = ['2026-01-05', '2026-01-15', '2026-01-25'];
  return [writeTinyOrganisation({ days }), writeTinyOrganisation({ days, moved: { e4: 'F', s1: 'C' } })];
}

const tiny = writeTinyOrganisation();
const sample = samplePeriods();
const periods = [tiny, '--before', BEFORE, '--after', AFTER];

describe('schema/comparison.schema.json', () => {
  const runs: [string, () => Comparison, (comparison: Comparison) => void][] = [
    ['two periods of a sample', () => compareJson(sample), (c) => {
      expect(c.noise.available).toBe(true);
      expect(c.repairs.length).toBeGreaterThan(0);
    }],
    ['two periods of a sample, filtered and sampled', () => compareJson([
      ...sample, '--channel', 'email', '--channel', 'meeting', '--min-interactions', '2', '--date-order', 'dmy',
      '--directed', '--weighted', '--betweenness', 'sampled', '--samples', '50', '--thresholds', 'siloEiIndex=-0.7',
    ]), (c) => {
      expect(c.options.load).toEqual({ channels: ['email', 'meeting'], minInteractions: 2, undirected: false, strict: false, dateOrder: 'dmy' });
      // Each period's sample as its analysis records it: the size tells 50 sources from 400.
      for (const period of [c.options.betweenness.before, c.options.betweenness.after]) {
        expect(period).toEqual({ mode: 'sampled', samples: 50, seed: 1, maxStandardError: expect.any(Number) });
        expect(period.maxStandardError).toBeGreaterThan(0);
      }
      expect(c.options.silos).toEqual({ siloEiIndex: -0.7, siloMinSize: 2 });
      expect(c.notes.some((note) => note.startsWith('Betweenness was estimated'))).toBe(true);
    }],
    ['two folders, with rows skipped after', () => compareJson(twoFolders()), (c) => {
      expect(c.mode).toBe('folders');
      expect(c.before.start).toBeNull();
      expect(c.people.joined.items.map((p) => p.id)).toEqual(['a6']);
      expect(c.people.left.items.map((p) => p.id)).toEqual(['a5']);
      expect(c.notes.some((note) => note.startsWith(`The after folder, ${c.after.label}: interactions.csv: `))).toBe(true);
    }],
    ['two folders either side of a reorganisation, pseudonymised', () => compareJson([...reorganisation(), '--pseudonymise', '--min-group-size', '3'], KEY), (c) => {
      // e4 moved from Estates to Fleet: named by pseudonym, with both teams; s1 left Scrutiny, too small to name.
      expect(c.people.movedTeams.total).toBe(2);
      expect(c.people.movedTeams.items.map((p) => [p.from, p.team, p.name])).toEqual([['E', 'F', ''], [null, 'C', '']]);
      expect(c.people.movedTeams.items.every((p) => /^p-[0-9a-f]{16}$/.test(p.id))).toBe(true);
      expect(c.teams.all.find((t) => t.id === 'F')!.membership).toEqual({ people: 6, arrived: 1, departed: 0, substantial: false });
      expect(c.teams.all.find((t) => t.id === 'E')!.membership).toEqual({ people: 5, arrived: 0, departed: 1, substantial: false });
    }],
    ['pseudonymised', () => compareJson([...periods, '--pseudonymise'], KEY), (c) => {
      expect(c.privacy.pseudonymised).toBe(true);
      expect(c.people.roleChanges.items[0]).toMatchObject({ id: expect.stringMatching(/^p-[0-9a-f]{16}$/), name: '' });
    }],
    ['unequal periods, with no windows', () => compareJson([tiny, '--before', '2026-01-10..2026-01-31', '--after', AFTER]), (c) => {
      expect(c.noise).toMatchObject({ windows: [], available: false });
      expect(c.notes[0]).toMatch(/^The periods differ in length \(22 days before, 28 days after\)/);
      const judged = [...c.teams.all.flatMap((team) => [team.eiIndex, team.teamsReached]), ...c.pairs.broken.items.map((pair) => pair.ties)];
      expect(judged.every((figure) => figure.normalVariation === null)).toBe(true);
      // No change at all is within normal variation whatever it is; any other is not judged.
      expect(judged.some((figure) => figure.change !== 0)).toBe(true);
      expect(judged.every((figure) => figure.variation === (figure.change === 0 ? 'within-normal' : 'unknown'))).toBe(true);
    }],
    ['small teams suppressed by --min-group-size', () => compareJson([...periods, '--min-group-size', '6']), (c) => {
      expect(c.privacy.teamsSuppressed).toBe(8);
      expect(c.teams.all).toEqual([]);
      expect(c.people.roleChanges.items.map((p) => p.team)).toEqual(c.people.roleChanges.items.map(() => null));
      expect(c.people.roleChanges.total).toBeGreaterThan(0);
      expect(c.people.crossTeamLosses.total).toBe(0);
    }],
  ];

  it.each(runs)('describes and accepts compare --format json: %s', (_name, run, check) => {
    const comparison = run();
    check(comparison);
    expect(validateComparison(comparison), JSON.stringify(validateComparison.errors?.slice(0, 3))).toBe(true);
    expect(undescribed(schema, comparison, schema, 'comparison')).toEqual([]);
    // Every top-level key the CLI writes is required, notes included.
    expect([...schema.required].sort()).toEqual(Object.keys(comparison).sort());
  }, 60_000);

  it('closes every object and describes every property', () => {
    expect(loose(schema, '#')).toEqual([]);
    expect(schema.$defs.judgedChange.properties.variation.enum).toEqual(['within-normal', 'beyond-normal', 'unknown']);
  });

  it('refuses a document that strays from the contract', () => {
    const comparison = compareJson(periods);
    expect(validateComparison(comparison)).toBe(true);
    const { available, ...noise } = comparison.noise;
    const [team, ...others] = comparison.teams.all;
    const strays: unknown[] = [
      { ...comparison, noise: { ...noise, availabel: available } },
      { ...comparison, options: { ...comparison.options, load: { ...comparison.options.load, channel: null } } },
      { ...comparison, teams: { ...comparison.teams, all: [{ ...team, eiIndex: { ...team.eiIndex, variation: 'beyond normal' } }, ...others] } },
      { ...comparison, privacy: { ...comparison.privacy, pseudonymised: 'no' } },
      { ...comparison, before: { ...comparison.before, people: null } },
      { ...comparison, schemaVersion: 2 },
      { ...comparison, options: { ...comparison.options, betweenness: { before: 'exact', after: 'exact' } } },
    ];
    expect(strays.map((stray) => validateComparison(stray))).toEqual(strays.map(() => false));
    const { notes: _notes, ...withoutNotes } = comparison;
    expect(validateComparison(withoutNotes)).toBe(false);
  });
});
