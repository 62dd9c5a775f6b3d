/**
 * The dashboard header of `nodefinder compare`: the two periods, and the whole organisation's
 * figures before → after with the change, so every tab keeps the comparison in view.
 */
import type { Change, Comparison } from '../compare/comparison.js';
import { signedChange } from '../present/comparison-sections.js';
import type { HeaderItem } from './components/Header.js';
import { countText } from './format.js';
import { ACCENT_COLOUR, RISK_COLOUR, SILO_COLOUR, type Colour } from './theme.js';

/** "ties 1,945 → 2,020 (+75)"; no bracket when nothing changed. */
function changeItem(label: string, value: Change, worseWhenHigher?: Colour): HeaderItem {
  const moved = value.change !== null && value.change !== 0;
  return {
    text: `${label} ${countText(value.before)} → ${countText(value.after)}${moved ? ` (${signedChange(value, 0)})` : ''}`,
    colour: worseWhenHigher && value.change !== null && value.change > 0 ? worseWhenHigher : undefined,
  };
}

/**
 * The header's items for a comparison, in order. `silosShown` is how many silos the Silos tab
 * lists in the after period: the comparison counts only teams at or above the minimum group size
 * in both periods, so the silos of the others are added in words, as the header of analyse says
 * how many of its silos are small teams.
 */
export function comparisonHeaderItems(comparison: Comparison, source: string, silosShown: number): HeaderItem[] {
  const { before, after, organisation } = comparison;
  const silos = changeItem('silos', organisation.silos, SILO_COLOUR);
  const silosNotCompared = silosShown - (organisation.silos.after ?? 0);
  return [
    { text: source ? `nodefinder ${source}` : 'nodefinder', colour: ACCENT_COLOUR, bold: true },
    { text: `before ${before.label} → after ${after.label}` },
    changeItem('people', organisation.people),
    changeItem('teams', { before: before.teams, after: after.teams, change: after.teams - before.teams }),
    changeItem('ties', organisation.ties),
    // Not "in small teams": a team that grew past the minimum is left out too, small only before.
    silosNotCompared > 0 ? { ...silos, text: `${silos.text} and ${silosNotCompared} not compared (small in a period)` } : silos,
    changeItem('single points of failure', organisation.singlePointsOfFailure, RISK_COLOUR),
  ];
}
