/**
 * The network the generator writes has the shape it promises, measured from the files as an
 * analyst would see them: most interaction inside teams, little across departments and mostly
 * through the planted brokers, connectors with the most contacts, silent silo teams and isolates.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSample } from '../../src/sample/index.js';
import { distinctContacts, readSample, type ReadSample } from './read-sample.js';

async function generate(staff: number, seed: number, eventsPerPerson?: number): Promise<ReadSample> {
  const dir = mkdtempSync(join(tmpdir(), 'nodefinder-sample-'));
  await writeSample(dir, { staff, seed, eventsPerPerson });
  return readSample(dir);
}

/** Share of one team's interactions (those with a member at either end) that leave the team. */
function outsideShares(sample: ReadSample): Map<string, number> {
  const inside = new Map<string, number>();
  const outside = new Map<string, number>();
  const bump = (map: Map<string, number>, team: string) => map.set(team, (map.get(team) ?? 0) + 1);
  for (const { source, target } of sample.interactions) {
    const a = sample.teamOf.get(source)!;
    const b = sample.teamOf.get(target)!;
    if (a === b) bump(inside, a);
    else {
      bump(outside, a);
      bump(outside, b);
    }
  }
  return new Map(sample.teams.map(({ id }) => [id, (outside.get(id) ?? 0) / ((outside.get(id) ?? 0) + (inside.get(id) ?? 0))]));
}

describe.each([
  { staff: 300, seed: 5 },
  { staff: 2000, seed: 8 },
])('a sample of $staff people (seed $seed)', async ({ staff, seed }) => {
  const sample = await generate(staff, seed);
  const { truth } = sample;

  it('plants about 1% connectors, 1% brokers, 3% silo teams and 0.5% isolates', () => {
    expect(truth.connectors).toHaveLength(Math.round(staff * 0.01));
    expect(truth.brokers).toHaveLength(Math.round(staff * 0.01));
    expect(truth.siloTeams).toHaveLength(Math.max(1, Math.round(sample.teams.length * 0.03)));
    expect(truth.isolates).toHaveLength(Math.max(1, Math.round(staff * 0.005)));
    const brokers = new Set(truth.brokers);
    expect(truth.connectors.filter((id) => brokers.has(id))).toEqual([]);
  });

  it('keeps about three quarters of interactions inside teams, a fifth inside departments, a few percent across', () => {
    let team = 0;
    let department = 0;
    let across = 0;
    for (const { source, target } of sample.interactions) {
      if (sample.teamOf.get(source) === sample.teamOf.get(target)) team++;
      else if (sample.departmentOf.get(source) === sample.departmentOf.get(target)) department++;
      else across++;
    }
    const total = sample.interactions.length;
    // Measured over 12 seeds at each of 150 to 4,000 people: team 0.71–0.78, department
    // 0.19–0.23, across 0.027–0.065; at 21,000 and 100,000 people 0.75 / 0.21 / 0.04.
    expect(team / total).toBeGreaterThan(0.7);
    expect(team / total).toBeLessThan(0.8);
    expect(department / total).toBeGreaterThan(0.16);
    expect(department / total).toBeLessThan(0.26);
    expect(across / total).toBeGreaterThan(0.02);
    expect(across / total).toBeLessThan(0.08);
  });

  it('routes most cross-department ties through the planted brokers', () => {
    const brokers = new Set(truth.brokers);
    const pairs = new Set<string>();
    let throughBrokers = 0;
    for (const { source, target } of sample.interactions) {
      if (sample.departmentOf.get(source) === sample.departmentOf.get(target)) continue;
      const pair = source < target ? `${source} ${target}` : `${target} ${source}`;
      if (pairs.has(pair)) continue;
      pairs.add(pair);
      if (brokers.has(source) || brokers.has(target)) throughBrokers++;
    }
    // Measured over 12 seeds at each of 150 to 4,000 people: 0.61 to 0.71.
    expect(throughBrokers / pairs.size).toBeGreaterThan(0.55);
    // Each broker reaches at least three other departments (all of them when there are fewer).
    const departmentsReached = new Map<string, Set<string>>(truth.brokers.map((id) => [id, new Set()]));
    for (const { source, target } of sample.interactions) {
      for (const [broker, other] of [[source, target], [target, source]]) {
        if (brokers.has(broker) && sample.departmentOf.get(other) !== sample.departmentOf.get(broker)) {
          departmentsReached.get(broker)!.add(sample.departmentOf.get(other)!);
        }
      }
    }
    const reachable = Math.min(3, truth.departments.length - 1);
    for (const reached of departmentsReached.values()) expect(reached.size).toBeGreaterThanOrEqual(reachable);
  });

  it('ranks every planted connector in the top 3% by distinct contacts', () => {
    const contacts = distinctContacts(sample);
    const ranked = [...contacts].sort((a, b) => b[1].size - a[1].size).map(([id]) => id);
    const top = new Set(ranked.slice(0, Math.ceil(staff * 0.03)));
    expect(truth.connectors.filter((id) => !top.has(id))).toEqual([]);
    // Their contacts are mostly in their own department (measured: 75% or more).
    for (const id of truth.connectors) {
      const own = [...contacts.get(id)!].filter((other) => sample.departmentOf.get(other) === sample.departmentOf.get(id));
      expect(own.length / contacts.get(id)!.size).toBeGreaterThan(0.7);
    }
  });

  it('keeps silo teams to themselves (≤ 2% outside) while ordinary teams reach well beyond', () => {
    const shares = outsideShares(sample);
    const silos = new Set(truth.siloTeams);
    for (const team of truth.siloTeams) expect(shares.get(team)).toBeLessThanOrEqual(0.02);
    const ordinary = sample.teams.map(({ id }) => id).filter((id) => !silos.has(id));
    // Measured: the least outward ordinary team sends 18% or more outside, the median about 40%.
    for (const team of ordinary) expect(shares.get(team), team).toBeGreaterThan(0.1);
  });

  it('gives isolates no interactions, and everyone else at least one', () => {
    const contacts = distinctContacts(sample);
    const isolates = new Set(truth.isolates);
    for (const [id, set] of contacts) expect(set.size === 0, id).toBe(isolates.has(id));
  });
});

