/**
 * Colours of the report's drawings. Department fills avoid red and orange, which mark silos and
 * single points of failure, so a highlight can never be mistaken for a department.
 */

/**
 * Fills for the departments with the most people, most first: Paul Tol's "muted" scheme, chosen to
 * stay distinct with every common colour vision deficiency, less its rose and wine, which would
 * read as the red of a silo. More colours than these could no longer be told apart. The darkest
 * come last: a silo's red outline and a risk's orange ring show best on the lighter ones.
 */
export const DEPARTMENT_FILLS: readonly string[] = ['#88ccee', '#ddcc77', '#44aa99', '#aa4499', '#999933', '#117733', '#332288'];
/** Fill of the departments beyond those: Tol's pale grey, which recedes behind the colours. */
export const OTHER_DEPARTMENTS_FILL = '#dddddd';
/** Outline of the legend's example circles, which stand for a team of any department. */
export const EXAMPLE_OUTLINE = '#5f6b7a';

/** Outline of a silo team. */
export const SILO_COLOUR = '#c62828';
/** Ring around a team with a single point of failure. */
export const RISK_COLOUR = '#e8710a';
/** Lines between teams. */
export const TIE_COLOUR = '#5b6573';
/** Bars of people who hold the role a chart is about, and of everyone else. */
export const ROLE_BAR_COLOUR = '#2f5d8a';
export const OTHER_BAR_COLOUR = '#c3cad3';
