/**
 * The figures of the whole organisation a Comparison gives, in the order every output lists
 * them, with their names and decimals: the one list the reports (comparison-sections.ts) and the
 * dashboard's Changes tab both show.
 */
import type { Comparison } from '../compare/comparison.js';
import { periodsStrengthWords } from './strength-words.js';

/** A figure of the whole organisation. */
export type OrganisationFigure = keyof Comparison['organisation'];

export interface OrganisationFigureInfo {
  readonly figure: OrganisationFigure;
  /** Its name in the reports. */
  readonly label: string;
  /** Its name on screen, where columns are narrow: the label, or a shorter form the detail view explains. */
  readonly shortLabel: string;
  readonly digits: number;
}

/**
 * The organisation's figures; their summed strength named as either period's data calls it
 * (strength when either has weights).
 */
export function organisationFigures(comparison: Comparison): readonly OrganisationFigureInfo[] {
  const strength = periodsStrengthWords(comparison.before, comparison.after).column.toLowerCase();
  const same = (figure: OrganisationFigure, label: string, digits: number) => ({ figure, label, shortLabel: label, digits });
  return [
    same('people', 'people', 0),
    same('ties', 'ties', 0),
    same('interactions', strength, 0),
    same('density', 'density', 4),
    { figure: 'components', label: 'connected parts (isolated people included)', shortLabel: 'connected parts', digits: 0 },
    same('largestComponent', 'largest connected part', 0),
    same('modularity', 'modularity', 3),
    same('crossTeamShare', 'share of ties across teams', 3),
    same('silos', 'silo teams', 0),
    same('singlePointsOfFailure', 'single points of failure', 0),
  ];
}
