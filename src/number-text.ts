/**
 * Counts, lists and amounts as every layer writes them in English (the loader's warnings, the
 * findings' evidence, the reports), here rather than in present/ so that loading does not depend on presenting.
 */

/**
 * A count as British readers write it: 21,000. Grouped by hand, not by toLocaleString: its first
 * call loads the ICU number formats, 11 ms of every run (a tenth of reading the staff file).
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-GB');
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return n < 0 ? `-${grouped}` : grouped;
}

/** `n` and the noun in the singular or plural: "1 team", "12 teams". */
export function counted(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Items as an English list: "a", "a and b", "a, b and c" (or "a, b or c"). */
export function joinList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** `value` with `digits` decimals, or an en dash when it does not apply. */
export function fixed(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  const text = value.toFixed(digits);
  // A small negative value (an E-I index of -0.004) rounds to -0.00: zero has no sign.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** `value` with `digits` decimals and its sign: +0.12, -0.85, and 0.00 for a value that rounds to zero. */
export function signedFixed(value: number, digits: number): string {
  const text = fixed(value, digits);
  return Number(text) > 0 ? `+${text}` : text;
}

/** Decimals a strength that is not whole is written with. */
const STRENGTH_DECIMALS = 2;

/**
 * A tie's strength as every sentence writes it: whole numbers grouped (1,200), others with two
 * decimals (0.33, 7.50); a positive strength too small for them reads "<0.01", never 0, since a
 * weight of 1e-9 still makes a tie, and "1 tie of strength 0" says there is none.
 */
export function strengthFigure(value: number): string {
  const smallest = 10 ** -STRENGTH_DECIMALS;
  if (value > 0 && value < smallest / 2) return `<${smallest.toFixed(STRENGTH_DECIMALS)}`;
  if (Number.isInteger(value)) return formatCount(value);
  return value.toLocaleString('en-GB', { minimumFractionDigits: STRENGTH_DECIMALS, maximumFractionDigits: STRENGTH_DECIMALS });
}

/**
 * An amount of tie strength in a sentence: "395 interactions", or "strength 395" when strengths
 * are summed weights (survey ratings, minutes), which count no interactions.
 */
export function strengthAmount(value: number, summedWeights: boolean): string {
  return summedWeights ? `strength ${strengthFigure(value)}` : `${strengthFigure(value)} ${value === 1 ? 'interaction' : 'interactions'}`;
}

/**
 * The ties by which a single point of failure holds the people cut off, as the findings' evidence
 * and the reports both write them: "1 tie of 1 interaction, which may be chance", "2 ties of 30
 * interactions", "1 tie of strength 6". A cut point resting on a single interaction may be a chance
 * contact, and the reader should be able to discount it; a summed weight counts no interactions.
 */
export function heldByTiesText(ties: number, strength: number, summedWeights: boolean): string {
  const chance = !summedWeights && strength <= 1;
  return `${formatCount(ties)} ${ties === 1 ? 'tie' : 'ties'} of ${strengthAmount(strength, summedWeights)}${chance ? ', which may be chance' : ''}`;
}
