/**
 * A number written in plain decimal digits ("3", "0.5", "-0.8"), else NaN. Number() alone takes
 * "0x10", "0b11", "1e3" and "" (as 0), which no one means by a threshold or a count of
 * interactions (whole numbers: whole-number-flag.ts).
 */
export function decimalFlagValue(text: string): number {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text.trim()) ? Number(text) : Number.NaN;
}
