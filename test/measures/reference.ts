/**
 * Loads the networkx reference values in test/reference/*.json (written by
 * test/reference/make-reference.py) and compares nodefinder's values with them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { directedGraph, undirectedGraph, type ArcList, type CompactGraph } from '../../src/organisation/compact-graph.js';

/** The reference graphs, smallest first. */
export const REFERENCES = ['handmade', 'krackhardt-advice', 'cross-parker-info', 'sociopatterns-invs15'] as const;
export type ReferenceName = (typeof REFERENCES)[number];

/** A per-person value list as stored: null where networkx gives NaN. */
export type Values = readonly (number | null)[];

export interface Reference {
  readonly name: string;
  readonly networkx: string;
  readonly nodeIds: readonly string[];
  readonly nodeCount: number;
  readonly directedArcs: readonly (readonly [number, number, number])[] | null;
  readonly undirectedEdges: readonly (readonly [number, number, number])[];
  readonly undirected: Record<string, Values> & {
    readonly articulationPoints: readonly number[];
    readonly bridges: readonly (readonly [number, number])[];
    readonly cutOff: readonly number[];
    readonly pieces: readonly number[];
  };
  readonly directed: (Record<string, Values> & { readonly stronglyConnected: boolean }) | null;
}

const cache = new Map<string, Reference>();

/** A reference by name: those every measure is checked on, and the fixtures' (small-org, sample-300). */
export function loadReference(name: ReferenceName | 'small-org' | 'sample-300'): Reference {
  let reference = cache.get(name);
  if (!reference) {
    const path = join(import.meta.dirname, '..', 'reference', `${name}.json`);
    reference = JSON.parse(readFileSync(path, 'utf8')) as Reference;
    cache.set(name, reference);
  }
  return reference;
}

/** Packs `[source, target, strength?]` rows (strength defaults to 1). */
export function arcList(rows: readonly (readonly number[])[]): ArcList {
  return {
    source: Int32Array.from(rows, (row) => row[0]),
    target: Int32Array.from(rows, (row) => row[1]),
    strength: Float64Array.from(rows, (row) => row[2] ?? 1),
    length: rows.length,
  };
}

/** An undirected graph from pairs, e.g. `graphOf(3, [[0, 1], [1, 2, 5]])`. */
export function graphOf(nodeCount: number, pairs: readonly (readonly number[])[]): CompactGraph {
  return undirectedGraph(nodeCount, arcList(pairs));
}

/** A directed graph from arcs. */
export function digraphOf(nodeCount: number, arcs: readonly (readonly number[])[]): CompactGraph {
  return directedGraph(nodeCount, arcList(arcs));
}

export function undirectedOf(reference: Reference): CompactGraph {
  return graphOf(reference.nodeCount, reference.undirectedEdges);
}

export function directedOf(reference: Reference): CompactGraph {
  if (!reference.directedArcs) throw new Error(`${reference.name} has no directed arcs`);
  return digraphOf(reference.nodeCount, reference.directedArcs);
}

/** How close is close enough: |actual − expected| ≤ absolute + relative·|expected|. */
export interface Tolerance {
  readonly relative: number;
  readonly absolute: number;
}

/** Exact (non-iterative) measures; the reference is rounded to 12 significant digits. */
export const EXACT: Tolerance = { relative: 1e-9, absolute: 1e-12 };
/** Iterative measures (PageRank, eigenvector). */
export const ITERATIVE: Tolerance = { relative: 1e-6, absolute: 1e-9 };

/**
 * Asserts every person's value is within `tolerance` of networkx's (NaN where networkx has null)
 * and returns the largest absolute difference. Set NODEFINDER_REFERENCE_REPORT=1 to print it.
 */
export function expectClose(actual: ArrayLike<number>, expected: Values, tolerance: Tolerance, label = ''): number {
  expect(actual.length).toBe(expected.length);
  let maxDifference = 0;
  const failures: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i];
    const got = actual[i];
    if (want === null) {
      if (!Number.isNaN(got)) failures.push(`#${i}: expected NaN, got ${got}`);
      continue;
    }
    const difference = Math.abs(got - want);
    if (!(difference <= tolerance.absolute + tolerance.relative * Math.abs(want))) failures.push(`#${i}: expected ${want}, got ${got}`);
    if (difference > maxDifference || Number.isNaN(difference)) maxDifference = difference;
  }
  if (process.env.NODEFINDER_REFERENCE_REPORT) console.info(`[reference] ${label}: max |diff| = ${maxDifference.toExponential(2)}`);
  expect(failures.slice(0, 10), `${label}: ${failures.length} people differ`).toEqual([]);
  return maxDifference;
}
