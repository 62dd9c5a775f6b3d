/**
 * The Analysis as JSON: the contract scripts rely on (schema/analysis.schema.json). Values that
 * do not apply (NaN in memory) are written as null, since JSON has no NaN.
 */
import type { Analysis } from '../analyse.js';

/** Serialises an analysis; the same analysis always gives the same bytes. */
export function formatJson(analysis: Analysis): string {
  return JSON.stringify(analysis, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2) + '\n';
}
