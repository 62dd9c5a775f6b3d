/**
 * How outputs name a tie's strength: a number of interactions, or, when strengths come from a
 * weight column (survey ratings, minutes), a summed weight, which counts no interactions
 * (Cross & Parker's 1–6 ratings summed to "6,159 interactions" before).
 */
import type { LoadReport } from '../load/report.js';
import { strengthAmount } from '../number-text.js';

export interface StrengthWords {
  /** A table column's title: "Interactions" or "Strength". */
  readonly column: string;
  /** An amount in a sentence: "395 interactions" or "strength 395". */
  amount(value: number): string;
  /** What a tie's strength is, for the methods: "the interactions" or "the summed weights". */
  readonly what: string;
}

const INTERACTIONS: StrengthWords = {
  column: 'Interactions',
  amount: (value) => strengthAmount(value, false),
  what: 'the interactions',
};

const WEIGHTS: StrengthWords = {
  column: 'Strength',
  amount: (value) => strengthAmount(value, true),
  what: 'the summed weights',
};

/** The words for an analysis's load report (interactions when there is none). */
export function strengthWords(load: Pick<LoadReport, 'summedWeights'> | null | undefined): StrengthWords {
  return load?.summedWeights ? WEIGHTS : INTERACTIONS;
}

/**
 * The words for a figure given for both periods of a comparison (the Periods table's column, the
 * Organisation table's row): strength when either period's strengths are summed weights. A count
 * of interactions is a strength too, but a summed weight counts no interactions; the comparison's
 * notes say when the kinds differ. A figure of one period takes that period's words.
 */
export function periodsStrengthWords(before: Pick<LoadReport, 'summedWeights'>, after: Pick<LoadReport, 'summedWeights'>): StrengthWords {
  return strengthWords({ summedWeights: before.summedWeights || after.summedWeights });
}
