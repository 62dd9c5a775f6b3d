/**
 * How the dashboard says the path measures were computed, in the written outputs' words
 * (pathMethod): a sampled measure names its sample and largest standard error, so an analyst can
 * judge whether someone near a threshold (a broker's betweenness) is really above it.
 */
import type { Analysis } from '../../analyse.js';
import { pathMethod } from '../../present/path-method.js';

const PATH_MEASURES = ['betweenness', 'closeness', 'harmonic'] as const;

/**
 * Each path measure's method, measures computed alike named together: "betweenness, closeness and
 * harmonic exact", or "betweenness sampled from … (seed 1), largest standard error 0.0010;
 * closeness sampled …" (each estimate has its own standard error).
 */
export function pathMethodsText(analysis: Analysis): string {
  const byMethod = new Map<string, string[]>();
  for (const measure of PATH_MEASURES) {
    const method = pathMethod(analysis.options[measure]);
    byMethod.set(method, [...(byMethod.get(method) ?? []), measure]);
  }
  return [...byMethod].map(([method, measures]) => `${listed(measures)} ${method}`).join('; ');
}

/** Whether any path measure was estimated from a sample rather than computed exactly. */
export const pathMeasuresSampled = (analysis: Analysis): boolean => PATH_MEASURES.some((measure) => analysis.options[measure].mode === 'sampled');

/** The help panel's line on how the analysis was made. */
export function methodText(analysis: Analysis): string {
  const { options } = analysis;
  return `Path measures ${options.pathMeasures}; ${pathMethodsText(analysis)}; ${options.directed ? 'directed' : 'undirected'} network; seed ${options.seed}.`;
}

/** "a", "a and b", "a, b and c". */
function listed(words: readonly string[]): string {
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
