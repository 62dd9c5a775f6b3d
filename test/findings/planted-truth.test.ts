/**
 * Roles and silos against ground truth planted by the sample generator: on a 2,000-person
 * organisation, the planted connectors, brokers, silo teams and isolates are found.
 * Precision and recall measured at several sizes are in the README.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { loadOrganisation } from '../../src/load/load-organisation.js';
import { writeSample } from '../../src/sample/index.js';

function precisionRecall(found: string[], planted: readonly string[]) {
  const truth = new Set(planted);
  const hits = found.filter((id) => truth.has(id)).length;
  return { precision: hits / found.length, recall: hits / planted.length };
}

describe('planted ground truth (2,000 people, seed 3)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nodefinder-planted-'));
  await writeSample(dir, { staff: 2000, seed: 3 });
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const { organisation, report } = await loadOrganisation({ dir });
  const analysis = analyse(organisation, {}, report);
  const withRole = (role: string) => analysis.people.filter((p) => p.roles.includes(role as never)).map((p) => p.id);

  it('finds every planted connector and nobody else', () => {
    expect(precisionRecall(withRole('connector'), truth.connectors)).toEqual({ precision: 1, recall: 1 });
  });
  it('finds most planted brokers', () => {
    const { precision, recall } = precisionRecall(withRole('broker'), truth.brokers);
    expect(recall).toBeGreaterThanOrEqual(0.7);
    expect(precision).toBeGreaterThanOrEqual(0.7);
  });
  it('finds every planted silo team and no other', () => {
    const silos = analysis.teams.filter((t) => t.silo).map((t) => t.id);
    expect(precisionRecall(silos, truth.siloTeams)).toEqual({ precision: 1, recall: 1 });
  });
  it('finds the isolates', () => {
    expect(withRole('isolate').sort()).toEqual([...truth.isolates].sort());
  });
});
