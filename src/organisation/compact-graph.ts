/**
 * The network in compressed-sparse-row form over typed arrays: what the heavy algorithms walk.
 * People are dense indices 0..nodeCount-1; each row's neighbours are sorted ascending, so
 * common-neighbour queries can merge two rows and every traversal order is deterministic.
 */
import { sortRunByKey } from './sort-run.js';

/** One direction of adjacency: row `v` is `neighbours[offsets[v] .. offsets[v + 1])`. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** Tie strength of each entry (interactions, or summed weight). */
  readonly strengths: Float64Array;
}

/** A network of `nodeCount` people. For an undirected graph `in` and `out` are the same object. */
export interface CompactGraph {
  readonly directed: boolean;
  readonly nodeCount: number;
  /** Undirected: number of pairs. Directed: number of arcs. */
  readonly tieCount: number;
  readonly out: Adjacency;
  readonly in: Adjacency;
}

/** An arc list to pack: parallel arrays of equal length. */
export interface ArcList {
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly strength: Float64Array;
  readonly length: number;
}

/**
 * Packs arcs into CSR rows keyed by `rowOf`, each row sorted by neighbour. Written without
 * closures or shared branches, one loop to a function: the build runs once per load, cold, and
 * V8 optimises a long loop while it runs; a later loop in the same function, never yet run, then
 * throws that code away (the directed build ran ~4× slower cold, and 7 such deoptimisations were
 * left at 21,000 people). Arcs sorted by (row, column) give sorted rows, mirrored or not, so the
 * sort only checks them.
 */
function packRows(nodeCount: number, arcs: ArcList, rowOf: Int32Array, colOf: Int32Array, mirrored: boolean): Adjacency {
  const offsets = new Int32Array(nodeCount + 1);
  countRows(offsets, rowOf, arcs.length);
  if (mirrored) countRows(offsets, colOf, arcs.length);
  for (let v = 0; v < nodeCount; v++) offsets[v + 1] += offsets[v];
  const cursor = offsets.slice(0, nodeCount);
  const entries = mirrored ? arcs.length * 2 : arcs.length;
  const neighbours = new Int32Array(entries);
  const strengths = new Float64Array(entries);
  if (mirrored) placeMirrored(cursor, rowOf, colOf, arcs.strength, arcs.length, neighbours, strengths);
  else placeRows(cursor, rowOf, colOf, arcs.strength, arcs.length, neighbours, strengths);
  sortRows(offsets, neighbours, strengths);
  return { offsets, neighbours, strengths };
}

/** Adds each arc to the length of its row (row v's length is in offsets[v + 1]). */
function countRows(offsets: Int32Array, rowOf: Int32Array, length: number): void {
  for (let i = 0; i < length; i++) offsets[rowOf[i] + 1]++;
}

/** Places each arc in its row and in its column's row, at the rows' cursors. */
function placeMirrored(cursor: Int32Array, rowOf: Int32Array, colOf: Int32Array, strength: Float64Array, length: number, neighbours: Int32Array, strengths: Float64Array): void {
  for (let i = 0; i < length; i++) {
    const row = rowOf[i];
    const col = colOf[i];
    const forward = cursor[row]++;
    neighbours[forward] = col;
    strengths[forward] = strength[i];
    const back = cursor[col]++;
    neighbours[back] = row;
    strengths[back] = strength[i];
  }
}

/** Places each arc in its row, at the row's cursor. */
function placeRows(cursor: Int32Array, rowOf: Int32Array, colOf: Int32Array, strength: Float64Array, length: number, neighbours: Int32Array, strengths: Float64Array): void {
  for (let i = 0; i < length; i++) {
    const at = cursor[rowOf[i]]++;
    neighbours[at] = colOf[i];
    strengths[at] = strength[i];
  }
}

/** Sorts each row by neighbour index, carrying strengths along. */
function sortRows(offsets: Int32Array, neighbours: Int32Array, strengths: Float64Array): void {
  for (let v = 0; v + 1 < offsets.length; v++) sortRunByKey(neighbours, strengths, offsets[v], offsets[v + 1]);
}

/** Builds the undirected CSR graph from pairs (each pair once, either orientation). */
export function undirectedGraph(nodeCount: number, pairs: ArcList): CompactGraph {
  const adjacency = packRows(nodeCount, pairs, pairs.source, pairs.target, true);
  return { directed: false, nodeCount, tieCount: pairs.length, out: adjacency, in: adjacency };
}

/** Builds the directed CSR graph (out-rows and in-rows) from arcs. */
export function directedGraph(nodeCount: number, arcs: ArcList): CompactGraph {
  return {
    directed: true,
    nodeCount,
    tieCount: arcs.length,
    out: packRows(nodeCount, arcs, arcs.source, arcs.target, false),
    in: packRows(nodeCount, arcs, arcs.target, arcs.source, false),
  };
}

/** Number of distinct neighbours of `v` in one adjacency. */
export function degreeOf(adjacency: Adjacency, v: number): number {
  return adjacency.offsets[v + 1] - adjacency.offsets[v];
}

/** The position of `b` in the row of `a` (an index into `neighbours` and `strengths`), or -1 when they have no tie; a binary search, since rows are sorted. */
export function tieIndex(adjacency: Adjacency, a: number, b: number): number {
  const { neighbours } = adjacency;
  let low = adjacency.offsets[a];
  let high = adjacency.offsets[a + 1] - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = neighbours[middle];
    if (value === b) return middle;
    if (value < b) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
