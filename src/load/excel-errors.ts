/**
 * Excel's error values in a cell (#N/A where a lookup failed, #REF! …) are no value. Read as a
 * team or department, they made one of that name, grouping people who shared only a failed lookup.
 */
const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#NAME?', '#DIV/0!', '#NUM!', '#NULL!', '#SPILL!', '#CALC!']);

/** `value`, or '' when it is an Excel error value. */
export function withoutExcelError(value: string): string {
  // Each starts with #: the one character looked at on most rows of a large staff file.
  return value.charCodeAt(0) === 0x23 && EXCEL_ERRORS.has(value.toUpperCase()) ? '' : value;
}
