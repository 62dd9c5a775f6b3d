/**
 * Figures of a comparison set where rounding the before, the after and the change each on its own
 * would disagree, for the tests of how a change is shown (shown-changes.test.ts, the Changes tab).
 */
import { change, type Comparison, type TeamChange } from '../../src/compare/comparison.js';

/**
 * The comparison with Grants' E-I index 0.016 → 0.264 (shown 0.02 → 0.26: +0.24, where the exact
 * +0.248 would round to +0.25), Housing's the other way, density 0.01264 → 0.01286 (0.0126 →
 * 0.0129: +0.0003, not +0.0002), and modularity 0.0004 → -0.0004 (0.000 both: no change shown,
 * where the exact -0.0008 would read -0.001).
 */
export function withRoundedFigures(comparison: Comparison): Comparison {
  const ei = (t: TeamChange, before: number, after: number): TeamChange => ({ ...t, eiIndex: { ...t.eiIndex, ...change(before, after) } });
  const items = comparison.teams.largestEiChanges.items.map((t) => (t.id === 'G' ? ei(t, 0.016, 0.264) : t.id === 'H' ? ei(t, 0.264, 0.016) : t));
  return {
    ...comparison,
    organisation: { ...comparison.organisation, density: change(0.01264, 0.01286), modularity: change(0.0004, -0.0004) },
    teams: { ...comparison.teams, largestEiChanges: { ...comparison.teams.largestEiChanges, items } },
  };
}
