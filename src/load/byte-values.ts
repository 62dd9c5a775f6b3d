/**
 * Reads the common forms of timestamps and weights straight from a field's bytes: Unix seconds or
 * milliseconds, ISO 8601 dates and date-times in UTC (`2026-03-31`, `2026-03-31T09:30:00Z`, with a
 * space or without the `Z`), dates in numbers only when a date order is given (`31/03/2026`,
 * `31.3.2026 09:30:00`: no AM/PM or fractions), and whole-number weights. Anything else returns
 * undefined, and the caller decodes the field and reads it with values.ts, which has the last
 * word (and the errors): the forms read here give exactly the values values.ts gives them.
 */
import { unixSeconds, type DateOrder } from './values.js';

const ZERO = 0x30;
/** Days before each month (1-based) in a common year, and days in each month. */
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Digits `bytes[from .. from + count)` as a number, or -1 if any is not a digit. */
function digits(bytes: Uint8Array, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = bytes[i] - ZERO;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Two digits at `from` as a number, or 99 when either is not a digit (never a valid hour, minute or second). */
function twoDigits(bytes: Uint8Array, from: number): number {
  const tens = bytes[from] - ZERO;
  const units = bytes[from + 1] - ZERO;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : 99;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days from 1970-01-01 to the given date (proleptic Gregorian). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = year - 1;
  const daysBeforeYear = 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  const leapDay = month > 2 && isLeapYear(year) ? 1 : 0;
  return daysBeforeYear + DAYS_BEFORE_MONTH[month] + leapDay + day - 1 - 719_162;
}

/**
 * Reads timestamps in the forms above from bytes. Event logs are in time order, so consecutive
 * rows usually share their date: the last date read is remembered and its bytes compared first.
 */
export class TimestampReader {
  private readonly lastDate = new Uint8Array(10);
  private lastDaySeconds = -1;

  /** `dateOrder`: how dates in numbers only are read (without it, they are left to values.ts). */
  constructor(private readonly dateOrder?: DateOrder) {}

  /**
   * Seconds since 1970 UTC for `bytes[from .. to)`, or undefined for anything but the forms above
   * (including invalid dates, which values.ts then rejects with its own error).
   */
  read(bytes: Uint8Array, from: number, to: number): number | undefined {
    const length = to - from;
    if (length === 0) return undefined;
    if (length <= 15) {
      // Unix seconds or milliseconds: digits only.
      const unix = digits(bytes, from, length);
      if (unix >= 0) return unixSeconds(unix);
    }
    if (this.dateOrder !== undefined && bytes[from + 4] !== 0x2d) return this.readNumericDate(bytes, from, to, this.dateOrder); // not ISO's '-'
    if (length !== 10 && length !== 16 && length !== 17 && length !== 19 && length !== 20) return undefined;
    let seconds = this.sameDate(bytes, from) ? this.lastDaySeconds : this.readDate(bytes, from);
    if (seconds < 0) return undefined;
    if (length === 10) return seconds;
    const separator = bytes[from + 10];
    if ((separator !== 0x54 && separator !== 0x20) || bytes[from + 13] !== 0x3a) return undefined; // 'T' or ' ', ':'
    const hour = twoDigits(bytes, from + 11);
    const minute = twoDigits(bytes, from + 14);
    if (hour > 23 || minute > 59) return undefined;
    seconds += hour * 3600 + minute * 60;
    let end = from + 16;
    if (length >= 19) {
      if (bytes[from + 16] !== 0x3a) return undefined;
      const second = twoDigits(bytes, from + 17);
      if (second > 59) return undefined;
      seconds += second;
      end = from + 19;
    }
    if (end === to) return seconds;
    return end + 1 === to && bytes[end] === 0x5a ? seconds : undefined; // 'Z'
  }

  /** `D/M/YYYY` (or `M/D/YYYY`, or with `.` or `-`), then optionally ` H:MM` or `THH:MM:SS`. */
  private readNumericDate(bytes: Uint8Array, from: number, to: number, dateOrder: DateOrder): number | undefined {
    const firstLength = bytes[from + 1] - ZERO >= 0 && bytes[from + 1] - ZERO <= 9 ? 2 : 1;
    const first = digits(bytes, from, firstLength);
    let at = from + firstLength;
    const separator = bytes[at];
    if (first < 0 || (separator !== 0x2f && separator !== 0x2e && separator !== 0x2d)) return undefined; // '/', '.', '-'
    const secondLength = bytes[at + 2] === separator ? 1 : 2;
    const second = digits(bytes, at + 1, secondLength);
    at += 1 + secondLength;
    if (second < 0 || bytes[at] !== separator || to - at < 5) return undefined;
    const year = digits(bytes, at + 1, 4);
    at += 5;
    const day = dateOrder === 'dmy' ? first : second;
    const month = dateOrder === 'dmy' ? second : first;
    // Earlier years, as in readDate, are left to values.ts.
    if (year < 1970 || month < 1 || month > 12 || day < 1) return undefined;
    if (day > (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month])) return undefined;
    const date = daysSinceEpoch(year, month, day) * 86_400;
    if (at === to) return date;
    if (bytes[at] !== 0x20 && bytes[at] !== 0x54) return undefined; // ' ' or 'T'
    const hourLength = bytes[at + 2] === 0x3a ? 1 : 2;
    const hour = hourLength === 1 ? digits(bytes, at + 1, 1) : twoDigits(bytes, at + 1);
    at += 1 + hourLength;
    if (hour < 0 || hour > 23 || bytes[at] !== 0x3a || to - at < 3) return undefined; // ':'
    const minute = twoDigits(bytes, at + 1);
    at += 3;
    if (minute > 59) return undefined;
    let second60 = 0;
    if (at !== to) {
      if (bytes[at] !== 0x3a || to - at !== 3) return undefined; // anything more (AM/PM, fractions) is values.ts's
      second60 = twoDigits(bytes, at + 1);
      if (second60 > 59) return undefined;
    }
    return date + hour * 3600 + minute * 60 + second60;
  }

  private sameDate(bytes: Uint8Array, from: number): boolean {
    if (this.lastDaySeconds < 0) return false;
    const last = this.lastDate;
    // The day changes most often: compare from the end.
    for (let i = 9; i >= 0; i--) if (bytes[from + i] !== last[i]) return false;
    return true;
  }

  /** Seconds at the start of the `YYYY-MM-DD` date at `from`, or -1; remembers a valid one. */
  private readDate(bytes: Uint8Array, from: number): number {
    if (bytes[from + 4] !== 0x2d || bytes[from + 7] !== 0x2d) return -1; // '-'
    const year = digits(bytes, from, 4);
    const month = digits(bytes, from + 5, 2);
    const day = digits(bytes, from + 8, 2);
    // Earlier years are left to values.ts (whose Date.UTC check reads years below 100 as 19xx).
    if (year < 1970 || month < 1 || month > 12 || day < 1) return -1;
    const daysInMonth = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month];
    if (day > daysInMonth) return -1;
    const seconds = daysSinceEpoch(year, month, day) * 86_400;
    for (let i = 0; i < 10; i++) this.lastDate[i] = bytes[from + i];
    this.lastDaySeconds = seconds;
    return seconds;
  }
}

/** A whole number of at most 15 digits in `bytes[from .. to)`, or undefined. */
export function wholeNumberFromBytes(bytes: Uint8Array, from: number, to: number): number | undefined {
  const length = to - from;
  if (length === 0 || length > 15) return undefined;
  const value = digits(bytes, from, length);
  return value >= 0 ? value : undefined;
}
