/**
 * What a single point of failure's leaving would cut off, in the words every output shares:
 * "4 people (in 2 teams)", held by "2 ties of 30 interactions". `teamsCutOff` counts the teams
 * those people belong to, not teams cut off whole: "1 person in 1 team cut off" read as a whole
 * team losing its link when one member of sixteen would.
 */
import type { SinglePointOfFailure } from '../analyse.js';
import type { LoadReport } from '../load/report.js';
import { heldByTiesText } from '../number-text.js';
import { counted } from './number-format.js';

/** "1 person (in 1 team)", "3 people (in 2 teams)", "2 people (in no team)". */
export function peopleCutOffText(peopleCutOff: number, teamsCutOff: number): string {
  return `${counted(peopleCutOff, 'person', 'people')} (in ${teamsCutOff === 0 ? 'no team' : counted(teamsCutOff, 'team', 'teams')})`;
}

/** The ties by which the person holds the people cut off, in the findings' words (heldByTiesText). */
export function heldByText(risk: Pick<SinglePointOfFailure, 'tiesToCutOff' | 'strengthToCutOff'>, load: Pick<LoadReport, 'summedWeights'> | null | undefined): string {
  return heldByTiesText(risk.tiesToCutOff, risk.strengthToCutOff, load?.summedWeights ?? false);
}
