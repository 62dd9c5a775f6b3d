/** The JSON contract: valid against the committed schema, deterministic, and right on the fixture. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyse, type AnalyseOptions } from '../../src/analyse.js';
import { UsageError } from '../../src/errors.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { runCli } from '../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'fixtures', 'small-org');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'analysis.schema.json'), 'utf8'));

describe('nodefinder analyse --format json on fixtures/small-org', () => {
  // The fixture's teams have 3 to 5 people: a minimum group size of 1 shows them all.
  const ARGS = ['analyse', FIXTURE, '--format', 'json', '--min-group-size', '1'];
  const first = runCli(ARGS);
  const analysis = JSON.parse(first.stdout);
  const person = (id: string) => analysis.people.find((p: { id: string }) => p.id === id);
  const team = (id: string) => analysis.teams.find((t: { id: string }) => t.id === id);

  it('exits 0 and matches schema/analysis.schema.json', () => {
    expect(first.status).toBe(0);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(analysis), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('is byte-identical on a second run', () => {
    expect(runCli(ARGS).stdout).toBe(first.stdout);
  });

  it('records the options it ran with', () => {
    expect(analysis.schemaVersion).toBe(4);
    expect(analysis.options).toMatchObject({ weighted: false, directed: false, seed: 1, betweenness: { mode: 'exact', samples: 14, seed: null } });
  });

  it('finds the answers worked out in the fixture README', () => {
    expect(analysis.summary).toMatchObject({ people: 14, teams: 4, ties: 17, components: 3, largestComponent: 11, isolates: 1, communities: 4, communityTeamNmi: 1, silos: 1, singlePointsOfFailure: 2, bridges: 2 });
    expect(person('P01').roles).toContain('connector');
    expect(person('P03').roles).toEqual(['broker', 'bottleneck']);
    expect(person('P14').roles).toEqual(['isolate']);
    expect(person('P14').constraint).toBeNull();
    // Ned has no ties, so no community: the four communities are the teams of the people with ties.
    expect(person('P14').community).toBeNull();
    expect(team('T4')).toMatchObject({ silo: true, externalTies: 0, eiIndex: -1 });
    expect(analysis.teams.filter((t: { silo: boolean }) => t.silo).map((t: { id: string }) => t.id)).toEqual(['T4']);
    expect(analysis.risks.singlePointsOfFailure).toEqual([
      // Carla holds Housing by her tie to Hal (3); Hal holds Ivy, Jon and Kim by his ties to Ivy (5) and Kim (2).
      { id: 'P03', name: 'Carla Patel', team: 'T1', peopleCutOff: 4, teamsCutOff: 1, tiesToCutOff: 1, strengthToCutOff: 3 },
      { id: 'P08', name: 'Hal Evans', team: 'T3', peopleCutOff: 3, teamsCutOff: 1, tiesToCutOff: 2, strengthToCutOff: 7 },
    ]);
    expect(analysis.risks.bridges).toEqual([
      { from: 'P03', to: 'P08', strength: 3 },
      { from: 'P12', to: 'P13', strength: 6 },
    ]);
  });

  it('carries evidence a reader can check', () => {
    const [betweenness, constraint] = person('P03').evidence.broker;
    expect(betweenness).toMatchObject({ measure: 'betweenness', comparison: '>=' });
    expect(betweenness.value).toBeGreaterThanOrEqual(betweenness.threshold);
    expect(constraint.value).toBeLessThanOrEqual(constraint.threshold);
    expect(team('T4').evidence[0].basis).toBe('option siloEiIndex: 0 of 1 ties leave the team');
    // The ties holding the people cut off, in the words of the risks: Carla's one tie to Hal, of 3 interactions.
    expect(person('P03').evidence.bottleneck[2].basis).toBe('a cut point: people lose their only path to the rest, held by 1 tie of 3 interactions');
  });
});

describe('sampled path measures', () => {
  it('records the sample size, seed and largest standard error of each estimate', () => {
    const result = runCli(['analyse', join(ROOT, 'fixtures', 'sample'), '--format', 'json', '--betweenness', 'sampled', '--samples', '50', '--seed', '4']);
    expect(result.status).toBe(0);
    const { options } = JSON.parse(result.stdout);
    for (const measure of ['betweenness', 'closeness', 'harmonic']) {
      expect(options[measure]).toMatchObject({ mode: 'sampled', samples: 50, seed: 4 });
      expect(options[measure].maxStandardError).toBeGreaterThan(0);
    }
  });
});

describe('analyse() from the library', () => {
  it('refuses a seed that could not be recorded and replayed, as --seed does', async () => {
    const { organisation } = await loadOrganisation({ dir: FIXTURE });
    // 2^32 would be recorded as itself but give the results of seed 0: the generator keeps 32 bits.
    for (const seed of [-1, 1.5, Number.NaN, 4_294_967_296]) expect(() => analyse(organisation, { seed })).toThrow(`analyse: seed must be a whole number from 0 to 4294967295, not ${seed}`);
    expect(analyse(organisation, { seed: 0 }).options.seed).toBe(0);
    expect(analyse(organisation, { seed: 4_294_967_295 }).options.seed).toBe(4_294_967_295);
    // An option given as undefined takes its default, as one left out does.
    expect(analyse(organisation, { resolution: undefined, seed: undefined }).options).toMatchObject({ resolution: 1, seed: 1 });
  });

  it('refuses, as UsageErrors naming them, options the CLI would refuse: a mistyped name, an unknown mode, a threshold out of range', async () => {
    const { organisation } = await loadOrganisation({ dir: FIXTURE });
    const refusals: [unknown, string][] = [
      // Options that are no object were a TypeError from inside.
      [null, 'analyse: the options must be an object of names and values, not null'],
      [{ roles: 5 }, 'analyse roles: the options must be an object of names and values, not 5'],
      [{ betweenness: 'fast' }, 'analyse: betweenness must be auto, exact, sampled, not fast'],
      [{ seeds: 3 }, 'analyse: unknown option "seeds"'],
      [{ resolution: -1 }, 'analyse: resolution must be a number above 0, not -1'],
      [{ resolution: Number.NaN }, 'analyse: resolution must be a number above 0, not NaN'],
      [{ samples: 0 }, 'analyse: samples must be a whole number of at least 1, not 0'],
      [{ roles: { connectorPercentile: 150 } }, 'analyse roles: connectorPercentile must be above 0 and at most 100, not 150'],
      [{ roles: { connectorPercentle: 98 } }, 'analyse roles: unknown option "connectorPercentle"'],
      [{ introductions: { limt: 3 } }, 'analyse introductions: unknown option "limt"'],
      [{ silos: { siloEiIndex: Number.NaN } }, 'analyse silos: siloEiIndex must be at least -1 and below 1 (an E-I index), not NaN'],
      [{ silos: { siloEiIndex: -2 } }, 'analyse silos: siloEiIndex must be at least -1 and below 1 (an E-I index), not -2'],
      [{ silos: { siloEiIndex: 1 } }, 'analyse silos: siloEiIndex must be at least -1 and below 1 (an E-I index), not 1'],
      [{ silos: { siloMinSize: 0 } }, 'analyse silos: siloMinSize must be a whole number of at least 1, not 0'],
      [{ roles: { spannerMinTeams: 0 } }, 'analyse roles: spannerMinTeams must be a whole number of at least 1, not 0'],
      [{ roles: { connectorMinDegree: 2.5 } }, 'analyse roles: connectorMinDegree must be a whole number of at least 1, not 2.5'],
      [{ weighted: 'yes' }, 'analyse: weighted must be true or false, not yes'],
    ];
    for (const [options, message] of refusals) {
      let refused: unknown;
      try {
        analyse(organisation, options as Partial<AnalyseOptions>);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(UsageError);
      expect((refused as UsageError).message).toBe(message);
    }
  });

  it('refuses an organisation with no ties, whose measures would be NaN, as the CLI refuses it with NO_INTERACTIONS', async () => {
    const { organisation } = await loadOrganisation({ dir: FIXTURE, since: Date.UTC(2100, 0, 1) / 1000 });
    expect(organisation.ties.length).toBe(0);
    expect(() => analyse(organisation)).toThrow(new UsageError('analyse: the organisation has no ties, so there is no network to analyse',
      'build it from interactions that were used: the load report lists the rows skipped and why'));
  });
});
