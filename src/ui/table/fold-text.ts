/** Text folded for sorting and searching: lower case, accents removed ("Lucía" → "lucia"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