describe('the default sample (1,000 people, seed 1)', async () => {
  const sample = await generate(1000, 1);

  it('gives connectors about their target of 50–80 contacts, and fewer in a department too small to supply it', () => {
    const contacts = distinctContacts(sample);
    const counts = sample.truth.connectors.map((id) => contacts.get(id)!.size).sort((a, b) => a - b);
    expect(counts).toHaveLength(10);
    expect([counts[0], counts.at(-1)]).toEqual([47, 82]);
    expect(counts.filter((count) => count >= 50 && count <= 80)).toHaveLength(8);
    // The one under 50 has everyone else in its department of 40 people, and 8 beyond it.
    const fewest = sample.truth.connectors.find((id) => contacts.get(id)!.size === 47)!;
    const department = sample.departmentOf.get(fewest);
    const colleagues = sample.staff.filter((person) => sample.departmentOf.get(person.id) === department && person.id !== fewest);
    expect(colleagues).toHaveLength(39);
    expect(colleagues.filter((person) => !contacts.get(fewest)!.has(person.id))).toEqual([]);
  });
});

describe('a sparse sample (3 events per person)', async () => {
  const sample = await generate(1000, 21, 3);

  it('still keeps silo teams silent and writes the requested number of events', () => {
    expect(sample.interactions).toHaveLength(3000);
    const shares = outsideShares(sample);
    for (const team of sample.truth.siloTeams) expect(shares.get(team)).toBeLessThanOrEqual(0.02);
  });
});

describe('small organisations', () => {
  it('plants no brokers when there is a single department, and no isolates below 100 people', async () => {
    const sample = await generate(60, 2);
    expect(sample.truth.departments).toHaveLength(1);
    expect(sample.truth.brokers).toEqual([]);
    expect(sample.truth.isolates).toEqual([]);
    expect(sample.truth.siloTeams).toHaveLength(1);
  });

  it('handles the smallest organisation, ten people in one team', async () => {
    const sample = await generate(10, 1);
    expect(sample.teams).toHaveLength(1);
    expect(sample.truth.siloTeams).toEqual([]);
    expect(sample.interactions).toHaveLength(500);
  });
});
