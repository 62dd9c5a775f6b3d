/**
 * `nodefinder compare` releases each period's analysis once: the after period with the teams
 * small in either period withheld, and the comparison takes its figures from that release.
 * Run in this process, with releaseAnalysis watched, so its calls can be counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/analyse.js';
import type { Comparison } from '../../src/compare/comparison.js';
import { createProgram } from '../../src/cli/program.js';
import type { PrivacyOptions } from '../../src/privacy/release.js';
import { tempFolder } from '../helpers/temp-files.js';
import { compareFolders } from './run-compare.js';
import { writeTinyOrganisation } from './tiny-org.js';

const releases = vi.hoisted(() => [] as { options: Partial<PrivacyOptions>; released: Analysis }[]);
vi.mock('../../src/privacy/release.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/privacy/release.js')>();
  return {
    ...original,
    releaseAnalysis: (...args: Parameters<typeof original.releaseAnalysis>) => {
      const released = original.releaseAnalysis(...args);
      releases.push({ options: args[2] ?? {}, released });
      return released;
    },
  };
});

describe('compare releases each period once', () => {
  it('releases the after period once, withholding a team small only before, and compares as from plain releases', async () => {
    // Accounts has three members before (small) and five after.
    const beforeDir = writeTinyOrganisation({ without: ['a4', 'a5'] });
    const afterDir = writeTinyOrganisation();
    const out = join(tempFolder({}), 'comparison.json');
    await createProgram().parseAsync(['node', 'nodefinder', 'compare', beforeDir, afterDir, '--quiet', '--format', 'json', '--output', out]);

    expect(releases.map(({ released }) => released.people.length)).toEqual([35, 37]);
    const after = releases[1];
    expect(after.options.withholdTeams).toEqual(['A', 'S']);
    expect(after.released.privacy).toMatchObject({ teamsSuppressed: 2, peopleInSuppressedTeams: 7 });
    expect(after.released.teams.map((team) => team.id)).not.toContain('A');
    expect(after.released.people.filter((person) => person.id.startsWith('a')).map((person) => person.team)).toEqual([null, null, null, null, null]);

    // The figures are those a comparison of the plain releases gives: withholding A changes none.
    const comparison = JSON.parse(readFileSync(out, 'utf8')) as Comparison;
    const plain = await compareFolders(beforeDir, afterDir);
    for (const part of ['organisation', 'teams', 'pairs', 'people', 'repairs', 'privacy'] as const) expect(comparison[part]).toEqual(plain[part]);
    expect(comparison.privacy).toMatchObject({ minGroupSize: 5, teamsSuppressed: 2 });
  });
});
