/**
 * Colours of the report's drawings. Department fills avoid red and orange, which mark silos and
 * single points of failure, so a highlight can never be mistaken for a department.
 */

/** Fills for departments, in order of department name; they repeat past the twelfth. */
export const DEPARTMENT_FILLS: readonly string[] = [
  '#4e79a7', '#59a14f', '#76b7b2', '#b07aa1', '#9c755f', '#edc948',
  '#a0cbe8', '#8cd17d', '#d4a6c8', '#86bcb6', '#bab0ac', '#79706e',
];

/** Outline of a silo team. */
export const SILO_COLOUR = '#c62828';
/** Ring around a team with a single point of failure. */
export const RISK_COLOUR = '#e8710a';
/** Lines between teams. */
export const TIE_COLOUR = '#5b6573';
/** Bars of people who hold the role a chart is about, and of everyone else. */
export const ROLE_BAR_COLOUR = '#2f5d8a';
export const OTHER_BAR_COLOUR = '#c3cad3';
