/**
 * schema/analysis.schema.json is the full contract of `analyse --format json`: real outputs, over
 * the options that change what is written, validate against it, and every object written is
 * described key by key (no bare `{ "type": "object" }` that would accept anything).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { undescribed } from '../helpers/schema-coverage.js';
import { tempFolder } from '../helpers/temp-files.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'fixtures', 'sample');
const SMALL_ORG = join(ROOT, 'fixtures', 'small-org');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'analysis.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateAnalysis = ajv.compile(schema);
const validateLoadReport = ajv.compile({ $ref: `${schema.$id}#/$defs/loadReport` });


/** A copy of fixtures/small-org whose interactions name someone not in the staff file, so rows are skipped. */
function smallOrgWithSkippedRows(): string {
  const dir = tempFolder({});
  cpSync(SMALL_ORG, dir, { recursive: true });
  const interactions = join(dir, 'interactions.csv');
  writeFileSync(interactions, readFileSync(interactions, 'utf8') + 'P01,X99,2026-03-03T10:00:00Z,email\n');
  return dir;
}

describe('schema/analysis.schema.json', () => {
  const runs: [string, string[], Record<string, string>?][] = [
    [SAMPLE, []],
    [SAMPLE, ['--betweenness', 'sampled', '--samples', '50']],
    [SAMPLE, ['--directed', '--weighted', '--keep-attributes', 'role,location']],
    [SMALL_ORG, ['--min-group-size', '1']],
    [SMALL_ORG, ['--keep-attributes', 'role,location,manager,email']],
    [SMALL_ORG, ['--directed']],
    [SMALL_ORG, ['--weighted', '--betweenness', 'sampled', '--samples', '5']],
    [smallOrgWithSkippedRows(), ['--pseudonymise'], { NODEFINDER_KEY: 'a key long enough for the test' }],
  ];

  it.each(runs)('describes and accepts analyse %s --format json %j', (dir, args, env) => {
    const result = runCli(['analyse', dir, '--format', 'json', ...args], env);
    expect(result.status, result.stderr).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(validateAnalysis(analysis), JSON.stringify(validateAnalysis.errors?.slice(0, 3))).toBe(true);
    expect(analysis.load).not.toBeNull();
    expect(undescribed(schema, analysis, schema, 'analysis')).toEqual([]);
    // Every top-level key the CLI writes is required, privacy included.
    expect([...schema.required].sort()).toEqual(Object.keys(analysis).sort());
  }, 60_000);

  it('records what exact path measures mean: everyone as a source, no seed, no standard error', () => {
    const analysis = JSON.parse(runCli(['analyse', SMALL_ORG, '--format', 'json']).stdout);
    for (const measure of ['betweenness', 'closeness', 'harmonic']) {
      expect(analysis.options[measure]).toEqual({ mode: 'exact', samples: 14, seed: null, maxStandardError: null });
    }
  });

  it('describes the kept attributes, the thresholds and the risks by their keys', () => {
    const analysis = JSON.parse(runCli(['analyse', SMALL_ORG, '--format', 'json', '--keep-attributes', 'role,location']).stdout);
    expect(analysis.people.find((p: { id: string }) => p.id === 'P01').attributes).toEqual({ role: 'Finance Manager', location: 'Town Hall' });
    expect(Object.keys(analysis.thresholds).sort()).toEqual([...schema.properties.thresholds.required].sort());
    expect(schema.properties.risks.properties.bridges.items.additionalProperties).toBe(false);
    // A key the schema does not list is refused, so the contract cannot drift from the output unseen.
    expect(validateAnalysis({ ...analysis, thresholds: { ...analysis.thresholds, extra: 1 } })).toBe(false);
    expect(validateAnalysis({ ...analysis, load: { ...analysis.load, extra: 1 } })).toBe(false);
    const { privacy: _privacy, ...withoutPrivacy } = analysis;
    expect(validateAnalysis(withoutPrivacy)).toBe(false);
  });

  it('describes the load report as validate --format json writes it, skipped rows included', () => {
    const result = runCli(['validate', smallOrgWithSkippedRows(), '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.files[2].skipped).toEqual([
      expect.objectContaining({ reason: 'unknown-person', count: 1, lines: [53], examples: ['X99'] }),
    ]);
    expect(validateLoadReport(report), JSON.stringify(validateLoadReport.errors?.slice(0, 3))).toBe(true);
    expect(undescribed(schema, report, { $ref: '#/$defs/loadReport' }, 'load')).toEqual([]);
  });
});
